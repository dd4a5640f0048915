// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontlimits.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace barntid::server {

/** The listening socket in front of Qt HttpServer (bound with QAbstractHttpServer::bind()):
 *  caps concurrent connections, does the TLS handshake, and puts a ConnectionGuard on every
 *  socket before Qt's parser sees it, because Qt HttpServer 6.4 buffers whole requests. */
class HttpFront : public QTcpServer
{
    Q_OBJECT

public:
    HttpFront(
        const FrontLimits &limits, std::optional<QSslConfiguration> tls, QObject *parent = nullptr);
    ~HttpFront() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void startTls(QTcpSocket *socket, bool busy);
    void handOver(QTcpSocket *socket);
    void refuseBusy(QTcpSocket *socket);
    void release(QObject *socket);

    FrontLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QSet<QObject *> m_open; ///< connections being served (or shaking hands to be)
    QSet<QObject *> m_refusing; ///< connections over the cap being told 503
};

} // namespace barntid::server
