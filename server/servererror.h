// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace barntid::server {

/** A refusal that becomes the error envelope of DESIGN.md §6; the message never names a person
 *  or quotes record content, because it reaches logs and other users. */
struct ServerError
{
    ServerError(int status_, QString code_, QString message_, QByteArray retryAfter_ = {})
        : status(status_)
        , code(std::move(code_))
        , message(std::move(message_))
        , retryAfter(std::move(retryAfter_))
    { }

    int status = 500;
    QString code;
    QString message;
    QByteArray retryAfter; ///< seconds, for 429
};

} // namespace barntid::server
