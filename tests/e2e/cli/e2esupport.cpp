// SPDX-License-Identifier: GPL-3.0-or-later
#include "e2esupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/types.h>

namespace e2e {

namespace {

// Only a hang guard: a correct run takes a second or two.
constexpr int hangLimitMs = 120'000;

} // namespace

bool Run::oneErrorLine() const
{
    const QByteArray line = err.trimmed();
    return !line.isEmpty() && !line.contains('\n') && err.count('\n') <= 1;
}

QByteArray Run::describe() const
{
    return QByteArray("finished=") + (finished ? "yes" : "no (hung, killed)")
        + " status=" + (exitStatus == QProcess::NormalExit ? "normal" : "crash")
        + " code=" + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000)
        + "\nstderr: " + err.left(2000);
}

QString cliPath()
{
    return QStringLiteral(BARNTID_CLI_PATH);
}

QString crashWriterPath()
{
    return QStringLiteral(BARNTID_CRASHWRITER_PATH);
}

Run runProgram(const QString &program, const QStringList &args, const QByteArray &input,
    const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run run;
    if (!p.waitForStarted(hangLimitMs)) {
        run.err = p.errorString().toUtf8();
        return run;
    }
    p.write(input);
    p.closeWriteChannel();
    run.finished = p.waitForFinished(hangLimitMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(hangLimitMs);
    }
    run.exitStatus = p.exitStatus();
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

Run runCli(const QString &dataDir, const QStringList &args, const QString &pin,
    const QProcessEnvironment &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BARNTID_PIN"));
    env.remove(QStringLiteral("BARNTID_NEW_PIN"));
    if (!pin.isEmpty())
        env.insert(QStringLiteral("BARNTID_PIN"), pin);
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    return runProgram(cliPath(), QStringList {QStringLiteral("--data"), dataDir} + args, {}, env);
}

CrashWriter::CrashWriter(
    const QString &dataDir, const QString &caseId, const QString &pin, const QStringList &extraArgs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BARNTID_PIN"), pin);
    m_process.setProcessEnvironment(env);
    m_process.start(crashWriterPath(),
        QStringList {QStringLiteral("--data"), dataDir, QStringLiteral("--case"), caseId}
            + extraArgs);
}

CrashWriter::~CrashWriter()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(hangLimitMs);
    }
}

bool CrashWriter::started()
{
    return m_process.waitForStarted(hangLimitMs);
}

bool CrashWriter::waitFor(const QByteArray &what, int count)
{
    while (seen(what) < count) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(hangLimitMs))
            return false;
        while (m_process.canReadLine())
            m_lines << m_process.readLine().trimmed();
    }
    return true;
}

bool CrashWriter::kill()
{
    if (::kill(pid_t(m_process.processId()), SIGKILL) != 0)
        return false;
    return waitForDeathBySignal();
}

bool CrashWriter::waitForDeathBySignal()
{
    const bool finished = m_process.waitForFinished(hangLimitMs);
    drain();
    return finished && m_process.exitStatus() == QProcess::CrashExit;
}

void CrashWriter::drain()
{
    const QList<QByteArray> rest = m_process.readAllStandardOutput().split('\n');
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) // the last piece has no newline
        m_lines << rest[i].trimmed();
    m_err += m_process.readAllStandardError();
}

int CrashWriter::seen(const QByteArray &what) const
{
    int n = 0;
    for (const QByteArray &line : m_lines)
        n += line == what || (what == "ack" && line.startsWith("ack "));
    return n;
}

QStringList CrashWriter::ackedIds() const
{
    QStringList ids;
    for (const QByteArray &line : m_lines) {
        if (line.startsWith("ack "))
            ids << QString::fromLatin1(line.mid(4));
    }
    return ids;
}

QByteArray CrashWriter::describe()
{
    m_err += m_process.readAllStandardError();
    return "crashwriter stdout ends: " + m_lines.mid(qMax(0, int(m_lines.size()) - 3)).join(' ')
        + "\nstderr: " + m_err;
}

quint32 testSeed()
{
    bool ok = false;
    quint32 seed = qEnvironmentVariable("BARNTID_TEST_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::global()->generate();
    qInfo("seed %u (set BARNTID_TEST_SEED=%u to repeat this run)", seed, seed);
    return seed;
}

QString randomText(QRandomGenerator &rng, int n)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString s(n, Qt::Uninitialized);
    for (QChar &c : s)
        c = QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
    return s;
}

bool copyDir(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QFileInfoList entries = QDir(from).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        QFile::remove(target);
        if (!QFile::copy(entry.filePath(), target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || offset < 0 || offset >= f.size() || !f.seek(offset))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(char(~c));
}

bool containsText(const QByteArray &bytes, const QString &text)
{
    QByteArray utf16;
    for (const QChar c : text) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16);
}

} // namespace e2e
