// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/synccommand.h"

#include "cli/cliapp.h"
#include "engine/backoff.h"
#include "engine/syncclient.h"
#include "engine/syncengine.h"
#include "engine/syncsession.h"
#include "store/outbox.h"
#include "store/store.h"

#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QThread>

namespace barntid {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using sync::SyncError;
using Kind = SyncError::Kind;

namespace {

// Longer waits are the caller's business: the CLI says when to come back instead.
constexpr auto longestWait = 30s;

QString seconds(qint64 ms)
{
    return QString::number((ms + 999) / 1000);
}

SyncCommand::Outcome failure(const SyncError &e, bool atLogin)
{
    switch (e.kind) {
    case Kind::Unreachable:
    case Kind::Interrupted:
    case Kind::Timeout:
        return {CliApp::Unreachable, u"server unreachable: "_s + e.message, {}};
    case Kind::ServerError:
        return {CliApp::Unreachable,
            u"server unavailable (HTTP %1); try again later"_s.arg(e.httpStatus), {}};
    case Kind::RateLimited:
        return {atLogin ? CliApp::LoginRefused : CliApp::Unreachable,
            u"the server asks to wait %1 s before trying again"_s.arg(seconds(e.retryAfterMs)), {}};
    case Kind::InvalidCredentials:
    case Kind::Unauthorized:
        return {CliApp::LoginRefused, u"login refused: wrong username or password"_s, {}};
    case Kind::DeviceWiped:
        return {CliApp::DeviceWiped,
            u"this device was wiped by the administrator: its local data is destroyed"_s, {}};
    case Kind::AccountMismatch:
        return {CliApp::Failure,
            u"refused: this device holds unsynced work of another account; sync as that account "
            "first (nothing was changed)"_s,
            {}};
    case Kind::DeviceRevoked:
        return {CliApp::LoginRefused,
            u"login refused: the administrator revoked this device; the unsent changes stay on "
            "this device (ask IT support to lift it)"_s,
            {}};
    case Kind::DeviceTaken:
        return {CliApp::LoginRefused,
            u"login refused: the server gave this device's id to another account; the unsent "
            "changes stay on this device (ask IT support)"_s,
            {}};
    default:
        return {CliApp::Failure, u"sync failed: "_s + e.describe(), {}};
    }
}

} // namespace

SyncCommand::SyncCommand(Store &store, PasswordSource password)
    : m_store(store)
    , m_password(std::move(password))
{ }

SyncCommand::Outcome SyncCommand::run(const QUrl &server, const QString &username)
{
    if (!sync::SyncClient::isAllowedServer(server))
        throw std::invalid_argument(
            "--server must be an https:// URL (plain http:// only to this machine)");
    QNetworkAccessManager network;
    sync::SyncClient client(network, server);
    sync::SyncSession session(m_store);
    const auto login = [&]() -> SyncError {
        const QString deviceName = QSysInfo::machineHostName() + u" (barntid-cli)"_s;
        return session.login(client, username, m_password(), deviceName);
    };
    client.setToken(session.token(server, username));
    bool loggedIn = false;
    bool replaced = false; // the previous account's data left the device at this login
    if (client.token().isEmpty()) {
        if (const SyncError e = login(); e.isError()) {
            if (e.kind == Kind::DeviceWiped)
                m_store.destroyLocalData();
            return failure(e, true);
        }
        loggedIn = true;
        replaced = session.replacedAccount();
    }
    sync::Backoff backoff(500ms, 5s);
    sync::SyncReport total;
    for (int attempt = 0;;) {
        const sync::SyncReport r = sync::SyncEngine(m_store, client).run();
        total.pushed += r.pushed;
        total.pulled += r.pulled;
        total.rejected += r.rejected;
        total.conflicts += r.conflicts;
        if (r.wiped)
            return failure(r.error, false);
        if (r.error.kind == Kind::Unauthorized && !loggedIn) {
            // The token was revoked or expired: log in once more, the outbox is untouched.
            session.forgetToken();
            loggedIn = true;
            if (const SyncError e = login(); e.isError())
                return failure(e, true);
            continue;
        }
        if (r.error.isRetryable() && attempt++ < m_retries) {
            const auto wait = backoff.next(std::chrono::milliseconds(r.error.retryAfterMs));
            if (wait <= longestWait) {
                QThread::msleep(quint64(wait.count()));
                continue;
            }
        }
        if (r.error.isError())
            return failure(r.error, false);
        // Something was written while the run went on: another round sends it.
        if (Outbox(m_store).sendableCount() > 0 && attempt++ < m_retries)
            continue;
        Outcome out;
        out.summary = {{u"pushed"_s, total.pushed}, {u"pulled"_s, total.pulled},
            {u"rejected"_s, total.rejected}, {u"conflicts"_s, total.conflicts},
            {u"pending"_s, r.pendingLeft}, {u"needs_attention"_s, r.needsAttention},
            {u"safe_to_leave"_s, r.safeToLeave}, {u"last_sync"_s, m_store.setting(u"last_sync"_s)},
            {u"account_changed"_s, replaced}};
        if (r.needsAttention > 0) {
            out.exitCode = CliApp::SyncIncomplete;
            out.message
                = u"sync incomplete: %1 changes need attention (rejected or in conflict)"_s.arg(
                    r.needsAttention);
        } else if (!r.safeToLeave) {
            out.exitCode = CliApp::SyncIncomplete;
            out.message
                = u"sync incomplete: %1 changes are not on the server yet"_s.arg(r.pendingLeft);
        }
        return out;
    }
}

} // namespace barntid
