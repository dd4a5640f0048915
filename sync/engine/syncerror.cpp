// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncerror.h"

namespace barntid::sync {

bool SyncError::isRetryable() const
{
    switch (kind) {
    case Kind::Unreachable:
    case Kind::Interrupted:
    case Kind::Timeout:
    case Kind::ServerError:
    case Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

bool SyncError::mayHaveArrived() const
{
    // A 5xx can come after the commit (a crash while answering); every 4xx refuses the whole
    // request before anything is applied.
    return kind == Kind::Interrupted || kind == Kind::Timeout || kind == Kind::ServerError;
}

QString SyncError::describe() const
{
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : code + QStringLiteral(": ") + message;
}

} // namespace barntid::sync
