// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include "proxyconnection.h"

#include <QTcpSocket>

namespace e2esync {

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Drop:
        return QStringLiteral("drop");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::Cut:
        return QStringLiteral("cut");
    case Fault::Duplicate:
        return QStringLiteral("duplicate");
    case Fault::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultProxy::setRandom(quint32 seed, int percent)
{
    m_random.seed(seed);
    m_percent = percent;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        new ProxyConnection(*this, client);
}

Fault FaultProxy::decide(const QByteArray &method, const QString &path)
{
    ++m_requests;
    const bool push = path.startsWith(QLatin1StringView("/v1/sync/push"));
    Fault fault = Fault::None;
    if (!m_plan.isEmpty())
        fault = m_plan.dequeue();
    else if (push && !m_pushPlan.isEmpty())
        fault = m_pushPlan.dequeue();
    else if (m_percent > 0 && draw(100) < m_percent)
        fault = Fault(1 + draw(push ? 5 : 4));
    if (fault == Fault::Restart && (!push || !m_restarter || m_restarting))
        fault = Fault::Cut;
    ++m_counts[fault];
    if (fault != Fault::None)
        note(QStringLiteral("#%1 %2 %3: %4")
                 .arg(m_requests)
                 .arg(QString::fromLatin1(method), path, faultName(fault)));
    return fault;
}

bool FaultProxy::park(ProxyConnection *connection, const QString &path, const QByteArray &request)
{
    if (m_holdPrefix.isEmpty() || !path.startsWith(m_holdPrefix))
        return false;
    m_held.append({QPointer<ProxyConnection>(connection), request});
    note(QStringLiteral("held %1").arg(path));
    emit requestHeld();
    return true;
}

void FaultProxy::release()
{
    m_holdPrefix.clear();
    const auto held = std::exchange(m_held, {});
    for (const auto &[connection, request] : held) {
        if (connection)
            connection->proceed(request);
    }
}

void FaultProxy::restartServer(bool answered)
{
    if (m_restarting || !m_restarter)
        return;
    m_restarting = true;
    m_restartsInFlight += answered ? 0 : 1;
    note(QStringLiteral("server killed %1 its answer; restarting")
             .arg(answered ? QStringLiteral("after") : QStringLiteral("before")));
    m_upstream = m_restarter();
    m_restarting = false;
}

QString FaultProxy::summary() const
{
    QStringList parts;
    for (const Fault f :
        {Fault::None, Fault::Drop, Fault::Delay, Fault::Cut, Fault::Duplicate, Fault::Restart})
        parts << QStringLiteral("%1 %2").arg(faultName(f)).arg(m_counts.value(f));
    return QStringLiteral("%1 requests: %2 (restarts before the answer: %3)")
        .arg(m_requests)
        .arg(parts.join(QStringLiteral(", ")))
        .arg(m_restartsInFlight);
}

} // namespace e2esync
