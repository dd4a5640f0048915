// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultproxy.h"

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

namespace e2esync {

/** One device connection through the FaultProxy. Requests are read whole (HTTP/1.1,
 *  Content-Length) and each one goes to the server on a fresh connection, so a fault hits one
 *  request, not whatever else shares the keep-alive connection; answers are relayed whole or
 *  cut. One request at a time, as HTTP/1.1 without pipelining sends them. */
class ProxyConnection : public QObject
{
    Q_OBJECT

public:
    ProxyConnection(FaultProxy &proxy, QTcpSocket *client);

    /** Sends a held request on (without a fault). */
    void proceed(const QByteArray &request);

private:
    void readClient();
    void handle(const QByteArray &request, Fault fault);
    /** Sends the request upstream; relay: its answer goes to the device. */
    QTcpSocket *forward(const QByteArray &request, bool relay, Fault fault);
    void deliver(const QByteArray &answer, Fault fault);
    void fail();
    void done();

    FaultProxy &m_proxy;
    QTcpSocket *m_client;
    QByteArray m_in;
    bool m_busy = false;
};

/** The length of the complete HTTP message at the start of data (headers + Content-Length
 *  body), or -1 while it is incomplete. */
qsizetype httpMessageLength(const QByteArray &data);

} // namespace e2esync
