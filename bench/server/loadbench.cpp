// SPDX-License-Identifier: GPL-3.0-or-later
// Load (issue 15): many tablets at once against 1, 2 and 4 server processes on one database.
// Each device signs in, then until the time is up thinks a while, pushes 1-5 visits and pulls
// what is new, as the sync engine does after a save. Every request is timed and every failure
// counted (a refused or reset connection included), never thrown: the figure is how the
// servers hold up. The baseline is one device doing the same alone on one process, in the same
// run; the scaling line compares requests per second with N processes to one. Before the clock
// starts, every tablet pulls its whole scope once (untimed), so that later phases, whose scopes
// hold what earlier phases pushed, are timed on the same steady work.
#include "benchdatabase.h"
#include "benchdevice.h"
#include "benchtiming.h"
#include "serverbench.h"
#include "serverprocess.h"
#include "visitmaker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace barntid::bench {

namespace {

/** What one phase measured. */
struct Load
{
    std::vector<double> logins, pushes, pulls;
    int errors = 0;
    int requests = 0;
    double seconds = 0;
    QStringList firstErrors; ///< a few, for the note

    void failed(const HttpReply &reply, const char *what)
    {
        ++errors;
        if (firstErrors.size() < 3)
            firstErrors << QStringLiteral("%1 %2 %3")
                               .arg(QLatin1StringView(what))
                               .arg(reply.status)
                               .arg(reply.error.left(60));
    }
};

/** One simulated tablet: think, push, pull, until the deadline. */
class Tablet
{
public:
    Tablet(const QUrl &server, QString username, QRandomGenerator &random)
        : m_device(server)
        , m_username(std::move(username))
        , m_random(random)
    { }

    void login(Load &load, std::function<void()> done)
    {
        m_device.loginAsync(m_username, [this, &load, done](const HttpReply &reply) {
            ++load.requests;
            if (reply.status == 200)
                load.logins.push_back(reply.ms);
            else
                load.failed(reply, "login");
            done();
        });
    }
    bool signedIn() const { return !m_device.userId().isEmpty(); }
    BenchDevice &device() { return m_device; }

    void run(const QString &caseId, VisitMaker &maker, Load &load, const QElapsedTimer &clock,
        qint64 untilMs, std::function<void()> done)
    {
        if (clock.elapsed() >= untilMs) {
            done();
            return;
        }
        const int thinkMs = 200 + int(m_random.bounded(800));
        QTimer::singleShot(thinkMs, [=, this, &maker, &load, &clock] {
            protocol::PushRequest request;
            const int n = 1 + int(m_random.bounded(5));
            for (int i = 0; i < n; ++i)
                request.mutations.append(
                    maker.newVisit(caseId, m_device.userId(), m_device.deviceId()));
            m_device.postAsync(QStringLiteral("/v1/sync/push"), request.toJson(),
                [=, this, &maker, &load, &clock](const HttpReply &pushed) {
                    ++load.requests;
                    if (pushed.status == 200)
                        load.pushes.push_back(pushed.ms);
                    else
                        load.failed(pushed, "push");
                    pull(caseId, maker, load, clock, untilMs, done);
                });
        });
    }

    /** Pulls until nothing is left, untimed: what a tablet does once after signing in, so that
     *  every phase times the same steady work however much earlier phases left in the scope. */
    void catchUp(Load &load, std::function<void()> done)
    {
        m_device.getAsync(QStringLiteral("/v1/sync/pull?since=%1&limit=1000").arg(m_cursor),
            [this, &load, done](const HttpReply &pulled) {
                // Not in the requests per second, which count the timed loop only.
                if (pulled.status != 200) {
                    load.failed(pulled, "catch-up pull");
                    done();
                    return;
                }
                const QJsonObject page = QJsonDocument::fromJson(pulled.body).object();
                m_cursor = page.value(QLatin1StringView("next")).toInteger(m_cursor);
                if (page.value(QLatin1StringView("has_more")).toBool())
                    catchUp(load, done);
                else
                    done();
            });
    }

private:
    void pull(const QString &caseId, VisitMaker &maker, Load &load, const QElapsedTimer &clock,
        qint64 untilMs, std::function<void()> done)
    {
        m_device.getAsync(QStringLiteral("/v1/sync/pull?since=%1&limit=500").arg(m_cursor),
            [=, this, &maker, &load, &clock](const HttpReply &pulled) {
                ++load.requests;
                if (pulled.status == 200) {
                    load.pulls.push_back(pulled.ms);
                    const QJsonObject page = QJsonDocument::fromJson(pulled.body).object();
                    m_cursor = page.value(QLatin1StringView("next")).toInteger(m_cursor);
                } else {
                    load.failed(pulled, "pull");
                }
                run(caseId, maker, load, clock, untilMs, done);
            });
    }

    BenchDevice m_device;
    QString m_username;
    QRandomGenerator &m_random;
    qint64 m_cursor = 0;
};

/** devices tablets spread over the servers, all at once: sign in, then run for seconds. */
Load runPhase(const QList<QUrl> &servers, int devices, int seconds, quint32 seed)
{
    QRandomGenerator random(seed);
    VisitMaker maker(seed);
    std::vector<std::unique_ptr<Tablet>> tablets;
    for (int d = 0; d < devices; ++d)
        tablets.push_back(std::make_unique<Tablet>(
            servers.at(d % servers.size()), demoWorkers().at(d % demoWorkers().size()), random));
    Load load;
    QEventLoop loop;
    int waiting = devices;
    for (auto &t : tablets)
        t->login(load, [&] {
            if (--waiting == 0)
                loop.quit();
        });
    if (waiting > 0)
        loop.exec();

    // One case per worker, pushed by that worker's first signed-in tablet (untimed).
    QHash<QString, QString> caseOf;
    for (auto &t : tablets) {
        if (!t->signedIn() || caseOf.contains(t->device().userId()))
            continue;
        const protocol::Mutation c = maker.newCase(t->device().userId(), t->device().deviceId());
        const HttpReply reply = t->device().post(
            QStringLiteral("/v1/sync/push"), protocol::PushRequest {{c}}.toJson());
        if (reply.status == 200)
            caseOf.insert(t->device().userId(), c.id);
    }

    for (auto &t : tablets) {
        if (t->signedIn())
            ++waiting;
    }
    for (auto &t : tablets) {
        if (t->signedIn())
            t->catchUp(load, [&] {
                if (--waiting == 0)
                    loop.quit();
            });
    }
    if (waiting > 0)
        loop.exec();

    QElapsedTimer clock;
    clock.start();
    for (auto &t : tablets) {
        if (t->signedIn() && caseOf.contains(t->device().userId()))
            ++waiting;
    }
    for (auto &t : tablets) {
        if (!t->signedIn() || !caseOf.contains(t->device().userId()))
            continue;
        t->run(caseOf.value(t->device().userId()), maker, load, clock, qint64(seconds) * 1000, [&] {
            if (--waiting == 0)
                loop.quit();
        });
    }
    if (waiting > 0)
        loop.exec();
    load.seconds = double(clock.elapsed()) / 1000.0;
    return load;
}

} // namespace

void benchLoad(const ServerBenchConfig &config, const ServerTarget &target,
    const QString &executable, const QString &tempDir)
{
    // The baseline: one tablet alone on one process, the same think-push-pull cycle.
    const Load alone = runPhase({target.server}, 1, config.loadSeconds, 7);
    double oneProcessRate = 0;
    for (const int processes : config.loadProcesses) {
        std::vector<std::unique_ptr<ServerProcess>> extra;
        QList<QUrl> servers {target.server};
        for (int p = 1; p < processes; ++p) {
            extra.push_back(std::make_unique<ServerProcess>(executable, target.database->url(),
                QDir(tempDir).filePath(
                    QStringLiteral("bench-load-%1-%2.log").arg(target.name).arg(p)),
                config.serveArgs));
            extra.back()->start();
            servers.append(extra.back()->url());
        }
        const Load load = runPhase(servers, config.loadDevices, config.loadSeconds, 11);
        const double rate = double(load.requests) / load.seconds;
        if (processes == 1)
            oneProcessRate = rate;
        const QString what = QStringLiteral("load %1 devices, %2 process%3 (%4)")
                                 .arg(config.loadDevices)
                                 .arg(processes)
                                 .arg(processes == 1 ? QString() : QStringLiteral("es"))
                                 .arg(target.name);
        const QString note = QStringLiteral("; push p50 %1 ms, pull p50 %2 p99 %3 ms, login p99 %4 "
                                            "ms, %5 requests/s, %6 errors%7")
                                 .arg(percentile(load.pushes, 0.5), 0, 'f', 0)
                                 .arg(percentile(load.pulls, 0.5), 0, 'f', 0)
                                 .arg(percentile(load.pulls, 0.99), 0, 'f', 0)
                                 .arg(percentile(load.logins, 0.99), 0, 'f', 0)
                                 .arg(rate, 0, 'f', 0)
                                 .arg(load.errors)
                                 .arg(load.firstErrors.isEmpty() ? QString()
                                                                 : QStringLiteral(" (")
                                             + load.firstErrors.join(u", ") + u')');
        printRatio(qPrintable(what + QStringLiteral(" push p99")), percentile(load.pushes, 0.99),
            percentile(alone.pushes, 0.99), "ms", "p99", "one device alone p99", qPrintable(note));
        if (processes > 1 && oneProcessRate > 0)
            printRatio(qPrintable(what + QStringLiteral(" scaling")), rate, oneProcessRate,
                "requests/s", "this", "one process");
        for (auto &server : extra)
            server->stop();
    }
}

} // namespace barntid::bench
