// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openinghours.h"

#include <QString>

#include <variant>

namespace barntid::server {

/** Where confirmation mails go out (issue 13). No host: no mail is sent. The password lives in
 *  its own file (readable by the service only), never in the configuration itself. */
struct SmtpSettings
{
    enum class Security { None, StartTls, Tls };

    QString host;
    quint16 port = 25;
    Security security = Security::StartTls;
    QString from; ///< e.g. "Familjehemsenheten <familjehem@kommun.se>"
    QString username;
    QString passwordFile;
    /** Wait before the first retry of a mail that did not go out; doubles per try (capped). */
    int retrySeconds = 60;

    bool enabled() const { return !host.isEmpty(); }
};

/** The unit's settings, read once from `serve --config FILE` (JSON, docs/operations.md); every
 *  key is optional and falls back to the default written here. */
struct ServerConfig
{
    OpeningHours openingHours;
    /** A family cancels up to this many hours before the meeting; later, they call. */
    int cancelCutoffHours = 24;
    /** Shown on the booking page under the sign-in form. */
    QString passwordHelp = QStringLiteral(
        "Har du glömt lösenordet? Ring din familjehemssekreterare, eller kommunens kontaktcenter, "
        "så får du ett nytt.");
    /** The unit the families meet, as the booking page and the mails name it. */
    QString unitName = QStringLiteral("Familjehemsenheten");
    SmtpSettings smtp;

    static std::variant<ServerConfig, QString> fromJson(const QByteArray &json);
    static std::variant<ServerConfig, QString> load(const QString &path);
};

} // namespace barntid::server
