// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsource.h"

#include "database.h"
#include "recordstore.h"

#include <QSet>
#include <QSqlQuery>

namespace barntid::server {

namespace {

bool isSigned(const StoredRecord &r)
{
    return r.text("status") == u"signed";
}

} // namespace

JournalSource::JournalSource(Database &db)
    : m_db(db)
{ }

QList<JournalDocument::Input> JournalSource::signedVisits(const QString &since)
{
    // An approval after T changes the note's review line (and --approved-only) without a new
    // visit version: liveOf counts what hangs on the visit as touching it.
    QList<StoredRecord> visits = RecordStore(m_db).liveOf(QStringLiteral("visit"), since);
    visits.removeIf([](const StoredRecord &r) { return !isSigned(r); });
    return complete(visits);
}

QList<JournalDocument::Input> JournalSource::signedVisitsOfCase(const QString &caseId)
{
    QList<StoredRecord> visits
        = RecordStore(m_db).liveOfCases(QStringLiteral("visit"), QStringList {caseId});
    visits.removeIf([](const StoredRecord &r) { return !isSigned(r); });
    return complete(visits);
}

QList<JournalDocument::Input> JournalSource::complete(const QList<StoredRecord> &visits)
{
    RecordStore store(m_db);
    QSet<QString> caseIds;
    for (const StoredRecord &v : visits) {
        if (!v.caseId.isEmpty())
            caseIds.insert(v.caseId);
    }
    const QStringList cases(caseIds.begin(), caseIds.end());
    QList<RecordKey> caseKeys;
    for (const QString &id : cases)
        caseKeys.append({QStringLiteral("case"), id});
    const QHash<RecordKey, StoredRecord> caseRecords = store.load(caseKeys);

    // A visit's amendments and reviews hang on it by parent_id; its barntid by visit_id.
    QHash<QString, QList<QJsonObject>> amendments, reviews, childTimes;
    for (const StoredRecord &r : store.dependents(visits)) {
        if (r.deleted)
            continue;
        if (r.entity == u"visit_amendment")
            amendments[r.parentId].append(r.data);
        else if (r.entity == u"review" && r.text("target_entity") == u"visit")
            reviews[r.parentId].append(r.data);
    }
    for (const StoredRecord &r : store.liveOfCases(QStringLiteral("child_time"), cases))
        childTimes[r.text("visit_id")].append(r.data);

    QHash<QString, QString> names;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, display_name FROM users"));
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    m_db.finishAll(); // no read snapshot left open under the export's writes

    QList<JournalDocument::Input> out;
    out.reserve(visits.size());
    for (const StoredRecord &v : visits) {
        JournalDocument::Input in;
        in.visit = v.data;
        in.visit.insert(QStringLiteral("version"), v.version);
        in.caseRecord = caseRecords.value({QStringLiteral("case"), v.caseId}).data;
        in.amendments = amendments.value(v.id);
        in.reviews = reviews.value(v.id);
        in.childTimes = childTimes.value(v.id);
        in.names = names;
        out.append(in);
    }
    return out;
}

} // namespace barntid::server
