// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncounts.h"
#include "frontlimits.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>
#include <optional>

namespace barntid::server {

/** Where one serving thread accepts connections, on its duplicate of HttpFront's listening
 *  socket: it caps the connections of the whole process (the counts are shared), puts a
 *  ConnectionGuard on every socket before Qt's parser sees it (Qt HttpServer 6.4 buffers whole
 *  requests), does the TLS handshake and hands the socket to the HttpApi bound to it. */
class ConnectionIntake : public QTcpServer
{
    Q_OBJECT

public:
    ConnectionIntake(const FrontLimits &limits, std::optional<QSslConfiguration> tls,
        std::shared_ptr<ConnectionCounts> counts, QObject *parent = nullptr);
    ~ConnectionIntake() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void startTls(QTcpSocket *socket, bool busy);
    void handOver(QTcpSocket *socket);
    void refuseBusy(QTcpSocket *socket);
    void release(QObject *socket);

    FrontLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::shared_ptr<ConnectionCounts> m_counts;
    QSet<QObject *> m_open;
    QSet<QObject *> m_refusing;
};

} // namespace barntid::server
