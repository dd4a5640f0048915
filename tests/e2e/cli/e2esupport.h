// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Running barntid-cli and crashwriter as real processes, and looking at the files they leave.
namespace e2e {

/** One finished run of an executable. */
struct Run
{
    bool finished = false; ///< false: it did not exit within the safety limit and was killed
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /** Exited by itself (no signal, no hang); a crash or a hang is never an acceptable answer. */
    bool exitedNormally() const { return finished && exitStatus == QProcess::NormalExit; }
    /** stderr is exactly one non-empty line. */
    bool oneErrorLine() const;
    /** For failure messages: exit code and both streams. */
    QByteArray describe() const;
};

QString cliPath();
QString crashWriterPath();

/** barntid-cli --data dataDir args…, PIN in BARNTID_PIN (unset when pin is empty). */
Run runCli(const QString &dataDir, const QStringList &args, const QString &pin,
    const QProcessEnvironment &extraEnv = {});
/** Any program with stdin fed from input; waits for its exit. */
Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

/** A running crashwriter (see crashwriter.cpp) and the lines it printed so far. */
class CrashWriter
{
public:
    CrashWriter(const QString &dataDir, const QString &caseId, const QString &pin,
        const QStringList &extraArgs);
    ~CrashWriter();
    CrashWriter(const CrashWriter &) = delete;
    CrashWriter &operator=(const CrashWriter &) = delete;

    QProcess &process() { return m_process; }
    bool started();
    /** Reads lines until `count` lines equal to `what` were seen ("ack" matches "ack <id>");
     *  false if the writer ended first. */
    bool waitFor(const QByteArray &what, int count);
    /** SIGKILL now; true once it has died of it. */
    bool kill();
    /** Waits for it to end by itself; true if that was by a signal (--die-at-io). */
    bool waitForDeathBySignal();
    int seen(const QByteArray &what) const;
    QStringList ackedIds() const;
    QByteArray err() const { return m_err; }
    /** Last lines of stdout and all of stderr, for failure messages. */
    QByteArray describe();

private:
    void drain();

    QProcess m_process;
    QList<QByteArray> m_lines;
    QByteArray m_err;
};

/** The seed for this run: BARNTID_TEST_SEED if set, else a fresh one; printed either way. */
quint32 testSeed();
/** Letters and digits, length n. */
QString randomText(QRandomGenerator &rng, int n);

bool copyDir(const QString &from, const QString &to);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
/** Inverts every bit of the byte at offset; false if the file is shorter. */
bool flipByte(const QString &path, qint64 offset);
/** text appears in bytes as UTF-8 or as UTF-16LE. */
bool containsText(const QByteArray &bytes, const QString &text);

} // namespace e2e
