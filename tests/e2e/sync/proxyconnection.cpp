// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyconnection.h"

#include <QTimer>

namespace e2esync {

qsizetype httpMessageLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype body = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            body = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + body;
    return data.size() >= total ? total : -1;
}

ProxyConnection::ProxyConnection(FaultProxy &proxy, QTcpSocket *client)
    : QObject(&proxy)
    , m_proxy(proxy)
    , m_client(client)
{
    client->setParent(this);
    connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::readClient);
    connect(client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void ProxyConnection::readClient()
{
    m_in += m_client->readAll();
    if (m_busy)
        return;
    const qsizetype length = httpMessageLength(m_in);
    if (length < 0)
        return;
    const QByteArray request = m_in.left(length);
    m_in.remove(0, length);
    m_busy = true;
    const QList<QByteArray> first = request.left(request.indexOf("\r\n")).split(' ');
    const QString path = QString::fromLatin1(first.value(1));
    if (m_proxy.park(this, path, request))
        return;
    handle(request, m_proxy.decide(first.value(0), path));
}

void ProxyConnection::proceed(const QByteArray &request)
{
    handle(request, Fault::None);
}

void ProxyConnection::handle(const QByteArray &request, Fault fault)
{
    switch (fault) {
    case Fault::Drop:
        m_client->abort();
        deleteLater();
        return;
    case Fault::Delay:
        QTimer::singleShot(100 + m_proxy.draw(1400), this,
            [this, request] { forward(request, true, Fault::None); });
        return;
    case Fault::Duplicate:
        forward(request, false, Fault::None);
        forward(request, true, Fault::None);
        return;
    case Fault::Restart: {
        QTcpSocket *up = forward(request, true, Fault::None);
        const qint64 size = request.size();
        auto written = std::make_shared<qint64>(0);
        connect(up, &QTcpSocket::bytesWritten, this, [this, up, size, written](qint64 n) {
            *written += n;
            if (*written < size)
                return;
            // Kill a little after the whole push reached the server: inside its transaction
            // or just after it. Until one kill has beaten an answer, kill at once: a server
            // that answers within the drawn delay would otherwise never be killed mid-push.
            FaultProxy *proxy = &m_proxy;
            QPointer<QTcpSocket> alive(up);
            const int drawn = m_proxy.draw(40);
            QTimer::singleShot(m_proxy.restartsInFlight() == 0 ? 0 : drawn, proxy,
                [proxy, alive] { proxy->restartServer(!alive || !alive->isOpen()); });
        });
        return;
    }
    case Fault::None:
    case Fault::Cut:
        forward(request, true, fault);
        return;
    }
}

QTcpSocket *ProxyConnection::forward(const QByteArray &request, bool relay, Fault fault)
{
    auto *up = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    connect(up, &QTcpSocket::connected, up, [up, request] { up->write(request); });
    connect(up, &QTcpSocket::readyRead, this, [this, up, answer, relay, fault] {
        *answer += up->readAll();
        const qsizetype length = httpMessageLength(*answer);
        if (length < 0)
            return;
        up->disconnect(this);
        up->abort();
        up->deleteLater();
        if (relay)
            deliver(answer->left(length), fault);
    });
    // The server went away (killed, restarting, refused) before a whole answer: the device sees
    // its connection break, as it would without the proxy.
    const auto broken = [this, up, relay] {
        up->disconnect(this);
        up->deleteLater();
        if (relay)
            fail();
    };
    connect(up, &QTcpSocket::errorOccurred, this, broken);
    connect(up, &QTcpSocket::disconnected, this, broken);
    up->connectToHost(m_proxy.upstream().host(), quint16(m_proxy.upstream().port()));
    return up;
}

void ProxyConnection::deliver(const QByteArray &answer, Fault fault)
{
    if (fault == Fault::Cut) {
        // Part of the answer, then the connection ends: the device cannot tell what the server
        // did with its request.
        m_client->write(answer.left(qMax<qsizetype>(1, answer.size() / 2)));
        m_client->disconnectFromHost();
        return;
    }
    m_client->write(answer);
    done();
}

void ProxyConnection::fail()
{
    m_client->abort();
    deleteLater();
}

void ProxyConnection::done()
{
    m_busy = false;
    if (!m_in.isEmpty())
        QTimer::singleShot(0, this, &ProxyConnection::readClient);
}

} // namespace e2esync
