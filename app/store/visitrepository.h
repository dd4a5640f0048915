// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/visit.h"
#include "domain/visitamendment.h"
#include "store/amendmentrepository.h"
#include "store/repository.h"

namespace barntid {

/** A visit as a list shows it: enough for a row, cheap to load by the thousand. */
struct VisitSummary
{
    QString id;
    QString kind;
    QString status;
    QString startedAt; ///< RFC 3339: the actual start, or when the visit was created
    QString notePreview; ///< the first characters of the note, as stored
    int amendments = 0;
};

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
    /** The case's visits, newest first, as list rows. */
    QList<VisitSummary> summariesForCase(const QString &caseId, int previewLength);
    /** The visits made at a foster home (with or without a case), newest first, as list rows. */
    QList<VisitSummary> summariesForFosterHome(const QString &fosterHomeId, int previewLength);

protected:
    void beforeWrite(Visit &next) override;
    void checkChange(const Visit &stored, const Visit &next) const override;

private:
    Store &m_store;
    AmendmentRepository m_amendments;
};

} // namespace barntid
