// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyResponse (issue 16): a child's answers survive a round trip through the wire form, the
// shape rules hold without a set, and checkAnswers accepts exactly what each kind of question
// allows ("declined" everywhere), against the version the answers name.
#include "domain/questionset.h"
#include "domain/surveyresponse.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace barntid;

namespace {

const QString setId = QStringLiteral("0193d5a0-4c00-7000-8000-000000000917");

QuestionSet wordsSet()
{
    QFile file(QStringLiteral(BARNTID_DEFAULT_QUESTION_SETS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the default question sets");
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1StringView("question_sets"))
                                   .toArray()) {
        std::optional<QuestionSet> set = QuestionSet::fromJson(v.toObject(), nullptr);
        if (set && set->id == setId) {
            set->version = 1;
            return *set;
        }
    }
    qFatal("the default words set is missing");
}

SurveyResponse valid()
{
    SurveyResponse r;
    r.meta.id = QStringLiteral("0193d5a0-4c00-7000-8000-0000000000a1");
    r.meta.createdAt = r.meta.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    r.visitId = QStringLiteral("0193d5a0-4c00-7000-8000-0000000000b1");
    r.caseId = QStringLiteral("0193d5a0-4c00-7000-8000-0000000000c1");
    r.questionSetId = setId;
    r.questionSetVersion = 1;
    r.answers = {{QStringLiteral("home"), QStringLiteral("4")},
        {QStringLiteral("talk_to"), QStringLiteral("friend")},
        {QStringLiteral("tell_worker"), QStringLiteral("Jag vill bo kvar hos mamma.")},
        {QStringLiteral("safe"), QStringLiteral("declined")}};
    return r;
}

} // namespace

class TestSurveyResponse : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        SurveyResponse r = valid();
        QCOMPARE(SurveyResponse::fromJson(r.toJson()), r);
        r.completedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 12), Qt::UTC);
        const QJsonObject wire = r.toJson();
        QCOMPARE(SurveyResponse::fromJson(wire), r);
        QCOMPARE(wire.value(QLatin1StringView("answers")).toObject().size(), 4);
        QVERIFY(wire.value(QLatin1StringView("answers"))
                    .toObject()
                    .value(QLatin1StringView("home"))
                    .isString());
        QVERIFY(SurveyResponse::fromJson(wire).isCompleted());
        QVERIFY(!valid().isCompleted());
    }

    void shapeRules_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no visit") << 0 << "visit_id";
        QTest::newRow("no child") << 1 << "case_id";
        QTest::newRow("no set") << 2 << "question_set_id";
        QTest::newRow("version 0") << 3 << "question_set_version";
        QTest::newRow("empty answer") << 4 << "answers";
        QTest::newRow("bad question id") << 5 << "answers";
        QTest::newRow("answer too long") << 6 << "answers";
        QTest::newRow("too many answers") << 7 << "answers";
    }
    void shapeRules()
    {
        QFETCH(int, change);
        QFETCH(QString, field);
        QVERIFY(valid().validate().isEmpty());
        SurveyResponse r = valid();
        switch (change) {
        case 0:
            r.visitId.clear();
            break;
        case 1:
            r.caseId = QStringLiteral("not-a-uuid");
            break;
        case 2:
            r.questionSetId.clear();
            break;
        case 3:
            r.questionSetVersion = 0;
            break;
        case 4:
            r.answers.insert(QStringLiteral("home"), QStringLiteral("  "));
            break;
        case 5:
            r.answers.insert(QStringLiteral("Home!"), QStringLiteral("3"));
            break;
        case 6:
            r.answers.insert(
                QStringLiteral("tell_worker"), QString(SurveyResponse::maxTextAnswer + 1, u'a'));
            break;
        case 7:
            for (int i = 0; i <= QuestionSet::maxQuestions; ++i)
                r.answers.insert(QStringLiteral("q%1").arg(i), QStringLiteral("3"));
            break;
        }
        const ValidationIssues issues = r.validate();
        QVERIFY2(std::any_of(issues.begin(), issues.end(),
                     [&](const ValidationIssue &i) { return i.field == field; }),
            qPrintable(field));
    }

    void answersFitTheirQuestion_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fits");
        for (const char *v : {"1", "2", "3", "4", "5", "declined"})
            QTest::addRow("smiley %s", v) << "home" << v << true;
        for (const char *v : {"0", "6", "45", "happy", "-1", " 3"})
            QTest::addRow("smiley %s", v) << "home" << v << false;
        for (const char *v :
            {"adult_home", "other_adult", "friend", "social_worker", "nobody", "declined"})
            QTest::addRow("choice %s", v) << "talk_to" << v << true;
        for (const char *v : {"teacher", "Friend", "3", "friend,nobody"})
            QTest::addRow("choice %s", v) << "talk_to" << v << false;
        QTest::newRow("text words") << "tell_worker"
                                    << "Att jag saknar min hund." << true;
        QTest::newRow("text declined") << "tell_worker"
                                       << "declined" << true;
        QTest::newRow("unknown question") << "pets"
                                          << "3" << false;
    }
    void answersFitTheirQuestion()
    {
        QFETCH(QString, question);
        QFETCH(QString, value);
        QFETCH(bool, fits);
        SurveyResponse r = valid();
        r.answers = {{question, value}};
        QCOMPARE(r.checkAnswers(wordsSet()).isEmpty(), fits);
    }

    void answersNameTheirVersion()
    {
        QuestionSet set = wordsSet();
        QVERIFY(valid().checkAnswers(set).isEmpty());
        set.version = 2;
        QVERIFY(!valid().checkAnswers(set).isEmpty());
        set = wordsSet();
        set.id = QStringLiteral("0193d5a0-4c00-7000-8000-000000000408");
        QVERIFY(!valid().checkAnswers(set).isEmpty());
    }

    void wrongTypesDoNotVanish()
    {
        // A number where a string belongs reads as an empty answer, which validate refuses.
        QJsonObject wire = valid().toJson();
        wire.insert(QStringLiteral("answers"), QJsonObject {{QStringLiteral("home"), 4}});
        QVERIFY(!SurveyResponse::fromJson(wire).validate().isEmpty());
        wire.insert(QStringLiteral("question_set_version"), 1.5);
        QVERIFY(!SurveyResponse::fromJson(wire).validate().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSurveyResponse)
#include "tst_surveyresponse.moc"
