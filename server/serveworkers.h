// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontlimits.h"
#include "httpapi.h"

#include <QSslConfiguration>

#include <memory>
#include <optional>
#include <vector>

namespace barntid::server {

class HttpFront;

/** The serving threads of `serve`. Each opens a connection of its own to the database and runs
 *  an HttpApi on the connections it accepts from the front, so a slow request (a login's
 *  Argon2id, a first pull) holds up only its own thread's connections. What threads share is what
 * processes share, the database (and on SQLite the GroupCommit): nothing else in memory. */
class ServeWorkers
{
public:
    ServeWorkers(QString databaseUrl, HttpApi::Options api, FrontLimits limits,
        std::optional<QSslConfiguration> tls);
    ~ServeWorkers();
    ServeWorkers(const ServeWorkers &) = delete;
    ServeWorkers &operator=(const ServeWorkers &) = delete;

    /** Starts count threads, each accepting on the open front; the message of the first that
     *  cannot open the database, or empty. */
    QString start(int count, HttpFront &front);

private:
    struct Worker;

    QString m_url;
    HttpApi::Options m_api;
    FrontLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace barntid::server
