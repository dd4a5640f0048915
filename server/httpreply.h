// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace barntid::server {

/** One HTTP answer before it is written: the JSON API's, a CSV download or a web page. */
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    /** Further headers (Retry-After, Set-Cookie, Content-Disposition, Location …). */
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace barntid::server
