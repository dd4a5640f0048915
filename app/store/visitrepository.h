// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/visit.h"
#include "domain/visitamendment.h"
#include "store/amendmentrepository.h"
#include "store/repository.h"

namespace barntid {

/** Visits: drafts change freely, a signed visit never again; corrections are amendments. */
class VisitRepository : public Repository<Visit>
{
public:
    explicit VisitRepository(Store &store);

    /** Signs the stored draft as the current user; throws Immutable if it is signed already. */
    Visit sign(const QString &visitId);
    /** Adds a signed amendment below a signed visit. */
    VisitAmendment amend(const QString &visitId, const QString &text);
    QList<VisitAmendment> amendments(const QString &visitId);
    QList<Visit> forCase(const QString &caseId);

protected:
    void beforeWrite(Visit &next) override;
    void checkChange(const Visit &stored, const Visit &next) const override;

private:
    Store &m_store;
    AmendmentRepository m_amendments;
};

} // namespace barntid
