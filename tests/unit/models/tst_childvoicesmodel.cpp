// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's figures of the children's answers (issue 16) under QAbstractItemModelTester
// over a real encrypted store holding what a sync keeps: the server's answer in the setting
// survey_aggregates, the question sets and the roster. A row per question of the chosen set and
// quarter, the team's column before the municipality's, withheld cells in words, the set's own
// wording in the chosen language, the newest quarter first, and a new sync's figures taken in
// through the change feed.
#include "../../fixtures/defaultquestionsets.h"
#include "../../fixtures/samplesurveyaggregates.h"
#include "engine/syncengine.h"
#include "models/childvoicesmodel.h"
#include "models/teamroster.h"
#include "store/transaction.h"
#include "tst_visitsupport.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString team = u"0193d5a0-4c00-7000-8000-0000000000aa"_s;
const QString words = u"0193d5a0-4c00-7000-8000-000000000917"_s;
const QString pictures = u"0193d5a0-4c00-7000-8000-000000000408"_s;

} // namespace

class TestChildVoicesModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    Store &store() { return *m_session->store(); }

    /** As the sync engine keeps a setting: written and noted in one transaction. */
    void keep(const QString &key, const QString &value)
    {
        Connection &c = store().connection();
        Transaction tx(c);
        if (value.isEmpty())
            store().removeSetting(key);
        else
            store().setSetting(key, value);
        c.noteChange(key, StoreChange::Op::Update, {});
        tx.commit();
    }

    static QVariantList lines(const ChildVoicesModel &model, int row)
    {
        return model.index(row).data(ChildVoicesModel::LinesRole).toList();
    }

    static QStringList cells(const QVariant &line)
    {
        QStringList out;
        for (const QVariant &c : line.toMap().value(u"cells"_s).toList())
            out << c.toMap().value(u"text"_s).toString();
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(test::openTemporary(m_dir, m_session, m_clock));
        QVERIFY(test::keepDefaultQuestionSets(store()));
        const QJsonObject roster {
            {u"team"_s, QJsonObject {{u"id"_s, team}, {u"name"_s, u"norr"_s}}},
            {u"members"_s, QJsonArray {}}};
        keep(TeamRoster::settingKey,
            QString::fromUtf8(QJsonDocument(roster).toJson(QJsonDocument::Compact)));
        keep(sync::SyncEngine::surveyAggregatesKey(), test::sampleSurveyAggregates(team));
    }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void aRowPerQuestionWithTheTeamFirst()
    {
        ChildVoicesModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        QCOMPARE(model.k(), 5);
        QCOMPARE(model.setId(), words);
        QCOMPARE(model.quarter(), u"2026-Q3"_s);
        QCOMPARE(model.quarters().size(), 1);
        QCOMPARE(
            model.quarters().first().toMap().value(u"label"_s).toString(), u"Quarter 3 2026"_s);
        QCOMPARE(model.sets().size(), 1);
        QCOMPARE(model.sets().first().toMap().value(u"title"_s).toString(),
            u"Hur har du det? (9–17 år)"_s);
        QCOMPARE(model.columns(), (QStringList {u"Team norr"_s, u"Whole municipality"_s}));
        // The fixture's four questions, in the set's order, in the set's own Swedish.
        QCOMPARE(model.rowCount(), 4);
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(ChildVoicesModel::QuestionIdRole).toString();
        QCOMPARE(ids, (QStringList {u"home"_s, u"school"_s, u"talk_to"_s, u"tell_worker"_s}));
        QVERIFY(model.index(0).data(ChildVoicesModel::QuestionRole).toString().contains(u"hemma"));

        // home: 1–5, declined, then the total; the team's figure before the municipality's.
        const QVariantList home = lines(model, 0);
        QCOMPARE(home.size(), 7);
        QCOMPARE(home.at(0).toMap().value(u"label"_s).toString(), u"Very bad (1 of 5)"_s);
        QCOMPARE(cells(home.at(0)), (QStringList {u"Not shown"_s, u"Not shown"_s}));
        QCOMPARE(cells(home.at(1)), (QStringList {u"Not shown"_s, u"7"_s}));
        QCOMPARE(cells(home.at(3)), (QStringList {u"16"_s, u"21"_s}));
        QCOMPARE(home.at(5).toMap().value(u"label"_s).toString(), u"Did not want to answer"_s);
        QCOMPARE(home.at(6).toMap().value(u"label"_s).toString(), u"All who answered"_s);
        QVERIFY(home.at(6).toMap().value(u"total"_s).toBool());
        QCOMPARE(cells(home.at(6)), (QStringList {u"44"_s, u"61"_s}));
        QVERIFY(home.at(0)
                    .toMap()
                    .value(u"cells"_s)
                    .toList()
                    .at(0)
                    .toMap()
                    .value(u"withheld"_s)
                    .toBool());
        QVERIFY(!home.at(3)
                     .toMap()
                     .value(u"cells"_s)
                     .toList()
                     .at(0)
                     .toMap()
                     .value(u"withheld"_s)
                     .toBool());

        // A choice by the set's wording; free text only as written or declined.
        QCOMPARE(
            lines(model, 2).at(0).toMap().value(u"label"_s).toString(), u"En vuxen där jag bor"_s);
        const QVariantList text = lines(model, 3);
        QCOMPARE(text.size(), 3);
        QCOMPARE(text.at(0).toMap().value(u"label"_s).toString(), u"Wrote an answer"_s);
        QCOMPARE(cells(text.at(0)), (QStringList {u"29"_s, u"38"_s}));
    }

    void theChosenLanguageAndSet()
    {
        ChildVoicesModel model;
        model.setSession(m_session.get());
        model.setLanguage(u"en"_s);
        QCOMPARE(model.sets().first().toMap().value(u"title"_s).toString(),
            u"How are you? (ages 9–17)"_s);
        QCOMPARE(
            lines(model, 2).at(0).toMap().value(u"label"_s).toString(), u"An adult where I live"_s);
        // A set without figures shows nothing, and the model falls back to one that has them.
        model.setSetId(pictures);
        QCOMPARE(model.setId(), words);
        QCOMPARE(model.rowCount(), 4);
    }

    void aNewSyncIsTakenIn()
    {
        ChildVoicesModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        QCOMPARE(model.rowCount(), 4);
        // The next sync: a newer quarter with one question, and the old one.
        QJsonObject report
            = QJsonDocument::fromJson(test::sampleSurveyAggregates(team).toUtf8()).object();
        QJsonArray tables = report.value(u"tables"_s).toArray();
        QJsonObject newer = tables.at(0).toObject();
        newer.insert(u"quarter"_s, u"2026-Q4"_s);
        tables.prepend(newer);
        report.insert(u"tables"_s, tables);
        keep(sync::SyncEngine::surveyAggregatesKey(),
            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
        QCOMPARE(model.quarter(), u"2026-Q3"_s); // the one the supervisor was reading stays
        QCOMPARE(model.quarters().first().toMap().value(u"value"_s).toString(), u"2026-Q4"_s);
        model.setQuarter(u"2026-Q4"_s);
        QCOMPARE(model.rowCount(), 1);
        // A sync of an account that reads no figures leaves nothing.
        keep(sync::SyncEngine::surveyAggregatesKey(), {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.sets().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestChildVoicesModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_childvoicesmodel.moc"
