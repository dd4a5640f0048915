// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QRandomGenerator>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace e2esync {

class ProxyConnection;

/** What the proxy does to one HTTP request. */
enum class Fault { None, Drop, Delay, Cut, Duplicate, Restart };
QString faultName(Fault fault);

/** A loopback HTTP proxy in front of barntid-server that breaks requests on purpose (DESIGN.md
 *  §8), so devices in other processes meet a bad network: per request it forwards, drops the
 *  connection before forwarding, delays, cuts the answer in the middle, sends the request to the
 *  server twice (relaying one answer), or has the server killed and restarted while a push is in
 *  flight. Faults come from a plan, then from a seeded random schedule. Runs in the caller's
 *  event loop: wait for the devices with a QEventLoop, never a blocking wait. */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    QUrl url() const;
    QUrl upstream() const { return m_upstream; }
    void setUpstream(const QUrl &upstream) { m_upstream = upstream; }

    /** The next requests get these faults, in order (a Restart only lands on a push). */
    void plan(const QList<Fault> &faults) { m_plan.append(faults); }
    /** The next pushes get these faults, in order, before the random schedule. */
    void planPushes(const QList<Fault> &faults) { m_pushPlan.append(faults); }
    /** Every other request draws a fault with this percentage, the kinds evenly (restarts only
     *  for pushes), from a generator with this seed. 0 turns the random schedule off. */
    void setRandom(quint32 seed, int percent);
    /** Kills the server (SIGKILL) and starts it on the same database; returns its URL. */
    void setRestarter(std::function<QUrl()> restarter) { m_restarter = std::move(restarter); }

    /** Requests whose path starts with the prefix wait until release(). */
    void hold(const QString &pathPrefix) { m_holdPrefix = pathPrefix; }
    void release();
    int heldCount() const { return int(m_held.size()); }

    int count(Fault fault) const { return m_counts.value(fault); }
    int requests() const { return m_requests; }
    int restartsInFlight() const { return m_restartsInFlight; }
    /** "requests N: drop a, delay b, …" */
    QString summary() const;
    QStringList log() const { return m_log; }

    // Used by ProxyConnection.
    Fault decide(const QByteArray &method, const QString &path);
    bool park(ProxyConnection *connection, const QString &path, const QByteArray &request);
    int draw(int bound) { return int(m_random.bounded(quint32(bound))); }
    /** Kills and restarts the server now (from the event loop); answered: the push had its
     *  answer already. */
    void restartServer(bool answered);
    void note(const QString &line) { m_log << line; }

signals:
    void requestHeld();

private:
    void accept();

    QTcpServer m_server;
    QUrl m_upstream;
    QQueue<Fault> m_plan;
    QQueue<Fault> m_pushPlan;
    QRandomGenerator m_random;
    int m_percent = 0;
    std::function<QUrl()> m_restarter;
    bool m_restarting = false;
    QString m_holdPrefix;
    QList<QPair<QPointer<ProxyConnection>, QByteArray>> m_held;
    QMap<Fault, int> m_counts;
    int m_requests = 0;
    int m_restartsInFlight = 0;
    QStringList m_log;
};

} // namespace e2esync
