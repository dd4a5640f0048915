// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseed.h"

#include "accounts.h"
#include "adminwrites.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "questionsets.h"
#include "servererror.h"
#include "syncservice.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTime>

namespace barntid::server {

namespace {

const QString demoPassword = QStringLiteral("barntid-demo");
// A fixed device id for records the seed writes, so they are recognisable in the audit log.
const QString seedDevice = QStringLiteral("00000000-0000-7000-8000-000000000001");

struct Writer
{
    SyncService &sync;
    const Clock &clock;
    Caller caller;
    QList<protocol::Mutation> batch;

    QString add(const QString &entity, QJsonObject data)
    {
        const QString id = newId();
        const QString now = toRfc3339(clock.now());
        data.insert(QStringLiteral("created_at"), now);
        data.insert(QStringLiteral("updated_at"), now);
        batch.append(
            protocol::Mutation {newId(), entity, protocol::Op::Upsert, id, std::nullopt, data});
        return id;
    }
    void flush()
    {
        const protocol::PushResponse r = sync.push(caller, protocol::PushRequest {batch});
        for (const protocol::MutationResult &m : r.results) {
            if (m.status != protocol::MutationResult::Status::Applied)
                qFatal("the demo seed was refused: %s",
                    qPrintable(m.errorCode + u' ' + m.errorMessage));
        }
        batch.clear();
    }
};

Caller callerFor(Accounts &accounts, const QString &username)
{
    const Account a = *accounts.byUsername(username);
    return Caller {a.id, a.role, a.teamId, a.fosterHomeId, seedDevice};
}

QString at(const QDate &day, int hour, int minute = 0)
{
    return toRfc3339(QDateTime(day, QTime(hour, minute), stockholm()));
}

void seedCases(
    Writer &w, const QDate &today, const QStringList &children, const QString &homeId, int worker)
{
    int n = 0;
    for (const QString &child : children) {
        ++n;
        const QString caseId = w.add(QStringLiteral("case"),
            {{QStringLiteral("case_number"),
                 QStringLiteral("BUN-%1-%2")
                     .arg(today.year())
                     .arg(worker * 100 + n, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("child_name"), child},
                {QStringLiteral("birth_year"), today.year() - 6 - 2 * n},
                {QStringLiteral("protected_identity"), n == 3}});
        for (int v = 0; v < 2; ++v) {
            const QDate day = today.addDays(-7 * (v + 1) - n);
            const bool signedVisit = v == 1;
            QJsonObject visit {{QStringLiteral("case_id"), caseId},
                {QStringLiteral("kind"),
                    v == 0 && !homeId.isEmpty() ? QStringLiteral("foster_home")
                                                : QStringLiteral("home")},
                {QStringLiteral("actual_start"), at(day, 9 + v)},
                {QStringLiteral("actual_end"), at(day, 10 + v)},
                {QStringLiteral("present"), QStringLiteral("child_with_carers")},
                {QStringLiteral("note"), QStringLiteral("Demo: samtal om skolan och fritiden.")},
                {QStringLiteral("child_words"),
                    QStringLiteral("Demo: \"Jag vill spela fotboll.\"")},
                {QStringLiteral("bbic"), QJsonArray {QStringLiteral("needs.education")}},
                {QStringLiteral("status"),
                    signedVisit ? QStringLiteral("signed") : QStringLiteral("draft")}};
            if (v == 0 && !homeId.isEmpty())
                visit.insert(QStringLiteral("foster_home_id"), homeId);
            if (signedVisit)
                visit.insert(QStringLiteral("signed_at"), at(day, 12));
            const QString visitId = w.add(QStringLiteral("visit"), visit);
            w.add(QStringLiteral("child_time"),
                {{QStringLiteral("case_id"), caseId}, {QStringLiteral("visit_id"), visitId},
                    {QStringLiteral("starts_at"), at(day, 9 + v, 10)},
                    {QStringLiteral("ends_at"), at(day, 9 + v, 40)},
                    {QStringLiteral("mode"), QStringLiteral("in_person")}});
        }
    }
}

void seedSlots(Writer &w, const QDate &today)
{
    QDate tuesday = today.addDays(1);
    while (tuesday.dayOfWeek() != Qt::Tuesday)
        tuesday = tuesday.addDays(1);
    for (int week = 0; week < 4; ++week) {
        for (int hour = 17; hour < 20; ++hour) {
            w.add(QStringLiteral("slot"),
                {{QStringLiteral("starts_at"), at(tuesday.addDays(7 * week), hour)},
                    {QStringLiteral("ends_at"), at(tuesday.addDays(7 * week), hour + 1)},
                    {QStringLiteral("place"), QStringLiteral("Socialkontoret, Storgatan 1")},
                    {QStringLiteral("video"), false}});
        }
    }
}

} // namespace

bool seedDemo(Database &db, const Clock &clock)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (q.next() && q.value(0).toInt() > 0)
        return false;
    const QDate today = clock.now().toTimeZone(stockholm()).date();
    Accounts accounts(db, clock);
    SyncService sync(db, accounts, clock);
    db.begin();
    const struct
    {
        const char *username, *name, *role, *team;
    } staff[] = {
        {"supervisor1", "Karin Norberg", "supervisor", "norr"},
        {"worker1", "Anna Lindqvist", "social_worker", "norr"},
        {"worker2", "Johan Ek", "social_worker", "norr"},
        {"worker3", "Sara Holm", "social_worker", "norr"},
        {"supervisor2", "Per Sundin", "supervisor", "syd"},
        {"worker4", "Maria Berg", "social_worker", "syd"},
        {"admin", "IT-förvaltningen", "admin", ""},
    };
    for (const auto &s : staff) {
        accounts.addUser(QString::fromLatin1(s.username), QString::fromUtf8(s.name),
            QString::fromLatin1(s.role), QString::fromLatin1(s.team), {}, demoPassword);
    }
    // The demo staff has worked here for years: their notes signed weeks ago are older than
    // today's seed, and the server refuses a signature older than its signer's account.
    db.exec(QStringLiteral("UPDATE users SET created_at = ?"),
        {toRfc3339(QDateTime(today.addYears(-2), QTime(8, 0), stockholm()))});
    db.commit();

    // Foster homes are created by their workers, as on a device; then their parents get accounts.
    QString homes[2];
    const char *homeWorkers[] = {"worker1", "worker4"};
    const char *homeNames[] = {"Familjehemmet Sjögren", "Familjehemmet Ahmadi"};
    for (int i = 0; i < 2; ++i) {
        Writer w {sync, clock, callerFor(accounts, QString::fromLatin1(homeWorkers[i])), {}};
        homes[i] = w.add(QStringLiteral("foster_home"),
            {{QStringLiteral("name"), QString::fromUtf8(homeNames[i])},
                {QStringLiteral("contact_persons"), QStringLiteral("Demo-kontakt")},
                {QStringLiteral("phone"), QStringLiteral("070-000 00 0%1").arg(i + 1)},
                {QStringLiteral("supervision_status"), QStringLiteral("ongoing")},
                {QStringLiteral("training_offered_on"),
                    today.addMonths(-6).toString(Qt::ISODate)}});
        w.flush();
    }
    db.begin();
    accounts.addUser(QStringLiteral("foster1"), QStringLiteral("Familjen Sjögren"),
        QStringLiteral("foster_parent"), {}, homes[0], demoPassword);
    accounts.addUser(QStringLiteral("foster2"), QStringLiteral("Familjen Ahmadi"),
        QStringLiteral("foster_parent"), {}, homes[1], demoPassword);
    db.commit();
    for (const QString &home : homes)
        AdminWrites::refreshFosterHome(db, accounts, clock, home);

    int worker = 0;
    const struct
    {
        const char *username;
        QStringList children;
        int home;
    } caseload[] = {
        {"worker1",
            {QStringLiteral("Elsa K."), QStringLiteral("Omar S."), QStringLiteral("Liam P.")}, 0},
        {"worker2", {QStringLiteral("Wilma A."), QStringLiteral("Noah B.")}, -1},
        {"worker3", {QStringLiteral("Alva J."), QStringLiteral("Hugo L.")}, -1},
        {"worker4",
            {QStringLiteral("Maja R."), QStringLiteral("Ali H."), QStringLiteral("Ella T.")}, 1},
    };
    for (const auto &c : caseload) {
        Writer w {sync, clock, callerFor(accounts, QString::fromLatin1(c.username)), {}};
        seedCases(w, today, c.children, c.home >= 0 ? homes[c.home] : QString(), ++worker);
        if (c.home >= 0)
            seedSlots(w, today);
        w.flush();
    }
    // The two default child surveys, as an admin would import them.
    QFile sets(QStringLiteral(":/question-sets/barntid-default.json"));
    if (!sets.open(QIODevice::ReadOnly))
        throw ServerError {500, QStringLiteral("internal"),
            QStringLiteral("the default question sets are missing from this build")};
    QuestionSets(db, clock).import(QuestionSets::parseFile(sets.readAll()));
    return true;
}

} // namespace barntid::server
