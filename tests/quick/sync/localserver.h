// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

/** A real barntid-server for the app's sync UI (the sync flow test, the screenshots): the demo
 *  municipality seeded into an SQLite file in `dir`, served on a free loopback port, killed on
 *  destruction. The app only talks HTTP to it, so no Qt SQL driver enters the process. */
class LocalServer
{
public:
    explicit LocalServer(QString program);
    ~LocalServer();
    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    /** Seeds, serves and waits until /v1/health answers 200; false with error() if not. */
    bool start(const QString &dir);
    void stop();
    /** Serves again on the same port and database after stop(). */
    bool restart();
    /** Revokes every device of the account (`device list`, `device revoke`): its token is
     *  refused from then on, as when an administrator or an expiry ends the session. */
    bool revokeDevices(const QString &username);
    /** Marks every device of the account wiped (`device wipe`): its next request gets 410. */
    bool wipeDevices(const QString &username);
    /** Hands a case to another worker (`case assign`), as a supervisor does. */
    bool assignCase(const QString &caseId, const QString &worker);
    QUrl url() const { return m_url; }
    QString error() const { return m_error; }

private:
    bool serve();
    bool healthy();
    /** `device <action>` for every device of the account. */
    bool onDevices(const QString &username, const QString &action);
    /** barntid-server args… --database <this server's database>; stdout, or null on failure. */
    QByteArray run(const QStringList &args);

    QString m_program;
    QProcess m_process;
    QString m_database;
    QString m_log;
    QUrl m_url;
    QString m_error;
};
