// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfront.h"

#include "connectionguard.h"

#include <QSslSocket>

namespace barntid::server {

HttpFront::HttpFront(
    const FrontLimits &limits, std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tls(std::move(tls))
{ }

HttpFront::~HttpFront()
{
    // The sockets are children and die after this object's members: unhook their signals first.
    for (QObject *socket : m_open + m_refusing)
        socket->disconnect(this);
}

void HttpFront::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const bool busy = m_open.size() >= m_limits.maxConnections;
    // Even the polite refusals are capped: beyond that a connection is closed at once.
    if (busy && m_refusing.size() >= m_limits.maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    (busy ? m_refusing : m_open).insert(socket);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { release(socket); });
    connect(socket, &QObject::destroyed, this, &HttpFront::release);
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

void HttpFront::handOver(QTcpSocket *socket)
{
    disconnect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
}

void HttpFront::startTls(QTcpSocket *socket, bool busy)
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

void HttpFront::refuseBusy(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
        guard->refuse(503, "busy",
            QStringLiteral("the server has too many connections; try again shortly"), "1");
}

void HttpFront::release(QObject *socket)
{
    m_open.remove(socket);
    m_refusing.remove(socket);
}

} // namespace barntid::server
