// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace barntid::server {

/** What one connection may cost the server before HttpFront refuses or closes it. */
struct FrontLimits
{
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 maxHeaderBytes = 32 * 1024;
    int maxConnections = 256;
    /** The whole request head, and every gap inside a body, must arrive within this. */
    int readTimeoutMs = 30'000;
    /** A kept-alive connection with no request in flight is closed after this. */
    int idleTimeoutMs = 60'000;
    /** After a refusal, how long incoming bytes are read and dropped before the socket closes
     *  (closing on unread bytes would reset the connection and could lose the answer). */
    int lingerMs = 2'000;
};

} // namespace barntid::server
