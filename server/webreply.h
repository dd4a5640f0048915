// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "trustedproxies.h"

#include <QHttpServerRequest>
#include <QString>
#include <QUrlQuery>

/** What the server's web pages (/loggkontroll, /boka) share: the security headers every page
 *  carries, cookies, form fields and CSRF tokens. */
namespace barntid::server::WebReply {

/** A page with CSP (no scripts, styles from the server only), no framing, no referrer. */
HttpReply html(int status, const QByteArray &body);
HttpReply redirect(const QByteArray &location);

QString cookieValue(const QHttpServerRequest &request, const QByteArray &name);
/** A form value as a browser encodes it (application/x-www-form-urlencoded: '+' is a space). */
QString formValue(const QUrlQuery &q, const QString &name);
QUrlQuery form(const QHttpServerRequest &request);
/** Constant time, so a guessed token cannot be found one character at a time. */
bool sameToken(const QString &a, const QString &b);

/** The browser reached us over TLS: the server's own, or a trusted proxy's. */
bool viaTls(const QHttpServerRequest &request, const TrustedProxies &proxies, bool tls);
/** HttpOnly, SameSite=Strict, for path only; Secure when secure; expire deletes it. */
QByteArray cookie(const QByteArray &name, const QString &value, const QByteArray &path, bool secure,
    bool expire = false);

} // namespace barntid::server::WebReply
