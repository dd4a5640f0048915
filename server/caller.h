// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace barntid::server {

/** The authenticated account and device behind a request; scope and audit start here. */
struct Caller
{
    QString userId;
    QString role; ///< social_worker, supervisor, foster_parent, admin
    QString teamId;
    QString fosterHomeId;
    QString deviceId;
    /** The account was disabled by an admin: its devices may still deliver what they hold
     *  (push), nothing else. */
    bool disabled = false;
    /** The account's scope changed under this device: its cursor means nothing any more. */
    bool mustReset = false;

    bool isWorker() const { return role == u"social_worker"; }
    bool isSupervisor() const { return role == u"supervisor"; }
    bool isFosterParent() const { return role == u"foster_parent"; }
    /** The one audience key whose change log this account pulls (see Scope). */
    QString audienceKey() const
    {
        if (isSupervisor())
            return QStringLiteral("team:") + teamId;
        if (isFosterParent())
            return QStringLiteral("home:") + fosterHomeId;
        if (isWorker())
            return QStringLiteral("user:") + userId;
        return {};
    }
};

} // namespace barntid::server
