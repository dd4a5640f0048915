// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QIODevice;

namespace barntid {

class Clock;
class Store;
class StoreError;

/** barntid-cli: the app's core without a screen, for tests, benchmarks and IT support
 *  (commands and exit codes in DESIGN.md §7 and docs/cli.md). */
class CliApp
{
public:
    enum Exit {
        Ok = 0,
        Failure = 1,
        Usage = 2,
        WrongPin = 3,
        LockedOut = 4,
        Damaged = 5,
        Unreachable = 6,
        SyncIncomplete = 7,
        NotSetUp = 8,
        LoginRefused = 9,
        DeviceWiped = 10,
    };

    CliApp(QTextStream &out, QTextStream &err, QIODevice &in, const Clock &clock);
    ~CliApp();
    /** args excludes the program name. */
    int run(const QStringList &args);

private:
    int dispatch(const QStringList &words, const QStringList &rest);
    int init();
    int unlockCheck();
    int changePin();
    int caseCommand(const QString &sub, const QStringList &rest);
    int visitCommand(const QString &sub, const QStringList &rest);
    int surveyCommand(const QString &sub, const QStringList &rest);
    int status();
    int syncCommand(const QStringList &rest);
    void openStore();
    QString pin(int line);
    QString stdinLine(int line);
    int error(int code, const QString &message);
    int fail(const StoreError &e);
    int usage(const QString &message);
    void printJson(const QJsonValue &value);

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_in;
    const Clock &m_clock;
    QString m_dataDir;
    bool m_json = false;
    bool m_pinStdin = false;
    QStringList m_stdinLines;
    std::unique_ptr<Store> m_store;
};

} // namespace barntid
