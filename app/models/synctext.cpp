// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/synctext.h"

#include "domain/timeformat.h"

namespace barntid {

using Kind = sync::SyncError::Kind;

QString SyncText::error(const sync::SyncError &e)
{
    switch (e.kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
    case Kind::Interrupted:
    case Kind::Timeout:
        return tr("No connection to the server. Your changes are saved on this tablet and are sent "
                  "when the connection is back.");
    case Kind::ServerError:
        return tr("The server has a problem right now. Your changes are saved here and are sent "
                  "later.");
    case Kind::Unauthorized:
        return tr("Sign in again to send your changes. Nothing is lost meanwhile.");
    case Kind::InvalidCredentials:
        return tr("Wrong username or password.");
    case Kind::RateLimited:
        return tr("Too many attempts. Wait a while and try again.");
    case Kind::DeviceWiped:
        return tr("This tablet has been wiped by the administrator.");
    case Kind::AccountMismatch:
        return tr("This tablet holds unsent work of another account. That account must sign in "
                  "and send it first.");
    case Kind::DeviceTaken:
        return tr("The server has given this tablet's registration to another account. Your "
                  "unsent changes are kept here; contact IT support.");
    case Kind::DeviceRevoked:
        return tr("IT has blocked this tablet. Your unsent changes stay here; contact IT support "
                  "to unblock it.");
    case Kind::Forbidden:
        return tr("This account has nothing to sync on a tablet.");
    case Kind::LocalStore:
        return tr("The tablet could not save what came from the server (is the storage full?). "
                  "Nothing was lost; the sync tries again later.");
    default:
        return tr("The sync failed and is tried again later. Your changes are kept.");
    }
}

QString SyncText::fetchError(const sync::SyncError &e)
{
    switch (e.kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("The server has no version of this record that you may see: it was removed, "
                  "or the case has been moved to another social worker.");
    case Kind::Unreachable:
    case Kind::Interrupted:
    case Kind::Timeout:
        return tr("No connection to the server. Try again when the connection is back.");
    case Kind::Unauthorized:
        return tr("Sign in again to see the server's version.");
    default:
        return error(e);
    }
}

QString SyncText::entity(const QString &entity)
{
    if (entity == u"case")
        return tr("Case");
    if (entity == u"visit")
        return tr("Visit");
    if (entity == u"visit_amendment")
        return tr("Amendment");
    if (entity == u"survey_response")
        return tr("Child's answers");
    if (entity == u"child_time")
        return tr("Child time");
    if (entity == u"contact")
        return tr("Foster-home contact");
    if (entity == u"time_entry")
        return tr("Time entry");
    if (entity == u"foster_home")
        return tr("Foster home");
    if (entity == u"slot")
        return tr("Bookable time");
    if (entity == u"booking")
        return tr("Booking");
    return tr("Record");
}

QString SyncText::receipt(int acknowledged, const QDateTime &at)
{
    const QString time = at.toTimeZone(stockholm()).toString(QStringLiteral("HH:mm"));
    if (acknowledged <= 0)
        return tr("Everything is on the server (%1)").arg(time);
    return tr("All %n changes are on the server (%1)", nullptr, acknowledged).arg(time);
}

QString SyncText::lastSynced(const QDateTime &at)
{
    // Stockholm time, as the receipt: the tablet's own zone may be anything (UTC on a fresh one).
    if (!at.isValid())
        return tr("Never synced on this tablet");
    return tr("Last synced %1")
        .arg(at.toTimeZone(stockholm()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString SyncText::progress(int sent, int received)
{
    return tr("Sent %1, received %2 …").arg(sent).arg(received);
}

} // namespace barntid
