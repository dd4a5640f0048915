// SPDX-License-Identifier: GPL-3.0-or-later
#include "webreply.h"

namespace barntid::server::WebReply {

HttpReply html(int status, const QByteArray &body)
{
    HttpReply r;
    r.status = status;
    r.body = body;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.headers = {{"Content-Security-Policy",
                     "default-src 'none'; style-src 'self'; form-action 'self'; "
                     "frame-ancestors 'none'; base-uri 'none'"},
        {"X-Frame-Options", "DENY"}, {"X-Content-Type-Options", "nosniff"},
        // A filter (a case number) may be in the address: it goes nowhere else.
        {"Referrer-Policy", "no-referrer"}};
    return r;
}

HttpReply redirect(const QByteArray &location)
{
    HttpReply r = html(303, {});
    r.headers.append({"Location", location});
    return r;
}

QString cookieValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const QByteArray &part : request.value("Cookie").split(';')) {
        const QByteArray pair = part.trimmed();
        if (pair.startsWith(name + '='))
            return QString::fromLatin1(pair.mid(name.size() + 1));
    }
    return {};
}

QString formValue(const QUrlQuery &q, const QString &name)
{
    QByteArray encoded = q.queryItemValue(name, QUrl::FullyEncoded).toLatin1();
    encoded.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

QUrlQuery form(const QHttpServerRequest &request)
{
    return QUrlQuery(QString::fromLatin1(request.body()));
}

bool sameToken(const QString &a, const QString &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a.at(i).unicode() ^ b.at(i).unicode());
    return diff == 0;
}

bool viaTls(const QHttpServerRequest &request, const TrustedProxies &proxies, bool tls)
{
    return tls
        || (proxies.contains(request.remoteAddress())
            && request.value("X-Forwarded-Proto").trimmed().toLower() == "https");
}

QByteArray cookie(
    const QByteArray &name, const QString &value, const QByteArray &path, bool secure, bool expire)
{
    QByteArray c = name + '=' + value.toLatin1() + "; Path=" + path + "; HttpOnly; SameSite=Strict";
    if (secure)
        c += "; Secure";
    if (expire)
        c += "; Max-Age=0";
    return c;
}

} // namespace barntid::server::WebReply
