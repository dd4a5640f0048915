// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingrules.h"
#include "caller.h"
#include "domain/clock.h"
#include "protocol/mutation.h"
#include "protocol/pushresult.h"
#include "storedrecord.h"
#include "supervisorrules.h"
#include "surveyrules.h"

#include <QList>

#include <optional>

namespace barntid::server {

class Accounts;
class ChangeWriter;
class QuestionSets;
class Scope;

/** A mutation that lost against a newer server version, kept so nothing is overwritten. */
struct ConflictRow
{
    protocol::Mutation mutation;
    qint64 serverVersion = 0;
};

/** Decides one mutation by the role table of DESIGN.md §5, fills what the server knows
 *  (author, responsible, owner, after-hours …) and hands the new record to the ChangeWriter. */
class MutationRules
{
public:
    MutationRules(const Caller &caller, Scope &scope, ChangeWriter &writer, Accounts &accounts,
        QuestionSets &questionSets, const Clock &clock, const ServerConfig &config);

    protocol::MutationResult apply(const protocol::Mutation &m);
    const QList<ConflictRow> &conflicts() const { return m_conflicts; }

private:
    using Result = protocol::MutationResult;
    Result reject(const protocol::Mutation &m, const QString &code, const QString &message);
    Result conflict(const protocol::Mutation &m, const StoredRecord &current);
    Result remove(const protocol::Mutation &m, const std::optional<StoredRecord> &current);
    Result upsert(const protocol::Mutation &m, const std::optional<StoredRecord> &current);
    bool mayChange(const StoredRecord &record);
    /** Why the caller's role may not create this entity at all, or empty. */
    QString checkRole(const QString &entity) const;
    QString checkCreate(StoredRecord &next);
    QString fillServerFields(StoredRecord &next, const std::optional<StoredRecord> &current);
    QString checkSupervisorCreate(StoredRecord &next);
    /** The visit gets a new version (an amendment was added below it). */
    void newVisitVersion(const QString &visitId);
    /** A foster parent's change of a booking that is not theirs, or absent: one answer. */
    bool isForeignBooking(const protocol::Mutation &m, const std::optional<StoredRecord> &cur);
    /** A signed time of the user's: not in the future, not before its author, the record or
     *  notBefore existed (all with a little clock skew). "code|message" or empty. */
    QString checkUserTime(const StoredRecord &next, const char *field,
        const std::optional<StoredRecord> &current, const QString &notBefore);
    bool touchesProtectedChild(const StoredRecord &visit);
    void forgetPositions(const QString &caseId);

    const Caller &m_caller;
    Scope &m_scope;
    ChangeWriter &m_writer;
    Accounts &m_accounts;
    SupervisorRules m_supervisor;
    QString m_now;
    BookingRules m_bookings;
    SurveyRules m_surveys;
    QList<ConflictRow> m_conflicts;
};

} // namespace barntid::server
