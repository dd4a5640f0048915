// SPDX-License-Identifier: GPL-3.0-or-later
// QuestionSet (issue 16): the default sets of deploy/question-sets parse and survive a round
// trip, and every rule of a set refuses with one line naming the place. The server's import
// (tst_serverquestionsets) refuses with these same lines.
#include "domain/questionset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace barntid;

namespace {

QJsonObject text(const QString &sv, const QString &en = QStringLiteral("In English"))
{
    return {{QStringLiteral("sv"), sv}, {QStringLiteral("en"), en}};
}

QJsonObject question(const QString &id, const QString &kind)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind},
        {QStringLiteral("text"), text(QStringLiteral("Hur har du det?"))}};
}

QJsonObject validSet()
{
    QJsonObject choice = question(QStringLiteral("talk_to"), QStringLiteral("choice"));
    choice.insert(QStringLiteral("choices"),
        QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("friend")},
                        {QStringLiteral("text"), text(QStringLiteral("En kompis"))}},
            QJsonObject {{QStringLiteral("id"), QStringLiteral("nobody")},
                {QStringLiteral("text"), text(QStringLiteral("Ingen"))}}});
    return {{QStringLiteral("id"), QStringLiteral("0193d5a0-4c00-7000-8000-00000000c001")},
        {QStringLiteral("title"), text(QStringLiteral("Enkät"))},
        {QStringLiteral("intro"), text(QStringLiteral("Din socialsekreterare läser svaren."))},
        {QStringLiteral("age_min"), 9}, {QStringLiteral("age_max"), 17},
        {QStringLiteral("presentation"), QStringLiteral("words")},
        {QStringLiteral("questions"),
            QJsonArray {question(QStringLiteral("home"), QStringLiteral("smiley5")), choice,
                question(QStringLiteral("tell"), QStringLiteral("text"))}}};
}

using Change = std::function<void(QJsonObject &)>;

/** Changes the first question of the set. */
Change inFirstQuestion(const std::function<void(QJsonObject &)> &change)
{
    return [change](QJsonObject &set) {
        QJsonArray questions = set.value(QLatin1StringView("questions")).toArray();
        QJsonObject q = questions.first().toObject();
        change(q);
        questions[0] = q;
        set.insert(QStringLiteral("questions"), questions);
    };
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestQuestionSet : public QObject
{
    Q_OBJECT

private slots:
    void defaultSetsParse()
    {
        QFile file(QStringLiteral(BARNTID_DEFAULT_QUESTION_SETS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray sets = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QLatin1StringView("question_sets"))
                                    .toArray();
        QCOMPARE(sets.size(), 2);
        for (const QJsonValue &v : sets) {
            QString error;
            const std::optional<QuestionSet> set = QuestionSet::fromJson(v.toObject(), &error);
            QVERIFY2(set, qPrintable(error));
            QCOMPARE(set->version, 0);
            // What the server stores is what it read, to the letter.
            QCOMPARE(set->toJson(), v.toObject());
        }
    }

    void roundTripKeepsEverything()
    {
        QString error;
        std::optional<QuestionSet> set = QuestionSet::fromJson(validSet(), &error);
        QVERIFY2(set, qPrintable(error));
        set->version = 3;
        QCOMPARE(set->questions.size(), 3);
        QCOMPARE(set->questions.at(1).kind, Question::Kind::Choice);
        QCOMPARE(set->questions.at(1).choices.size(), 2);
        const std::optional<QuestionSet> back = QuestionSet::fromJson(set->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, *set);
        // The content leaves the version out: two imports of one set compare equal.
        QVERIFY(!set->content().contains(QLatin1StringView("version")));
    }

    void refusals_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("says");
        QTest::addRow("a choice called declined") << inFirstQuestion([](QJsonObject &q) {
            q.insert(QStringLiteral("kind"), QStringLiteral("choice"));
            q.insert(QStringLiteral("choices"),
                QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("declined")},
                                {QStringLiteral("text"), text(QStringLiteral("Nej"))}},
                    QJsonObject {{QStringLiteral("id"), QStringLiteral("yes")},
                        {QStringLiteral("text"), text(QStringLiteral("Ja"))}}});
        }) << QStringLiteral("every question's own answer");
        QTest::addRow("choices on a smiley question") << inFirstQuestion([](QJsonObject &q) {
            q.insert(QStringLiteral("choices"), QJsonArray {});
        }) << QStringLiteral("only a choice question has choices");
        QTest::addRow("a question id twice") << Change([](QJsonObject &set) {
            QJsonArray questions = set.value(QLatin1StringView("questions")).toArray();
            questions.append(question(QStringLiteral("home"), QStringLiteral("text")));
            set.insert(QStringLiteral("questions"), questions);
        }) << QStringLiteral("\"home\" is used twice");
        QTest::addRow("no questions") << Change([](QJsonObject &set) {
            set.insert(QStringLiteral("questions"), QJsonArray {});
        }) << QStringLiteral("1 to 30 questions");
        QTest::addRow("31 questions") << Change([](QJsonObject &set) {
            QJsonArray questions;
            for (int i = 0; i < 31; ++i)
                questions.append(question(QStringLiteral("q%1").arg(i), QStringLiteral("text")));
            set.insert(QStringLiteral("questions"), questions);
        }) << QStringLiteral("1 to 30 questions");
        QTest::addRow("a text over 500") << inFirstQuestion([](QJsonObject &q) {
            q.insert(QStringLiteral("text"), text(QString(501, u'a')));
        }) << QStringLiteral("longer than 500");
        QTest::addRow("a question id with spaces") << inFirstQuestion([](QJsonObject &q) {
            q.insert(QStringLiteral("id"), QStringLiteral("how are you"));
        }) << QStringLiteral("a-z, 0-9 and _");
        QTest::addRow("presentation unknown") << Change([](QJsonObject &set) {
            set.insert(QStringLiteral("presentation"), QStringLiteral("video"));
        }) << QStringLiteral("pictures or words");
        QTest::addRow("version 0")
            << Change([](QJsonObject &set) { set.insert(QStringLiteral("version"), 0); })
            << QStringLiteral("version is a whole number");
        QTest::addRow("unknown field in a text") << inFirstQuestion([](QJsonObject &q) {
            QJsonObject t = text(QStringLiteral("Hej"));
            t.insert(QStringLiteral("fi"), QStringLiteral("Hei"));
            q.insert(QStringLiteral("text"), t);
        }) << QStringLiteral("unknown field \"fi\"");
    }

    void refusals()
    {
        QFETCH(Change, change);
        QFETCH(QString, says);
        QJsonObject set = validSet();
        change(set);
        QString error;
        QVERIFY(!QuestionSet::fromJson(set, &error));
        QVERIFY2(error.contains(says) && !error.contains(u'\n'), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQuestionSet)
#include "tst_questionset.moc"
