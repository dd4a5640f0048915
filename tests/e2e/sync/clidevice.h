// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace e2esync {

/** One finished barntid-cli (or barntid-e2e-writer) run. */
struct CliRun
{
    int exitCode = -1; ///< -1: crashed or hung
    QByteArray out;
    QByteArray err;

    QJsonValue json() const;
    QByteArray describe() const;
};

/** A device: a data folder driven by separate barntid-cli processes, signed in as one account.
 *  Runs are started asynchronously and waited for in an event loop, so a FaultProxy in this
 *  process keeps serving while they talk to it. */
class CliDevice
{
public:
    CliDevice(const QString &dataDir, const QString &username);

    QString name() const { return m_username; }
    /** Starts barntid-cli --data DIR args…; the caller owns the process. */
    QProcess *start(const QStringList &args) const;
    /** Starts barntid-e2e-writer with the commands as JSON lines on stdin. */
    QProcess *startWrites(const QList<QJsonObject> &commands) const;
    /** Starts `sync --json --server URL --username U`. */
    QProcess *startSync(const QUrl &server) const;

    CliRun run(const QStringList &args) const;
    CliRun sync(const QUrl &server) const;
    /** The ids the writer made, one per command; empty with *error set on a failure. */
    QStringList write(const QList<QJsonObject> &commands, QString *error = nullptr) const;
    QJsonObject status() const;
    QJsonArray visits() const;
    QJsonArray cases() const;

    /** Waits for every process (event loop, deadline 120 s each), collects and deletes them. */
    static QList<CliRun> finish(const QList<QProcess *> &processes);
    static CliRun finish(QProcess *process);
    /** The ids of records as `case list`/`visit list --json` print them, sorted. */
    static QStringList ids(const QJsonArray &records);
    /** The ids a barntid-e2e-writer run printed, one per command it carried out. */
    static QStringList writtenIds(const CliRun &run);

private:
    QProcess *launch(const QString &program, const QStringList &args) const;

    QString m_dataDir;
    QString m_username;
};

/** The commands of barntid-e2e-writer. */
namespace writes {
QJsonObject addCase(const QString &number, const QString &childName);
QJsonObject addVisit(const QString &caseId, const QString &note);
QJsonObject addVisitToLine(int caseLine, const QString &note);
QJsonObject edit(const QString &visitId, const QString &note);
QJsonObject sign(const QString &visitId);
} // namespace writes

} // namespace e2esync
