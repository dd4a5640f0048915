// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/** What the staff pages on the server (/loggkontroll, /barnens-svar) share in their HTML: the
 *  page around the content, the sign-in form, the signed-in header and the message page. Each
 *  is given the page's path ("/loggkontroll"), under which its stylesheet and forms live.
 *  Swedish, no JavaScript; every text put in is escaped here. */
namespace barntid::server::StaffHtml {

QString esc(const QString &s);
/** A whole document: the title, the page's stylesheet, the body inside <main>. */
QByteArray document(const QString &base, const QString &title, const QString &body);
/** A labelled field; input is HTML (its id must be id). */
QString field(const QString &id, const QString &label, const QString &input);
/** The sign-in: heading, what the page is for, the error if any, and the form (token, name,
 *  password) posting to base/logga-in. */
QByteArray login(const QString &base, const QString &heading, const QString &intro,
    const QString &loginToken, const QString &error, const QString &username);
/** The page's header once signed in: heading, who (a line of text) and the sign-out button. */
QString signedInHeader(
    const QString &base, const QString &heading, const QString &who, const QString &csrf);
/** A page with a heading, one paragraph and a link back to the page. */
QByteArray message(
    const QString &base, const QString &title, const QString &text, const QString &backLink);

} // namespace barntid::server::StaffHtml
