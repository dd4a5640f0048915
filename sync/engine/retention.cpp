// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/retention.h"

#include "domain/clock.h"
#include "domain/timeformat.h"
#include "engine/securedelete.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QList>

namespace barntid::sync {

using namespace Qt::StringLiterals;

namespace {

/** A record a review can approve, and what else makes it the head of a group that goes as one. */
struct Head
{
    const char *entity;
    const char *table;
    const char *condition; ///< on alias t
};

// Amendments, child time and children's answers of a visit on the device go with that visit; only
// those whose visit is not here (purged before, or never received) are approved on their own.
constexpr Head heads[] = {
    {"visit", "visits", "t.status = 'signed'"},
    {"visit_amendment", "visit_amendments",
        "NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = t.visit_id)"},
    {"child_time", "child_times",
        "(t.visit_id IS NULL OR NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = t.visit_id))"},
    {"contact", "contacts", "1"},
    {"time_entry", "time_entries", "1"},
};

struct Member
{
    const char *entity;
    const char *table;
    QString id;
};

class Purge
{
public:
    Purge(Connection &connection, const QString &cutoff)
        : m_c(connection)
        , m_cutoff(cutoff)
    { }

    /** Heads whose newest live review is an approval. */
    QStringList approved(const Head &head)
    {
        const QByteArray table(head.table);
        const QByteArray sql = "SELECT t.id FROM " + table
            + " t WHERE t.id IN (SELECT target_id FROM reviews WHERE target_entity = ?1 AND "
              "decision = 'approved' AND deleted = 0) AND "
            + QByteArray(head.condition)
            + " AND (SELECT r.decision FROM reviews r WHERE r.target_entity = ?1 AND "
              "r.target_id = t.id AND r.deleted = 0 ORDER BY julianday(r.created_at) DESC, r.id "
              "DESC LIMIT 1) = 'approved'";
        Statement s = m_c.prepare(sql.constData());
        s.bind(1, QString::fromLatin1(head.entity));
        QStringList ids;
        while (s.step())
            ids << s.text(0);
        return ids;
    }

    /** The head, what hangs on it locally, and the reviews of all of those. */
    QList<Member> group(const Head &head, const QString &id)
    {
        QList<Member> members {{head.entity, head.table, id}};
        if (qstrcmp(head.entity, "visit") == 0) {
            for (const QString &a : ids("SELECT id FROM visit_amendments WHERE visit_id = ?", id))
                members.append({"visit_amendment", "visit_amendments", a});
            for (const QString &c : ids("SELECT id FROM child_times WHERE visit_id = ?", id))
                members.append({"child_time", "child_times", c});
            for (const QString &r : ids("SELECT id FROM survey_responses WHERE visit_id = ?", id))
                members.append({"survey_response", "survey_responses", r});
        }
        const qsizetype records = members.size();
        for (qsizetype i = 0; i < records; ++i) {
            Statement &s
                = m_c.cached("SELECT id FROM reviews WHERE target_entity = ? AND target_id = ?");
            s.bind(1, QString::fromLatin1(members[i].entity)).bind(2, members[i].id);
            while (s.step())
                members.append({"review", "reviews", s.text(0)});
            s.reset();
        }
        return members;
    }

    /** On the server as it is here (version > 0, no outbox row in any state) and last changed
     *  before the cutoff. A time SQLite cannot read counts as recent. */
    bool settled(const Member &m)
    {
        const QByteArray sql = "SELECT 1 FROM " + QByteArray(m.table)
            + " t WHERE t.id = ?1 AND t.version > 0 AND julianday(t.updated_at) < "
              "julianday(?2) AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = ?3 AND "
              "o.record_id = t.id)";
        Statement &s = m_c.cached(sql.constData());
        s.bind(1, m.id).bind(2, m_cutoff).bind(3, QString::fromLatin1(m.entity));
        const bool found = s.step();
        s.reset();
        return found;
    }

    /** The server's "in the journal" of a visit: it says nothing without the visit and goes
     *  with it, however recent the export was. */
    QList<Member> journalEntries(const Head &head, const QString &id)
    {
        QList<Member> entries;
        if (qstrcmp(head.entity, "visit") == 0) {
            for (const QString &j : ids("SELECT id FROM journal_entries WHERE visit_id = ?", id))
                entries.append({"journal_entry", "journal_entries", j});
        }
        return entries;
    }

    void remove(const Member &m)
    {
        const QByteArray sql = "DELETE FROM " + QByteArray(m.table) + " WHERE id = ?";
        m_c.cached(sql.constData()).bind(1, m.id).run();
        m_c.noteChange(QString::fromLatin1(m.entity), StoreChange::Op::Delete, m.id);
    }

private:
    QStringList ids(const char *sql, const QString &bind)
    {
        Statement &s = m_c.cached(sql);
        s.bind(1, bind);
        QStringList result;
        while (s.step())
            result << s.text(0);
        s.reset();
        return result;
    }

    Connection &m_c;
    QString m_cutoff;
};

} // namespace

Retention::Retention(Store &store)
    : m_store(store)
{ }

int Retention::days() const
{
    bool ok = false;
    const int value = m_store.setting(daysKey()).trimmed().toInt(&ok);
    return ok && value >= 1 ? value : defaultDays;
}

QDateTime Retention::cutoff() const
{
    return m_store.clock().now().toUTC().addDays(-days());
}

int Retention::purge()
{
    Connection &c = m_store.connection();
    const SecureDelete zeroing(c); // freed cells are overwritten, not just unlinked
    Purge purge(c, toRfc3339(cutoff()));
    int removed = 0;
    Transaction tx(c);
    for (const Head &head : heads) {
        for (const QString &id : purge.approved(head)) {
            const QList<Member> members = purge.group(head, id);
            bool mayGo = true;
            for (const Member &m : members)
                mayGo = mayGo && purge.settled(m);
            if (!mayGo)
                continue;
            const QList<Member> entries = purge.journalEntries(head, id);
            for (const Member &m : members + entries)
                purge.remove(m);
            removed += int(members.size() + entries.size());
        }
    }
    if (removed > 0)
        m_store.audit(u"retention_purge"_s);
    tx.commit();
    return removed;
}

} // namespace barntid::sync
