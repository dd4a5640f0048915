// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncounts.h"

#include <QHostAddress>
#include <QTcpServer>

#include <memory>

namespace barntid::server {

/** The listening socket of `serve`. It accepts nothing itself: each serving thread's
 *  ConnectionIntake accepts on a duplicate of its descriptor, so the next connection goes to
 *  whichever thread is free to take it, and a thread busy with a slow request (a login's
 *  Argon2id, a first pull) takes none meanwhile. */
class HttpFront : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpFront(QObject *parent = nullptr);
    ~HttpFront() override;

    /** Binds and listens; false when the address cannot be used. */
    bool open(const QHostAddress &host, quint16 port);
    /** A new descriptor of the listening socket for an intake (which owns it), or -1. */
    qintptr duplicate() const;
    /** The connection counts of the whole process, which every intake shares. */
    std::shared_ptr<ConnectionCounts> counts() const { return m_counts; }

private:
    std::shared_ptr<ConnectionCounts> m_counts;
};

} // namespace barntid::server
