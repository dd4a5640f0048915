// SPDX-License-Identifier: GPL-3.0-or-later
// The team dashboard model (issue 12) under QAbstractItemModelTester over a real encrypted store
// holding what a supervisor's sync brings: the team's records (written by the page applier with
// their authors) and the roster setting. Rows per worker and the team, the supervisor's own time
// left out, change feed updates without a reset, weeks and months, the entries behind a figure,
// and the three attention lists.
#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/fosterhome.h"
#include "domain/ids.h"
#include "domain/timeentry.h"
#include "domain/visit.h"
#include "engine/pageapplier.h"
#include "models/teamdashboardmodel.h"
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

const QString supervisor = u"0190a1b2-0000-7000-8000-000000000500"_s;
const QString anna = u"0190a1b2-0000-7000-8000-000000000501"_s; // records, in the roster
const QString johan = u"0190a1b2-0000-7000-8000-000000000502"_s; // records, in the roster
const QString sara = u"0190a1b2-0000-7000-8000-000000000503"_s; // no records
const QString former = u"0190a1b2-0000-7000-8000-000000000509"_s; // records, not in the roster

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), stockholm());
}

QJsonObject member(
    const QString &id, const QString &name, const QString &role, const QJsonArray &devices = {})
{
    return {{u"id"_s, id}, {u"username"_s, name.toLower()}, {u"display_name"_s, name},
        {u"role"_s, role}, {u"active"_s, true}, {u"devices"_s, devices}};
}

QJsonObject device(const QString &name, const QString &lastSeen)
{
    QJsonObject d {{u"id"_s, newId()}, {u"name"_s, name}};
    d.insert(u"last_seen_at"_s, lastSeen.isEmpty() ? QJsonValue() : QJsonValue(lastSeen));
    return d;
}

} // namespace

class TestTeamDashboardModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // Wednesday 2026-11-25 10:00 in Stockholm: week 48 (23–29 November).
    ManualClock m_clock {at(25, 10).toUTC()};
    std::unique_ptr<Session> m_session;
    qint64 m_seq = 0;

    Store &store() { return *m_session->store(); }

    RecordMeta pulledMeta(const QString &author)
    {
        RecordMeta m;
        m.id = newId();
        m.version = 1;
        m.createdAt = m.updatedAt = m_clock.now();
        m.authorId = author;
        return m;
    }

    /** Writes the records as a pull does (the author is someone else; no outbox rows). */
    void pull(const QString &entity, const QList<QJsonObject> &records)
    {
        protocol::PullPage page;
        for (const QJsonObject &r : records) {
            page.changes << protocol::Change {
                ++m_seq, entity, r.value("id"_L1).toString(), protocol::Op::Upsert, 1, r, {}};
        }
        page.next = m_seq;
        sync::PageApplier(store()).apply(page);
    }

    QString childTime(const QString &author, const QDateTime &start, const QDateTime &end)
    {
        ChildTime c;
        c.meta = pulledMeta(author);
        c.caseId = newId();
        c.startsAt = start;
        c.endsAt = end;
        pull(u"child_time"_s, {c.toJson()});
        return c.meta.id;
    }

    QString timeEntry(const QString &author, const QString &category, const QDateTime &start,
        const QDateTime &end)
    {
        TimeEntry e;
        e.meta = pulledMeta(author);
        e.category = category;
        e.startsAt = start;
        e.endsAt = end;
        pull(u"time_entry"_s, {e.toJson()});
        return e.meta.id;
    }

    /** As the sync engine keeps the roster: written and noted in one transaction. */
    void setRoster(const QJsonArray &members)
    {
        const QJsonObject roster {
            {u"team"_s, QJsonObject {{u"id"_s, u"t1"_s}, {u"name"_s, u"norr"_s}}},
            {u"members"_s, members}};
        Connection &c = store().connection();
        Transaction tx(c);
        store().setSetting(TeamRoster::settingKey,
            QString::fromUtf8(QJsonDocument(roster).toJson(QJsonDocument::Compact)));
        c.noteChange(TeamRoster::settingKey, StoreChange::Op::Update, {});
        tx.commit();
    }

    QJsonArray defaultRoster(const QJsonArray &annasDevices = {})
    {
        return {member(supervisor, u"Karin Norberg"_s, u"supervisor"_s),
            member(anna, u"Anna Lindqvist"_s, u"social_worker"_s, annasDevices),
            member(johan, u"Johan Ek"_s, u"social_worker"_s),
            member(sara, u"Sara Holm"_s, u"social_worker"_s)};
    }

    static QStringList column(const TeamDashboardModel &model, int role)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row).data(role).toString();
        return out;
    }

    static int rowOf(const TeamDashboardModel &model, const QString &userId)
    {
        return int(column(model, TeamDashboardModel::UserIdRole).indexOf(userId));
    }

private slots:
    void init()
    {
        QVERIFY(test::openTemporary(m_dir, m_session, m_clock));
        m_seq = 0;
        // The device belongs to the supervisor: what it writes itself is not the team's time.
        store().setSetting(u"user_id"_s, supervisor);
        setRoster(defaultRoster());
        // Anna: 1 h with a child inside 2 h of documentation, the child time pulled twice
        // (two devices), and 30 min across Sunday midnight into the next week.
        timeEntry(anna, u"documentation"_s, at(25, 9), at(25, 11));
        childTime(anna, at(25, 9, 30), at(25, 10, 30));
        childTime(anna, at(25, 9, 30), at(25, 10, 30));
        timeEntry(anna, u"travel"_s, at(29, 23, 45), at(30, 0, 15));
        // Johan: 30 min with a child and nothing else.
        childTime(johan, at(24, 13), at(24, 13, 30));
        // Someone the roster does not name; and the supervisor's own meeting.
        timeEntry(former, u"meetings"_s, at(23, 8), at(23, 9));
        timeEntry(supervisor, u"meetings"_s, at(23, 8), at(23, 12));
    }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void rowsPerWorkerAndTheTeam()
    {
        TeamDashboardModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        QCOMPARE(model.periodKind(), u"week"_s);
        QCOMPARE(model.periodFirst(), u"2026-11-23"_s);
        QCOMPARE(model.periodLast(), u"2026-11-29"_s);
        QCOMPARE(model.teamName(), u"norr"_s);
        // By name, the unnamed author among them, the team last; never the supervisor.
        QCOMPARE(column(model, TeamDashboardModel::DisplayNameRole),
            (QStringList {u"Anna Lindqvist"_s, u"Johan Ek"_s, u"Sara Holm"_s, u"Team member 1"_s,
                u"Whole team"_s}));
        QCOMPARE(column(model, TeamDashboardModel::UserIdRole),
            (QStringList {anna, johan, sara, former, TeamDashboardModel::teamKey}));
        const auto figure
            = [&](const QString &id, int role) { return model.index(rowOf(model, id)).data(role); };
        // Anna: 60 of 120 + 15 min (the travel before midnight).
        QCOMPARE(figure(anna, TeamDashboardModel::ChildSecondsRole).toLongLong(), 3600);
        QCOMPARE(figure(anna, TeamDashboardModel::RegisteredSecondsRole).toLongLong(), 135 * 60);
        QCOMPARE(figure(anna, TeamDashboardModel::ShareTextRole).toString(), u"44 %"_s);
        QCOMPARE(figure(johan, TeamDashboardModel::ShareTextRole).toString(), u"100 %"_s);
        QCOMPARE(figure(sara, TeamDashboardModel::HasTimeRole).toBool(), false);
        QCOMPARE(figure(sara, TeamDashboardModel::ShareTextRole).toString(), u"–"_s);
        // The team: 90 min with children of 135 + 30 + 60 min.
        QCOMPARE(
            figure(TeamDashboardModel::teamKey, TeamDashboardModel::ChildSecondsRole).toLongLong(),
            90 * 60);
        QCOMPARE(figure(TeamDashboardModel::teamKey, TeamDashboardModel::RegisteredSecondsRole)
                     .toLongLong(),
            225 * 60);
        QCOMPARE(figure(TeamDashboardModel::teamKey, TeamDashboardModel::ShareTextRole).toString(),
            u"40 %"_s);
        QVERIFY(figure(anna, TeamDashboardModel::DescriptionRole)
                    .toString()
                    .startsWith(u"Anna Lindqvist: barntid 44 %"_s));
        // Time by category for the team, in the categories' order.
        QStringList categories;
        for (const QVariant &c : model.categories()) {
            const QVariantMap m = c.toMap();
            categories << m.value(u"code"_s).toString() + u'='
                    + QString::number(m.value(u"seconds"_s).toLongLong() / 60);
        }
        QCOMPARE(categories,
            (QStringList {
                u"child_contact=90"_s, u"documentation=120"_s, u"travel=15"_s, u"meetings=60"_s}));
    }

    void theChangeFeedUpdatesRowsWithoutAReset()
    {
        TeamDashboardModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy figures(&model, &TeamDashboardModel::figuresChanged);

        // Sara's first time entry arrives: her row and the team's change, nothing else.
        timeEntry(sara, u"documentation"_s, at(26, 8), at(26, 10));
        QCOMPARE(model.index(rowOf(model, sara)).data(TeamDashboardModel::ShareTextRole), u"0 %"_s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(!figures.isEmpty());

        // A new worker in the roster is a new row, in its place by name.
        QJsonArray roster = defaultRoster();
        roster.append(
            member(u"0190a1b2-0000-7000-8000-000000000504"_s, u"Bo Åkesson"_s, u"social_worker"_s));
        setRoster(roster);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(1).data(TeamDashboardModel::DisplayNameRole), u"Bo Åkesson"_s);
        QCOMPARE(reset.size(), 0);

        // Locked: no rows and no figures; open again, all back.
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.trend().isEmpty());
        QVERIFY(model.categories().isEmpty());
        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(model.rowCount(), 6);
    }

    void weeksMonthsAndTheTrend()
    {
        // Johan's hour across the month's last midnight: half in each month.
        timeEntry(johan, u"other"_s, at(30, 23, 30),
            QDateTime(QDate(2026, 12, 1), QTime(0, 30), stockholm()));
        TeamDashboardModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        QSignalSpy period(&model, &TeamDashboardModel::periodChanged);
        QCOMPARE(model.trendTicks().size(), TeamDashboardModel::trendWeeks);
        QCOMPARE(model.trendTicks().last(), u"w. 48"_s);
        QVariantMap team = model.trend().last().toMap();
        QCOMPARE(team.value(u"id"_s).toString(), TeamDashboardModel::teamKey);
        QVariantList values = team.value(u"values"_s).toList();
        QCOMPARE(values.size(), 8);
        QCOMPARE(values.first().toDouble(), -1.0); // nothing registered 8 weeks back
        QCOMPARE(values.last().toDouble(), 90.0 / 225.0);
        QCOMPARE(model.trend().size(), model.rowCount());
        QVERIFY(model.trendSummary().contains(u"w. 48 40 %"_s));

        // The next week holds Anna's travel after midnight: 15 min, no child time.
        model.next();
        QCOMPARE(model.periodFirst(), u"2026-11-30"_s);
        QCOMPARE(model.index(rowOf(model, anna)).data(TeamDashboardModel::ShareTextRole), u"0 %"_s);
        QCOMPARE(model.index(rowOf(model, anna))
                     .data(TeamDashboardModel::RegisteredSecondsRole)
                     .toLongLong(),
            15 * 60);

        // The month of that week's Monday: November.
        model.setPeriodKind(u"month"_s);
        QCOMPARE(model.periodFirst(), u"2026-11-01"_s);
        QCOMPARE(model.periodLast(), u"2026-11-30"_s);
        QCOMPARE(model.periodLabel(), u"November 2026"_s);
        QCOMPARE(model.trendTicks().size(), TeamDashboardModel::trendMonths);
        model.next();
        QCOMPARE(model.periodLabel(), u"December 2026"_s);
        QCOMPARE(model.figures().team.registeredSeconds, 30 * 60);
        model.previous();
        // November: Anna 2 h + the whole travel, Johan 30 + 30 min, the former worker's hour.
        QCOMPARE(model.figures().team.childSeconds, 90 * 60);
        QCOMPARE(model.figures().team.registeredSeconds, (120 + 30 + 30 + 30 + 60) * 60);
        model.showDay(u"2026-03-29"_s);
        QCOMPARE(model.periodFirst(), u"2026-03-01"_s);
        QCOMPARE(model.figures().team.registeredSeconds, 0);
        QVERIFY(period.size() >= 5);
    }

    void entriesBehindAFigure()
    {
        TeamDashboardModel model;
        model.setSession(m_session.get());
        const QVariantList annas = model.entries(anna);
        // The documentation and both child-time copies; the travel starts on Sunday evening.
        QCOMPARE(annas.size(), 4);
        QStringList categories;
        for (const QVariant &e : annas)
            categories << e.toMap().value(u"category"_s).toString();
        QCOMPARE(categories,
            (QStringList {
                u"documentation"_s, u"child_contact"_s, u"child_contact"_s, u"travel"_s}));
        const QVariantMap first = annas.first().toMap();
        QCOMPARE(first.value(u"timesText"_s).toString(), u"2026-11-25 09:00–11:00"_s);
        QCOMPARE(first.value(u"durationText"_s).toString(), u"2 h"_s);
        QCOMPARE(annas.last().toMap().value(u"timesText"_s).toString(),
            u"2026-11-29 23:45–2026-11-30 00:15"_s);
        QCOMPARE(model.entries(anna, u"child_contact"_s).size(), 2);
        QCOMPARE(model.entries(sara).size(), 0);
        // The team's: every worker's, never the supervisor's own.
        const QVariantList all = model.entries(TeamDashboardModel::teamKey);
        QCOMPARE(all.size(), 6);
        for (const QVariant &e : all)
            QVERIFY(e.toMap().value(u"workerName"_s).toString() != u"Karin Norberg"_s);
        QCOMPARE(model.entries(TeamDashboardModel::teamKey, u"meetings"_s).size(), 1);
    }

    void whatNeedsFollowingUp()
    {
        // A foster home with nothing offered, one with both; a child placed in the first with
        // a visit 100 days ago (due after 91), one in the second visited last week.
        const auto home = [&](const QString &name, bool offered, const QStringList &placed) {
            FosterHome h;
            h.meta = pulledMeta(anna);
            h.name = name;
            h.placedCaseIds = placed;
            if (offered) {
                h.trainingOfferedOn = QDate(2026, 6, 1);
                h.supervisionStatus = u"ongoing"_s;
            }
            pull(u"foster_home"_s, {h.toJson()});
        };
        const auto placedCase = [&](const QString &number, int daysSinceVisit) {
            Case c;
            c.meta = pulledMeta(anna);
            c.caseNumber = number;
            c.childName = u"Elsa K."_s;
            c.responsibleId = anna;
            pull(u"case"_s, {c.toJson()});
            Visit v;
            v.meta = pulledMeta(anna);
            v.caseId = c.meta.id;
            v.kind = u"foster_home"_s;
            v.actualStart = m_clock.now().addDays(-daysSinceVisit);
            v.actualEnd = v.actualStart->addSecs(3600);
            pull(u"visit"_s, {v.toJson()});
            return c.meta.id;
        };
        const QString overdue = placedCase(u"BUN-2026-0101"_s, 100);
        const QString fine = placedCase(u"BUN-2026-0102"_s, 7);
        home(u"Familjehemmet Sjögren"_s, false, {overdue});
        home(u"Familjehemmet Ahmadi"_s, true, {fine});
        // Anna's tablet synced an hour ago, her phone 49 hours ago, an old one never.
        setRoster(defaultRoster({device(u"Surfplatta"_s, u"2026-11-25T08:00:00+01:00"_s),
            device(u"Telefon"_s, u"2026-11-23T08:00:00+01:00"_s), device(u"Gammal"_s, {})}));

        TeamDashboardModel model;
        model.setSession(m_session.get());
        QCOMPARE(model.overdueChildren().size(), 1);
        const QVariantMap child = model.overdueChildren().first().toMap();
        QCOMPARE(child.value(u"caseId"_s).toString(), overdue);
        QCOMPARE(child.value(u"caseNumber"_s).toString(), u"BUN-2026-0101"_s);
        QCOMPARE(child.value(u"workerName"_s).toString(), u"Anna Lindqvist"_s);
        QCOMPARE(model.fosterHomes().size(), 1);
        const QVariantMap home0 = model.fosterHomes().first().toMap();
        QCOMPARE(home0.value(u"name"_s).toString(), u"Familjehemmet Sjögren"_s);
        QCOMPARE(home0.value(u"noTraining"_s).toBool(), true);
        QCOMPARE(home0.value(u"noSupervision"_s).toBool(), true);
        QStringList devices;
        for (const QVariant &d : model.staleDevices())
            devices << d.toMap().value(u"name"_s).toString();
        QCOMPARE(devices, (QStringList {u"Gammal"_s, u"Telefon"_s}));
        QCOMPARE(model.staleDevices().first().toMap().value(u"ownerName"_s).toString(),
            u"Anna Lindqvist"_s);

        // Time passes: the tablet falls silent too, the list follows on the next read.
        m_clock.advance(qint64(48) * 3600 * 1000);
        model.reload();
        QCOMPARE(model.staleDevices().size(), 3);
    }
};

QTEST_MAIN(TestTeamDashboardModel)

#include "tst_teamdashboardmodel.moc"
