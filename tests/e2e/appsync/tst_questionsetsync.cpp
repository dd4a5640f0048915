// SPDX-License-Identifier: GPL-3.0-or-later
// The child surveys reach the tablet (issue 16, item 1): the sync engine over a real encrypted
// store against the real barntid-server with the demo municipality. A social worker's and a
// supervisor's sync keep every version of every set in the store setting "question_sets"; an
// admin's new version arrives with the next sync while the old one stays; a foster parent's
// device keeps none (and drops one left over from an earlier role), and the server refuses it.
#include "domain/questionset.h"
#include "engine/syncengine.h"
#include "enginedevice.h"
#include "localserver.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;
using Kind = sync::SyncError::Kind;

namespace {

const QString youngSet = u"0193d5a0-4c00-7000-8000-000000000408"_s;
const QString olderSet = u"0193d5a0-4c00-7000-8000-000000000917"_s;

/** The sets the store keeps, each read back as the app will read it; id@version. */
QStringList keptSets(const EngineDevice &device)
{
    QStringList out;
    const QString kept = device.store->setting(sync::SyncEngine::questionSetsKey());
    for (const QJsonValue &v : QJsonDocument::fromJson(kept.toUtf8()).array()) {
        QString why;
        const std::optional<QuestionSet> set = QuestionSet::fromJson(v.toObject(), &why);
        out << (set ? set->id + u'@' + QString::number(set->version) : u"unreadable: "_s + why);
    }
    return out;
}

} // namespace

class TestQuestionSetSync : public QObject
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

    void staffTabletsKeepEveryVersion()
    {
        for (const QString &who : {u"worker1"_s, u"supervisor1"_s}) {
            EngineDevice tablet(m_server.url());
            const sync::SyncError login = tablet.signIn(who);
            QVERIFY2(!login.isError(), qPrintable(login.describe()));
            const sync::SyncReport report = sync::SyncEngine(*tablet.store, tablet.client).run();
            QVERIFY2(!report.error.isError(), qPrintable(report.error.describe()));
            QVERIFY(report.complete);
            QCOMPARE(keptSets(tablet), QStringList({youngSet + u"@1"_s, olderSet + u"@1"_s}));
        }

        // The municipality changes a question of the 9–17 set: worker1's tablet, synced before,
        // gets version 2 with its next sync and keeps version 1 for the answers given to it.
        EngineDevice tablet(m_server.url());
        QVERIFY(!tablet.signIn(u"worker1"_s).isError());
        QVERIFY(!sync::SyncEngine(*tablet.store, tablet.client).run().error.isError());
        QFile defaults(QStringLiteral(BARNTID_DEFAULT_QUESTION_SETS));
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QJsonObject file = QJsonDocument::fromJson(defaults.readAll()).object();
        QJsonArray sets = file.value("question_sets"_L1).toArray();
        QJsonObject older = sets.at(1).toObject();
        QCOMPARE(older.value("id"_L1).toString(), olderSet);
        older.insert(u"title"_s,
            QJsonObject {
                {u"sv"_s, u"Hur har du det just nu?"_s}, {u"en"_s, u"How are you now?"_s}});
        sets[1] = older;
        file.insert(u"question_sets"_s, sets);
        const QString path = m_dir.filePath(u"changed.json"_s);
        QFile changed(path);
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(QJsonDocument(file).toJson());
        changed.close();
        const QString imported = m_server.importQuestionSets(path);
        QVERIFY2(imported.contains(u"imported "_s + olderSet + u" as version 2"_s),
            qPrintable(imported + m_server.error()));

        QVERIFY(!sync::SyncEngine(*tablet.store, tablet.client).run().error.isError());
        QCOMPARE(keptSets(tablet),
            QStringList({youngSet + u"@1"_s, olderSet + u"@1"_s, olderSet + u"@2"_s}));
    }

    void fosterParentDeviceKeepsNone()
    {
        EngineDevice phone(m_server.url());
        const sync::SyncError login = phone.signIn(u"foster1"_s);
        QVERIFY2(!login.isError(), qPrintable(login.describe()));
        // Left over from an earlier use of the store: the next sync removes it.
        phone.store->setSetting(sync::SyncEngine::questionSetsKey(), u"[]"_s);
        const sync::SyncReport report = sync::SyncEngine(*phone.store, phone.client).run();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.describe()));
        QVERIFY(report.complete);
        QVERIFY(phone.store->setting(sync::SyncEngine::questionSetsKey()).isEmpty());
        QList<QuestionSet> sets;
        QCOMPARE(phone.client.fetchQuestionSets(sets).kind, Kind::Forbidden);
        QVERIFY(sets.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuestionSetSync)
#include "tst_questionsetsync.moc"
