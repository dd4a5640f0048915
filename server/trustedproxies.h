// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

namespace barntid::server {

/** The reverse proxies whose X-Forwarded-For is believed (`--trusted-proxy`), and the client
 *  address that follows from it for the per-address login limit. */
class TrustedProxies
{
public:
    /** Entries "ADDR" or "ADDR/PREFIX", each perhaps a comma-separated list; false and the bad
     *  entry in *bad when one is not an address. */
    bool add(const QString &entries, QString *bad);
    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;

    /** The socket peer, unless it is a trusted proxy: then the rightmost X-Forwarded-For entry
     *  that is not itself trusted (a direct client cannot choose its address this way). */
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace barntid::server
