// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfront.h"

#include <fcntl.h>

namespace barntid::server {

HttpFront::HttpFront(QObject *parent)
    : QTcpServer(parent)
    , m_counts(std::make_shared<ConnectionCounts>())
{ }

HttpFront::~HttpFront() = default;

bool HttpFront::open(const QHostAddress &host, quint16 port)
{
    if (!listen(host, port))
        return false;
    pauseAccepting();
    return true;
}

qintptr HttpFront::duplicate() const
{
    return ::fcntl(int(socketDescriptor()), F_DUPFD_CLOEXEC, 0);
}

} // namespace barntid::server
