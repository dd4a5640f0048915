// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontlimits.h"
#include "requestframer.h"

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace barntid::server {

/** Watches one connection in front of Qt HttpServer: sizes of heads and bodies, read and idle
 *  timeouts. It sees each arrival before Qt's parser does (its readyRead slot is connected
 *  first) and refuses by answering itself and unhooking the parser from the socket. */
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    /** Becomes a child of the socket; connect it before anyone else reads the socket. */
    ConnectionGuard(QTcpSocket *socket, const FrontLimits &limits);

    /** Called once a response is on the socket: the keep-alive wait starts. */
    static void responseSent(QTcpSocket *socket);
    /** Answers with the JSON error envelope and closes without reading more into memory. */
    void refuse(int status, const QByteArray &code, const QString &message,
        const QByteArray &retryAfter = {});

private:
    enum class Phase { Head, Body, Handling, Idle, Closing };

    void readyRead();
    void timedOut();
    void responded();
    void updatePhase();
    void enter(Phase phase);
    void refuseFramingError(RequestFramer::Result result);
    void drain();
    void closeWhenWritten();

    QTcpSocket *m_socket;
    FrontLimits m_limits;
    RequestFramer m_framer;
    QTimer m_timer;
    Phase m_phase = Phase::Head;
    qint64 m_responses = 0;
    bool m_writeShut = false;
};

} // namespace barntid::server
