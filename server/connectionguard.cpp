// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace barntid::server {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray errorResponse(
    int status, const QByteArray &code, const QString &message, const QByteArray &retryAfter)
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("error"),
            QJsonObject {{QStringLiteral("code"), QString::fromLatin1(code)},
                {QStringLiteral("message"),
                    message}}}}).toJson(QJsonDocument::Compact);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
        + "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nConnection: close"
          "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!retryAfter.isEmpty())
        head += "Retry-After: " + retryAfter + "\r\n";
    return head + "\r\n" + body;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const FrontLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer(limits.maxBodyBytes, limits.maxHeaderBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::readyRead);
    enter(Phase::Head);
}

void ConnectionGuard::responseSent(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
        guard->responded();
}

void ConnectionGuard::readyRead()
{
    // Qt's parser reads everything it is given inside a transaction, so what is still available
    // here is exactly what neither of us has seen yet. Peeking leaves it for the parser.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    const RequestFramer::Result result = m_framer.feed(fresh);
    if (result != RequestFramer::Result::Ok) {
        refuseFramingError(result);
        return;
    }
    updatePhase();
    // A request still arriving is acknowledged at once. Clients that leave Nagle's algorithm on
    // (Qt's own HTTP client does) hold back a request's short tail until the server acknowledges
    // what came before, and Linux delays that acknowledgement by 40 ms: a whole push waited for
    // it. The kernel leaves quick-ack mode again by itself, so it is asked for after every read.
    if (m_phase == Phase::Head || m_phase == Phase::Body) {
        const int on = 1;
        setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
}

void ConnectionGuard::refuseFramingError(RequestFramer::Result result)
{
    switch (result) {
    case RequestFramer::Result::BodyTooLarge:
        refuse(413, "too_large",
            QStringLiteral("the body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
        break;
    case RequestFramer::Result::HeadTooLarge:
        refuse(431, "headers_too_large",
            QStringLiteral("the request head is larger than %1 bytes")
                .arg(m_limits.maxHeaderBytes));
        break;
    default:
        refuse(400, "bad_request", QStringLiteral("the request is not valid HTTP/1.1"));
        break;
    }
}

void ConnectionGuard::responded()
{
    ++m_responses;
    if (m_phase == Phase::Closing)
        return;
    if (m_framer.closeRequested() && m_framer.betweenRequests()
        && m_responses >= m_framer.completed()) {
        m_socket->disconnectFromHost();
        return;
    }
    updatePhase();
}

void ConnectionGuard::updatePhase()
{
    Phase next = Phase::Body;
    if (m_framer.betweenRequests())
        next = m_framer.completed() > m_responses ? Phase::Handling : Phase::Idle;
    else if (m_framer.inHead())
        next = Phase::Head;
    // The head has one deadline; a body only may not stall, so every arrival restarts its timer.
    if (next != m_phase || next == Phase::Body)
        enter(next);
}

void ConnectionGuard::enter(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Head:
    case Phase::Body:
        m_timer.start(m_limits.readTimeoutMs);
        break;
    case Phase::Idle:
        m_timer.start(m_limits.idleTimeoutMs);
        break;
    case Phase::Handling:
        // The handler's time is not the client's fault; the response restarts the clock.
        m_timer.stop();
        break;
    case Phase::Closing:
        m_timer.start(m_limits.lingerMs);
        break;
    }
}

void ConnectionGuard::timedOut()
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    const bool handshaking = ssl && !ssl->isEncrypted();
    if (m_phase == Phase::Closing || handshaking) {
        m_socket->abort();
    } else if (m_phase == Phase::Idle) {
        m_socket->disconnectFromHost();
    } else if (m_phase != Phase::Handling) {
        refuse(408, "timeout", QStringLiteral("the request did not arrive in time"));
    }
}

void ConnectionGuard::refuse(
    int status, const QByteArray &code, const QString &message, const QByteArray &retryAfter)
{
    if (m_phase == Phase::Closing)
        return;
    enter(Phase::Closing);
    // Unhook everything that reads the socket (Qt's parser included: a slot disconnected during
    // this very readyRead is not called any more), then drop what is buffered.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::drain);
    // Queued: QSslSocket reports bytesWritten before it moves the encrypted bytes on to the
    // TCP socket, and a shutdown in between would cut them off.
    connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGuard::closeWhenWritten,
        Qt::QueuedConnection);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &ConnectionGuard::closeWhenWritten,
            Qt::QueuedConnection);
    m_socket->write(errorResponse(status, code, message, retryAfter));
}

void ConnectionGuard::drain()
{
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::closeWhenWritten()
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (m_writeShut || m_socket->bytesToWrite() > 0 || (ssl && ssl->encryptedBytesToWrite() > 0))
        return;
    // Half-close: the client reads the answer to its end, while its unread upload is drained
    // until it gives up or the linger time is over (a full close could reset the answer away).
    m_writeShut = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace barntid::server
