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
    QString createdAt; ///< the list's order, with rowId among visits created the same instant
    qint64 rowId = 0;
};

/** Where a list of visits goes on: after this row of the order (newest first). */
struct VisitListCursor
{
    QString createdAt;
    qint64 rowId = 0;
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
    /** When the case's latest visit began (its actual start, else its creation): what the visit
     *  policy counts from. Read from an index, however many visits the case has. */
    std::optional<QDateTime> lastVisitAt(const QString &caseId);
    /** The case's visits, newest first, as list rows: at most limit of them (-1: all), and
     *  only those after the cursor when one is given. */
    QList<VisitSummary> summariesForCase(const QString &caseId, int previewLength, int limit = -1,
        const std::optional<VisitListCursor> &after = std::nullopt);
    /** The visits made at a foster home (with or without a case), as summariesForCase. */
    QList<VisitSummary> summariesForFosterHome(const QString &fosterHomeId, int previewLength,
        int limit = -1, const std::optional<VisitListCursor> &after = std::nullopt);

protected:
    void beforeWrite(Visit &next) override;
    void checkChange(const Visit &stored, const Visit &next) const override;

private:
    QList<VisitSummary> summaries(const char *sql, const QString &id, int previewLength, int limit,
        const std::optional<VisitListCursor> &after);

    Store &m_store;
    AmendmentRepository m_amendments;
};

} // namespace barntid
