// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "storedrecord.h"

#include <QJsonObject>
#include <QString>

namespace barntid::server {

class Scope;

/** The supervisor's two writes (issue 12, DESIGN.md §5): a review of a team member's synced
 *  entry, decided on one version of it, and a case handed to another worker of the team.
 *  Checks answer "code|message", or empty when the write may go ahead. */
class SupervisorRules
{
public:
    SupervisorRules(const Caller &caller, Scope &scope);

    /** A new review: the target is the team's, someone else's, signed if a visit, still at
     *  target_version and not yet decided on at that version. Fills target_snapshot. */
    QString review(StoredRecord &review);
    /** The stored case is in the supervisor's team: they may hand it over. */
    bool mayHandOver(const StoredRecord &stored);
    /** The incoming case differs from the stored one in responsible_id at most. */
    QString handover(const QJsonObject &incoming, const StoredRecord &stored) const;

private:
    /** The target's wire data at this version; a visit's with its live amendments. */
    QString snapshot(const StoredRecord &target);

    const Caller &m_caller;
    Scope &m_scope;
};

} // namespace barntid::server
