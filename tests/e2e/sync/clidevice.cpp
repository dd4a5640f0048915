// SPDX-License-Identifier: GPL-3.0-or-later
#include "clidevice.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

namespace e2esync {

using namespace Qt::StringLiterals;

namespace {

constexpr int hangLimitMs = 120'000;

} // namespace

QJsonValue CliRun::json() const
{
    const QJsonDocument d = QJsonDocument::fromJson(out);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000)
        + "\nstderr: " + err.left(2000);
}

CliDevice::CliDevice(const QString &dataDir, const QString &username)
    : m_dataDir(dataDir)
    , m_username(username)
{ }

QProcess *CliDevice::launch(const QString &program, const QStringList &args) const
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BARNTID_PIN"_s, u"482915"_s);
    env.insert(u"BARNTID_PASSWORD"_s, u"barntid-demo"_s);
    p->setProcessEnvironment(env);
    p->start(program, QStringList {u"--data"_s, m_dataDir} + args);
    return p;
}

QProcess *CliDevice::start(const QStringList &args) const
{
    QProcess *p = launch(QStringLiteral(BARNTID_CLI_PATH), args);
    p->closeWriteChannel();
    return p;
}

QProcess *CliDevice::startWrites(const QList<QJsonObject> &commands) const
{
    QProcess *p = launch(QStringLiteral(BARNTID_WRITER_PATH), {});
    QByteArray input;
    for (const QJsonObject &c : commands)
        input += QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n';
    p->write(input);
    p->closeWriteChannel();
    return p;
}

QProcess *CliDevice::startSync(const QUrl &server) const
{
    return start({u"--json"_s, u"sync"_s, u"--server"_s, server.toString(), u"--username"_s,
        m_username, u"--retries"_s, u"1"_s});
}

QList<CliRun> CliDevice::finish(const QList<QProcess *> &processes)
{
    const QDeadlineTimer deadline(hangLimitMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(20);
    const auto running = [&] {
        for (QProcess *p : processes) {
            if (p->state() != QProcess::NotRunning)
                return true;
        }
        return false;
    };
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (!running() || deadline.hasExpired())
            loop.quit();
    });
    tick.start();
    if (running())
        loop.exec();
    QList<CliRun> runs;
    for (QProcess *p : processes) {
        CliRun run;
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished();
            run.err = "hung, killed\n";
        }
        run.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        run.out = p->readAllStandardOutput();
        run.err += p->readAllStandardError();
        runs << run;
        delete p;
    }
    return runs;
}

CliRun CliDevice::finish(QProcess *process)
{
    return finish(QList<QProcess *> {process}).first();
}

CliRun CliDevice::run(const QStringList &args) const
{
    return finish(start(args));
}

CliRun CliDevice::sync(const QUrl &server) const
{
    return finish(startSync(server));
}

QStringList CliDevice::write(const QList<QJsonObject> &commands, QString *error) const
{
    const CliRun r = finish(startWrites(commands));
    const QStringList ids = writtenIds(r);
    if (r.exitCode != 0 || ids.size() != commands.size()) {
        if (error)
            *error = QString::fromUtf8(r.describe());
        return {};
    }
    return ids;
}

QStringList CliDevice::ids(const QJsonArray &records)
{
    QStringList out;
    for (const QJsonValue &r : records)
        out << r[QLatin1StringView("id")].toString();
    out.sort();
    return out;
}

QStringList CliDevice::writtenIds(const CliRun &run)
{
    QStringList ids;
    for (const QByteArray &line : run.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            ids << QJsonDocument::fromJson(line).object().value(u"id").toString();
    }
    return ids;
}

QJsonObject CliDevice::status() const
{
    return run({u"--json"_s, u"status"_s}).json().toObject();
}

QJsonArray CliDevice::visits() const
{
    return run({u"--json"_s, u"visit"_s, u"list"_s}).json().toArray();
}

QJsonArray CliDevice::cases() const
{
    return run({u"--json"_s, u"case"_s, u"list"_s}).json().toArray();
}

namespace writes {

QJsonObject addCase(const QString &number, const QString &childName)
{
    return {{u"cmd"_s, u"case"_s}, {u"number"_s, number}, {u"child_name"_s, childName}};
}

QJsonObject addVisit(const QString &caseId, const QString &note)
{
    return {{u"cmd"_s, u"visit"_s}, {u"case"_s, caseId}, {u"kind"_s, u"home"_s}, {u"note"_s, note}};
}

QJsonObject addVisitToLine(int caseLine, const QString &note)
{
    return {{u"cmd"_s, u"visit"_s}, {u"case_ref"_s, caseLine}, {u"kind"_s, u"home"_s},
        {u"note"_s, note}};
}

QJsonObject edit(const QString &visitId, const QString &note)
{
    return {{u"cmd"_s, u"edit"_s}, {u"id"_s, visitId}, {u"note"_s, note}};
}

QJsonObject sign(const QString &visitId)
{
    return {{u"cmd"_s, u"sign"_s}, {u"id"_s, visitId}};
}

} // namespace writes

} // namespace e2esync
