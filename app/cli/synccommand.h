// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace barntid {

class Store;

/** `barntid-cli sync`: logs in when needed, runs the sync engine until everything is sent and
 *  received, and turns the outcome into one line and an exit code (docs/cli.md). */
class SyncCommand
{
public:
    struct Outcome
    {
        int exitCode = 0;
        QString message; ///< one line for stderr when exitCode != 0; never record content
        QJsonObject summary; ///< counts for stdout
    };
    /** Asked only when a login is needed; throws std::invalid_argument when there is none. */
    using PasswordSource = std::function<QString()>;

    SyncCommand(Store &store, PasswordSource password);
    void setRetries(int retries) { m_retries = retries; }
    Outcome run(const QUrl &server, const QString &username);

private:
    Store &m_store;
    PasswordSource m_password;
    int m_retries = 2;
};

} // namespace barntid
