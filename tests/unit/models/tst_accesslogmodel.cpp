// SPDX-License-Identifier: GPL-3.0-or-later
// The loggkontroll list under QAbstractItemModelTester over a real encrypted store: its own
// openings and the team's pulled ones, newest first, with names and devices from the team roster
// (or "unknown"), the case number where the case is on the device, "not on the server yet" until
// acknowledged, and filters by case number, worker and Stockholm day that narrow the rows.
#include "domain/case.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "engine/pageapplier.h"
#include "models/accesslogmodel.h"
#include "models/teamroster.h"
#include "store/accesslogwriter.h"
#include "store/repository.h"
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

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestAccessLogModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {utc(25, 9)};
    std::unique_ptr<Session> m_session;
    const QString m_me = newId(); // the supervisor signed in on this device
    const QString m_worker = newId();
    const QString m_otherWorker = newId();
    const QString m_workerTablet = newId();
    QString m_caseId;
    qint64 m_seq = 0;

    Store &store() { return *m_session->store(); }

    /** A team member's opening, as the sync engine writes a pulled page. */
    QString pullOpening(const QString &author, const QString &device, const QString &caseId,
        const QDateTime &openedAt, const QString &entity = u"case"_s)
    {
        const QString id = newId();
        const QString at = toRfc3339(openedAt);
        const QJsonObject data {{u"id"_s, id}, {u"version"_s, 1}, {u"created_at"_s, at},
            {u"updated_at"_s, at}, {u"author_id"_s, author}, {u"device_id"_s, device},
            {u"deleted"_s, false}, {u"case_id"_s, caseId}, {u"record_entity"_s, entity},
            {u"record_id"_s, entity == u"case" ? caseId : newId()}, {u"opened_at"_s, at}};
        protocol::PullPage page;
        ++m_seq;
        page.changes << protocol::Change {
            m_seq, u"access_event"_s, id, protocol::Op::Upsert, 1, data, {}};
        page.next = m_seq;
        sync::PageApplier(store()).apply(page);
        return id;
    }
    /** GET /v1/team's answer as the sync engine keeps it. */
    void writeRoster()
    {
        const QJsonArray members {
            QJsonObject {{u"id"_s, m_worker}, {u"username"_s, u"worker1"_s},
                {u"display_name"_s, u"Anna Andersson"_s}, {u"role"_s, u"social_worker"_s},
                {u"devices"_s,
                    QJsonArray {QJsonObject {{u"id"_s, m_workerTablet},
                        {u"name"_s, u"Annas surfplatta"_s}, {u"last_seen_at"_s, QString()}}}}},
            QJsonObject {{u"id"_s, m_me}, {u"username"_s, u"supervisor1"_s},
                {u"display_name"_s, u"Stina Svensson"_s}, {u"role"_s, u"supervisor"_s}}};
        const QJsonObject answer {
            {u"team"_s, QJsonObject {{u"name"_s, u"norr"_s}}}, {u"members"_s, members}};
        store().setSetting(TeamRoster::settingKey,
            QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    }
    QStringList column(const AccessLogModel &model, int role)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row).data(role).toString();
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(test::openTemporary(m_dir, m_session, m_clock));
        store().setSetting(u"user_id"_s, m_me);
        Case c;
        c.caseNumber = u"2026-0417"_s;
        c.childName = u"Alva K."_s;
        m_caseId = Repository<Case>(store()).create(c).meta.id;
    }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void rowsNewestFirstWithNamesDevicesAndCases()
    {
        TeamRoster roster(m_session.get());
        AccessLogModel model;
        model.setSession(m_session.get());
        model.setRoster(&roster);
        QAbstractItemModelTester tester(&model, fatal);
        QCOMPARE(model.rowCount(), 0);

        const QString missingCase = newId(); // handed over, not on this device
        const QString early = pullOpening(m_worker, m_workerTablet, m_caseId, utc(24, 8));
        const QString late
            = pullOpening(m_otherWorker, newId(), missingCase, utc(25, 8), u"visit"_s);
        const QString mine = AccessLogWriter(store()).recordOpening(u"case"_s, m_caseId);
        QVERIFY(!mine.isEmpty());
        QCOMPARE(column(model, AccessLogModel::IdRole), (QStringList {mine, late, early}));
        QCOMPARE(model.index(0).data(AccessLogModel::OpenedAtRole).toDateTime(), m_clock.now());
        QCOMPARE(column(model, AccessLogModel::CaseNumberRole),
            (QStringList {u"2026-0417"_s, u"—"_s, u"2026-0417"_s}));
        QCOMPARE(column(model, AccessLogModel::RecordKindRole),
            (QStringList {u"Case"_s, u"Visit"_s, u"Case"_s}));
        QCOMPARE(column(model, AccessLogModel::RecordTextRole),
            (QStringList {u"Case 2026-0417"_s, u"Visit in case —"_s, u"Case 2026-0417"_s}));
        QCOMPARE(column(model, AccessLogModel::UserIdRole),
            (QStringList {m_me, m_otherWorker, m_worker}));
        // No roster yet (before the first sync): nobody is named.
        QCOMPARE(column(model, AccessLogModel::UserNameRole),
            (QStringList {u"Unknown user"_s, u"Unknown user"_s, u"Unknown user"_s}));
        QCOMPARE(model.index(0).data(AccessLogModel::DeviceNameRole).toString(), u"This device"_s);
        QCOMPARE(
            model.index(2).data(AccessLogModel::DeviceNameRole).toString(), m_workerTablet.left(8));

        // The roster arrives: the rows that gain a name are told, none is reset.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        writeRoster();
        roster.refresh();
        QCOMPARE(column(model, AccessLogModel::UserNameRole),
            (QStringList {u"Stina Svensson"_s, u"Unknown user"_s, u"Anna Andersson"_s}));
        QCOMPARE(
            model.index(2).data(AccessLogModel::DeviceNameRole).toString(), u"Annas surfplatta"_s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(reset.size(), 0);
    }

    void ownOpeningsArePendingUntilTheServerHasThem()
    {
        AccessLogModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        const QString mine = AccessLogWriter(store()).recordOpening(u"case"_s, m_caseId);
        pullOpening(m_worker, m_workerTablet, m_caseId, utc(24, 8));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(AccessLogModel::PendingRole).toBool(), true);
        QCOMPARE(model.index(1).data(AccessLogModel::PendingRole).toBool(), false);
        // Acknowledged, as the push ledger does: the outbox row goes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        {
            Connection &c = store().connection();
            Transaction tx(c);
            c.cached("DELETE FROM outbox WHERE record_id = ?").bind(1, mine).run();
            c.noteChange(StoreChange::outbox, StoreChange::Op::Delete, mine);
            tx.commit();
        }
        QCOMPARE(model.index(0).data(AccessLogModel::PendingRole).toBool(), false);
        QCOMPARE(changed.size(), 1);
    }

    void filtersNarrowTheRows()
    {
        AccessLogModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        Case other;
        other.caseNumber = u"2026-0999"_s;
        other.childName = u"Bo L."_s;
        const QString otherCase = Repository<Case>(store()).create(other).meta.id;
        // 23:30 UTC on the 24th is already the 25th in Stockholm (UTC+1 in November).
        const QString lateNight = pullOpening(m_worker, m_workerTablet, m_caseId, utc(24, 23, 30));
        const QString evening = pullOpening(m_worker, m_workerTablet, otherCase, utc(24, 22, 30));
        const QString colleague = pullOpening(m_otherWorker, newId(), m_caseId, utc(20, 10));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.filtered());

        QSignalSpy filterChanged(&model, &AccessLogModel::filterChanged);
        model.setCaseFilter(u"0417"_s);
        QVERIFY(model.filtered());
        QCOMPARE(column(model, AccessLogModel::IdRole), (QStringList {lateNight, colleague}));
        model.setWorkerId(m_worker);
        QCOMPARE(column(model, AccessLogModel::IdRole), QStringList {lateNight});
        model.setCaseFilter(QString());
        QCOMPARE(column(model, AccessLogModel::IdRole), (QStringList {lateNight, evening}));
        // Stockholm days: the 25th holds the late-night opening only.
        model.setFromDate(u"2026-11-25"_s);
        QCOMPARE(column(model, AccessLogModel::IdRole), QStringList {lateNight});
        model.setFromDate(QString());
        model.setToDate(u"2026-11-24"_s);
        QCOMPARE(column(model, AccessLogModel::IdRole), QStringList {evening});
        model.setWorkerId(QString());
        model.setFromDate(u"2026-11-20"_s);
        QCOMPARE(column(model, AccessLogModel::IdRole), (QStringList {evening, colleague}));
        QCOMPARE(filterChanged.size(), 8);
        model.clearFilters();
        QVERIFY(!model.filtered());
        QCOMPARE(model.rowCount(), 3);
        // A new opening that the filters hide does not show.
        model.setWorkerId(m_otherWorker);
        AccessLogWriter(store()).recordOpening(u"case"_s, m_caseId);
        QCOMPARE(column(model, AccessLogModel::IdRole), QStringList {colleague});
        model.setWorkerId(QString());
        QCOMPARE(model.rowCount(), 4);
    }

    void lockingEmptiesTheListAndItsFilters()
    {
        AccessLogModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        AccessLogWriter(store()).recordOpening(u"case"_s, m_caseId);
        model.setCaseFilter(u"2026-0417"_s);
        QCOMPARE(model.rowCount(), 1);
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.caseFilter(), QString());
        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestAccessLogModel)

#include "tst_accesslogmodel.moc"
