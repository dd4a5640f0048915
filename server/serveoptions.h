// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontlimits.h"
#include "httpapi.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>
#include <variant>

namespace barntid::server {

/** The options of `barntid-server serve`, checked: a wrong one is a one-line usage error. */
struct ServeOptions
{
    QString listen = QStringLiteral("127.0.0.1:8787");
    QHostAddress host;
    quint16 port = 0;
    QString tlsCertFile;
    QString tlsKeyFile;
    HttpApi::Options api;
    FrontLimits front;
    /** Serving threads, each with its own database connection. */
    int workers = 4;

    /** The options from the command line, or the message of the first wrong one. */
    static std::variant<ServeOptions, QString> parse(const QStringList &args);
    /** Reads the certificate and key (PEM, RSA or EC); nullopt and *error when unreadable. */
    std::optional<QSslConfiguration> loadTls(QString *error) const;
    bool tls() const { return !tlsCertFile.isEmpty(); }
};

} // namespace barntid::server
