// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/visitrepository.h"

#include "domain/case.h"
#include "domain/clock.h"
#include "store/store.h"
#include "store/storeerror.h"

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
    Q_UNUSED(next);
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

QList<VisitSummary> VisitRepository::summariesForCase(const QString &caseId, int previewLength)
{
    Statement s = m_store.connection().prepare(
        "SELECT v.id, v.kind, v.status, coalesce(v.actual_start, v.created_at), "
        "substr(v.note, 1, ?), (SELECT count(*) FROM visit_amendments a "
        "WHERE a.visit_id = v.id AND a.deleted = 0) "
        "FROM visits v WHERE v.deleted = 0 AND v.case_id = ? ORDER BY v.created_at DESC");
    s.bind(1, previewLength).bind(2, caseId);
    QList<VisitSummary> rows;
    while (s.step())
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), int(s.integer(5))});
    return rows;
}

QList<VisitSummary> VisitRepository::summariesForFosterHome(
    const QString &fosterHomeId, int previewLength)
{
    Statement s = m_store.connection().prepare(
        "SELECT v.id, v.kind, v.status, coalesce(v.actual_start, v.created_at), "
        "substr(v.note, 1, ?), (SELECT count(*) FROM visit_amendments a "
        "WHERE a.visit_id = v.id AND a.deleted = 0) "
        "FROM visits v WHERE v.deleted = 0 AND v.foster_home_id = ? ORDER BY v.created_at DESC");
    s.bind(1, previewLength).bind(2, fosterHomeId);
    QList<VisitSummary> rows;
    while (s.step())
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), int(s.integer(5))});
    return rows;
}

QList<Visit> VisitRepository::forCase(const QString &caseId)
{
    return list("AND case_id = ? ORDER BY created_at", {caseId});
}

} // namespace barntid
