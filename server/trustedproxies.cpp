// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustedproxies.h"

#include <algorithm>

namespace barntid::server {

namespace {

/** IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d; compare them as IPv4. */
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

/** One X-Forwarded-For entry: an address, perhaps with a port ("1.2.3.4:5", "[::1]:5"). */
QHostAddress entryAddress(QString entry)
{
    entry = entry.trimmed();
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        entry = close > 0 ? entry.mid(1, close - 1) : QString();
    } else if (entry.count(u':') == 1) {
        entry = entry.left(entry.indexOf(u':'));
    }
    return plain(QHostAddress(entry));
}

} // namespace

bool TrustedProxies::add(const QString &entries, QString *bad)
{
    for (const QString &raw : entries.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        QPair<QHostAddress, int> subnet = entry.contains(u'/') ? QHostAddress::parseSubnet(entry)
                                                               : qMakePair(QHostAddress(entry), -1);
        if (subnet.first.isNull()) {
            *bad = entry;
            return false;
        }
        subnet.first = plain(subnet.first);
        if (subnet.second < 0)
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        m_subnets.append(subnet);
    }
    return true;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress a = plain(address);
    return std::any_of(m_subnets.begin(), m_subnets.end(),
        [&a](const QPair<QHostAddress, int> &subnet) { return a.isInSubnet(subnet); });
}

QHostAddress TrustedProxies::clientAddress(
    const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    QHostAddress client = plain(peer);
    if (!contains(client))
        return client;
    // Walk from the nearest hop outwards: each trusted proxy vouches for the entry it added.
    const QStringList entries = QString::fromLatin1(forwardedFor).split(u',', Qt::SkipEmptyParts);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QHostAddress hop = entryAddress(*it);
        // A proxy wrote this entry from its socket, so garbage means a misconfigured chain:
        // keep the last address that was vouched for rather than the text.
        if (hop.isNull())
            return client;
        client = hop;
        if (!contains(hop))
            return client;
    }
    return client;
}

} // namespace barntid::server
