// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/visitrepository.h"

#include "domain/case.h"
#include "domain/clock.h"
#include "domain/timeformat.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/surveyrepository.h"

namespace barntid {

using namespace Qt::StringLiterals;

VisitRepository::VisitRepository(Store &store)
    : Repository(store)
    , m_store(store)
    , m_amendments(store)
{ }

void VisitRepository::beforeWrite(Visit &next)
{
    // DESIGN.md §5: no location stamp is ever kept for a child with protected identity.
    const bool hasPosition = next.checkInLat || next.checkInLon || next.checkInAt
        || next.checkOutLat || next.checkOutLon || next.checkOutAt;
    if (!hasPosition || next.caseId.isEmpty())
        return;
    const auto c = Repository<Case>(m_store).find(next.caseId);
    if (c && c->protectedIdentity)
        next.clearPositions();
}

void VisitRepository::checkChange(const Visit &stored, const Visit &next) const
{
    if (stored.isSigned())
        throw StoreError(
            StoreErrorCode::Immutable, u"a signed visit cannot change; add an amendment instead"_s);
    // The server keeps a child's finished answers and refuses to delete what they hang on;
    // unfinished ones go with the draft, in the same transaction (their deletes are sent after
    // the visit's, which the server allows for answers whose visit is gone).
    if (next.meta.deleted) {
        SurveyRepository surveys(m_store);
        if (surveys.hasCompleted(stored.meta.id))
            throw StoreError(
                StoreErrorCode::Immutable, u"a child's answers belong to this visit; it stays"_s);
        for (const SurveyResponse &r : surveys.forVisit(stored.meta.id))
            surveys.remove(r.meta.id);
    }
}

Visit VisitRepository::sign(const QString &visitId)
{
    auto visit = find(visitId);
    if (!visit)
        throw StoreError(StoreErrorCode::NotFound, u"no such visit"_s);
    if (visit->isSigned())
        throw StoreError(StoreErrorCode::Immutable, u"the visit is signed already"_s);
    const ValidationIssues issues = visit->sign(m_store.clock().now(), m_store.userId());
    if (!issues.isEmpty()) {
        StoreError e(StoreErrorCode::Invalid, u"the visit cannot be signed yet"_s);
        e.issues = issues;
        throw e;
    }
    return update(*visit);
}

VisitAmendment VisitRepository::amend(const QString &visitId, const QString &text)
{
    const auto visit = find(visitId);
    if (!visit)
        throw StoreError(StoreErrorCode::NotFound, u"no such visit"_s);
    if (!visit->isSigned())
        throw StoreError(StoreErrorCode::Invalid,
            u"a draft is edited directly; amendments belong to signed visits"_s);
    VisitAmendment amendment;
    amendment.visitId = visitId;
    amendment.text = text;
    amendment.signedAt = m_store.clock().now();
    amendment.signedBy = m_store.userId();
    return m_amendments.create(amendment);
}

QList<VisitAmendment> VisitRepository::amendments(const QString &visitId)
{
    return m_amendments.list("AND visit_id = ? ORDER BY signed_at, created_at", {visitId});
}

std::optional<QDateTime> VisitRepository::lastVisitAt(const QString &caseId)
{
    // Served by visits_case_stats alone (the times are fixed-width UTC text, so max() is the
    // latest instant).
    Statement &s
        = m_store.connection().cached("SELECT max(coalesce(actual_start, created_at)) FROM visits "
                                      "WHERE case_id = ? AND deleted = 0");
    s.bind(1, caseId);
    std::optional<QDateTime> last;
    if (s.step() && !s.isNull(0))
        last = parseRfc3339(s.text(0));
    s.reset();
    return last;
}

// Newest first, in the order of the case's (or home's) index, so a page stops after its rows;
// the rowid breaks ties as the index does, and the cursor is a range on that index: a later page
// starts where the last one ended instead of stepping over the rows above it.
#define BARNTID_VISIT_SUMMARIES(column, cursor)                                                    \
    "SELECT v.id, v.kind, v.status, coalesce(v.actual_start, v.created_at), "                      \
    "substr(v.note, 1, ?1), (SELECT count(*) FROM visit_amendments a "                             \
    "WHERE a.visit_id = v.id AND a.deleted = 0), v.created_at, v.rowid "                           \
    "FROM visits v WHERE v.deleted = 0 AND v." column " = ?2 " cursor                              \
    "ORDER BY v.created_at DESC, v.rowid DESC LIMIT ?3"
#define BARNTID_AFTER_CURSOR "AND (v.created_at, v.rowid) < (?4, ?5) "

QList<VisitSummary> VisitRepository::summariesForCase(const QString &caseId, int previewLength,
    int limit, const std::optional<VisitListCursor> &after)
{
    return summaries(after ? BARNTID_VISIT_SUMMARIES("case_id", BARNTID_AFTER_CURSOR)
                           : BARNTID_VISIT_SUMMARIES("case_id", ""),
        caseId, previewLength, limit, after);
}

QList<VisitSummary> VisitRepository::summariesForFosterHome(const QString &fosterHomeId,
    int previewLength, int limit, const std::optional<VisitListCursor> &after)
{
    return summaries(after ? BARNTID_VISIT_SUMMARIES("foster_home_id", BARNTID_AFTER_CURSOR)
                           : BARNTID_VISIT_SUMMARIES("foster_home_id", ""),
        fosterHomeId, previewLength, limit, after);
}

#undef BARNTID_AFTER_CURSOR
#undef BARNTID_VISIT_SUMMARIES

QList<VisitSummary> VisitRepository::summaries(const char *sql, const QString &id,
    int previewLength, int limit, const std::optional<VisitListCursor> &after)
{
    Statement &s = m_store.connection().cached(sql);
    s.bind(1, previewLength).bind(2, id).bind(3, limit);
    if (after)
        s.bind(4, after->createdAt).bind(5, after->rowId);
    QList<VisitSummary> rows;
    while (s.step()) {
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), int(s.integer(5)),
            s.text(6), s.integer(7)});
    }
    s.reset();
    return rows;
}

QList<Visit> VisitRepository::forCase(const QString &caseId)
{
    return list("AND case_id = ? ORDER BY created_at", {caseId});
}

} // namespace barntid
