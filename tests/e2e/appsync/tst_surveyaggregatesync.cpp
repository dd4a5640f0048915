// SPDX-License-Identifier: GPL-3.0-or-later
// The children's answers in figures reach the supervisor's tablet (issue 16) end to end: the sync
// engine over a real encrypted store against the real barntid-server process. supervisor1's
// sync keeps GET /v1/survey-aggregates in the store setting "survey_aggregates": the
// municipality and team norr, never team syd; worker1's sync keeps none (an old copy goes), and
// the server refuses worker1 the figures. What the server counts and withholds is
// e2e_surveyaggregates' part.
#include "engine/syncengine.h"
#include "enginedevice.h"
#include "localserver.h"
#include "models/teamroster.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;
using Kind = sync::SyncError::Kind;

class TestSurveyAggregateSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalServer m_server {QStringLiteral(BARNTID_SERVER_PATH)};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path()), qPrintable(m_server.error()));
    }

    void supervisorSyncKeepsTheFigures()
    {
        EngineDevice tablet(m_server.url());
        const sync::SyncError login = tablet.signIn(u"supervisor1"_s);
        QVERIFY2(!login.isError(), qPrintable(login.describe()));
        const sync::SyncReport report = sync::SyncEngine(*tablet.store, tablet.client).run();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.describe()));
        QVERIFY(report.complete);
        const QJsonObject kept = QJsonDocument::fromJson(
            tablet.store->setting(sync::SyncEngine::surveyAggregatesKey()).toUtf8())
                                     .object();
        QCOMPARE(kept.value("k"_L1).toInt(), 5);
        QVERIFY(kept.value("tables"_L1).isArray());
        QString teamName;
        TeamRoster::parse(tablet.store->setting(TeamRoster::settingKey).toUtf8(), &teamName);
        QStringList groups;
        for (const QJsonValue &g : kept.value("groups"_L1).toArray())
            groups << g.toObject().value("id"_L1).toString() + u'/'
                    + g.toObject().value("name"_L1).toString();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.first(), u"municipality/"_s);
        QVERIFY2(groups.last().endsWith(u"/norr"_s), qPrintable(groups.join(u' ')));
        QCOMPARE(teamName, u"norr"_s);
    }

    void workerSyncKeepsNoFigures()
    {
        EngineDevice tablet(m_server.url());
        const sync::SyncError login = tablet.signIn(u"worker1"_s);
        QVERIFY2(!login.isError(), qPrintable(login.describe()));
        // Left over from an earlier role of the account: the next sync removes it.
        tablet.store->setSetting(
            sync::SyncEngine::surveyAggregatesKey(), uR"({"k":5,"groups":[],"tables":[]})"_s);
        const sync::SyncReport report = sync::SyncEngine(*tablet.store, tablet.client).run();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.describe()));
        QVERIFY(report.complete);
        QVERIFY(tablet.store->setting(sync::SyncEngine::surveyAggregatesKey()).isEmpty());
        QJsonObject figures;
        const sync::SyncError refused = tablet.client.fetchSurveyAggregates(figures);
        QVERIFY2(refused.kind == Kind::Forbidden, qPrintable(refused.describe()));
        QVERIFY(figures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSurveyAggregateSync)
#include "tst_surveyaggregatesync.moc"
