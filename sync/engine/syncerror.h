// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace barntid::sync {

/** What went wrong with one request, typed so the engine and the UI can decide what to do next
 *  (retry later, ask for the password again, wipe, …) without reading messages. */
struct SyncError
{
    enum class Kind {
        None,
        Unreachable, ///< the request certainly did not reach the server (refused, no such host)
        Interrupted, ///< the connection failed after sending: the server may have applied it
        Timeout, ///< no answer in time; may have been applied too
        ServerError, ///< 5xx
        Unauthorized, ///< 401 on a session request: log in again, pending work is kept
        InvalidCredentials, ///< 401 invalid_credentials at login
        Forbidden, ///< 403 for the whole request
        NotFound, ///< 404 not_found: no such record in the caller's scope (one-record read)
        RateLimited, ///< 429: retryAfterMs
        DeviceWiped, ///< 410 device_wiped
        ResetRequired, ///< 409 reset_required: the cursor is past the tombstone horizon
        BadRequest, ///< 400 with the error envelope; index names the mutation when known
        TooLarge, ///< 413
        Protocol, ///< an answer this client cannot read
        AccountMismatch, ///< login as another user while the previous one's work waits
        DeviceTaken, ///< 409 device_taken at login: this device id is another account's
        DeviceRevoked, ///< 403 device_revoked at login: only the administrator lifts it
        LocalStore, ///< the local store failed (disk full, I/O); nothing half-applied
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; ///< the envelope's error.code, or a client-side code such as "timeout"
    QString message; ///< English, for logs; never carries record content
    int index = -1;
    QString field;
    qint64 retryAfterMs = 0;

    static SyncError of(Kind kind, const QString &code, const QString &message, int status = 0)
    {
        SyncError e;
        e.kind = kind;
        e.code = code;
        e.message = message;
        e.httpStatus = status;
        return e;
    }
    bool isError() const { return kind != Kind::None; }
    /** Worth trying again later with backoff. */
    bool isRetryable() const;
    /** The server may have received and applied the request before the failure. */
    bool mayHaveArrived() const;
    /** "code: message" for outbox rows and one-line output. */
    QString describe() const;
};

} // namespace barntid::sync

Q_DECLARE_METATYPE(barntid::sync::SyncError)
