// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
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
    /** Serves again on the same port and database after stop() (or serveAside()). */
    bool restart();
    /** After stop(): serves the same database on another free port the app does not know, so
     *  another device's changes (the helpers below) reach the server while the app cannot, and
     *  the app learns of them only after it has acted. restart() ends it. */
    bool serveAside();
    /** Revokes every device of the account (`device list`, `device revoke`): its token is
     *  refused, and the password does not bring the device back until liftDevices(). */
    bool revokeDevices(const QString &username);
    bool liftDevices(const QString &username);
    /** Ends every session of the account (`user passwd` with the same password), as an expiry
     *  or a password reset does: the device signs in again with the password. */
    bool endSessions(const QString &username);
    /** Marks every device of the account wiped (`device wipe`): its next request gets 410. */
    bool wipeDevices(const QString &username);
    /** Hands a case to another worker (`case assign`), as a supervisor does. */
    bool assignCase(const QString &caseId, const QString &worker);
    /** Another device of the account (a fresh login) changes these fields of a record on top of
     *  the server's version (GET /v1/records, then a push): a real conflict for a device that
     *  changed the same record. Returns the new server version, or -1 with error(). */
    qint64 editElsewhere(const QString &username, const QString &entity, const QString &id,
        const QJsonObject &fields);
    /** Another device of the account creates a record (a review, an amendment): the push's
     *  result ({"status","version","error"}), or empty with error() when no answer came. */
    QJsonObject createElsewhere(
        const QString &username, const QString &entity, const QJsonObject &data);
    /** Another device of the account deletes a record (a push with op "delete" on top of the
     *  server's version), as a worker withdraws a slot: the push's result, as createElsewhere. */
    QJsonObject deleteElsewhere(const QString &username, const QString &entity, const QString &id);
    /** `barntid-server export --to dir` (the nightly journal export) on this server's database,
     *  beside the running server: its summary line, or empty with error(). */
    QString exportJournal(const QString &to, const QStringList &options = {});
    /** `barntid-server question-set import --file file` on this server's database, beside the
     *  running server, as an admin does: its output, or empty with error(). */
    QString importQuestionSets(const QString &file);
    /** The account's user id (from a fresh login), or empty. */
    QString userId(const QString &username);
    /** The record as the account reads it on the server ({"version","data"}), or empty. */
    QJsonObject record(const QString &username, const QString &entity, const QString &id);
    QUrl url() const { return m_url; }
    /** The server's own log (stdout and stderr) so far. */
    QByteArray log() const;
    QString error() const { return m_error; }

private:
    /** Serves on url's port; the helpers' requests go there. */
    bool serve(const QUrl &url);
    bool healthy();
    /** `device <action>` for every device of the account. */
    bool onDevices(const QString &username, const QString &action);
    /** barntid-server args… --database <this server's database>; stdout, or null on failure. */
    QByteArray run(const QStringList &args, const QByteArray &input = {});
    /** A fresh device's login answer ({"token","user"}), or empty with error(). */
    QJsonObject login(const QString &username);
    /** A token of a fresh device of the account, or empty. */
    QString signIn(const QString &username);
    /** Pushes one mutation (a fresh mutation id is added) and returns its result. */
    QJsonObject pushOne(
        const QString &token, QJsonObject mutation, int &status, QJsonObject *pushed = nullptr);
    /** One JSON request; status 0 when no answer came. */
    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body,
        const QString &token, int &status);

    QString m_program;
    QProcess m_process;
    QString m_database;
    QString m_log;
    QUrl m_url; // the app's
    QUrl m_callUrl; // the helpers': m_url, or the aside port while serveAside() runs
    QString m_error;
};
