// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionintake.h"

#include "connectionguard.h"

#include <QSslSocket>

#include <unistd.h>

namespace barntid::server {

ConnectionIntake::ConnectionIntake(const FrontLimits &limits, std::optional<QSslConfiguration> tls,
    std::shared_ptr<ConnectionCounts> counts, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tls(std::move(tls))
    , m_counts(std::move(counts))
{ }

ConnectionIntake::~ConnectionIntake()
{
    // The sockets are children and die after this object's members: unhook their signals first.
    for (QObject *socket : m_open + m_refusing)
        socket->disconnect(this);
    m_counts->open -= int(m_open.size());
    m_counts->refusing -= int(m_refusing.size());
}

void ConnectionIntake::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    const int max = m_limits.maxConnections;
    const bool busy = ++m_counts->open > max;
    if (busy) {
        --m_counts->open;
        // Even the polite refusals are capped: beyond that a connection is closed at once.
        if (++m_counts->refusing > max) {
            --m_counts->refusing;
            socket->abort();
            socket->deleteLater();
            return;
        }
    }
    (busy ? m_refusing : m_open).insert(socket);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { release(socket); });
    connect(socket, &QObject::destroyed, this, &ConnectionIntake::release);
    // Until Qt HttpServer is given the socket (it deletes its sockets itself), it is ours.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    // The guard's readyRead connection must come before Qt HttpServer's: create it first.
    new ConnectionGuard(socket, m_limits);
    if (m_tls)
        startTls(socket, busy);
    else if (busy)
        refuseBusy(socket);
    else
        handOver(socket);
}

void ConnectionIntake::handOver(QTcpSocket *socket)
{
    disconnect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
}

void ConnectionIntake::startTls(QTcpSocket *socket, bool busy)
{
    auto *ssl = static_cast<QSslSocket *>(socket);
    ssl->setSslConfiguration(*m_tls);
    connect(ssl, &QSslSocket::encrypted, this, [this, ssl, busy] {
        if (busy)
            refuseBusy(ssl);
        else
            handOver(ssl);
    });
    connect(ssl, &QAbstractSocket::errorOccurred, ssl, [ssl] {
        if (!ssl->isEncrypted())
            ssl->abort();
    });
    ssl->startServerEncryption();
}

void ConnectionIntake::refuseBusy(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
        guard->refuse(503, "busy",
            QStringLiteral("the server has too many connections; try again shortly"), "1");
}

void ConnectionIntake::release(QObject *socket)
{
    if (m_open.remove(socket))
        --m_counts->open;
    else if (m_refusing.remove(socket))
        --m_counts->refusing;
}

} // namespace barntid::server
