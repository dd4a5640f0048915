// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffhtml.h"

namespace barntid::server::StaffHtml {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray document(const QString &base, const QString &title, const QString &body)
{
    return (
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%1 – Barntid</title><link rel=\"stylesheet\" href=\"%2/stil.css\">"
                       "</head><body><main>")
            .arg(esc(title), esc(base))
        + body + QStringLiteral("</main></body></html>\n"))
        .toUtf8();
}

QString field(const QString &id, const QString &label, const QString &input)
{
    return QStringLiteral("<div class=\"field\"><label for=\"%1\">%2</label>%3</div>")
        .arg(id, esc(label), input);
}

QByteArray login(const QString &base, const QString &heading, const QString &intro,
    const QString &loginToken, const QString &error, const QString &username)
{
    QString body = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(heading), esc(intro));
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(esc(error));
    body += QStringLiteral("<form class=\"login\" method=\"post\" action=\"%1/logga-in\">"
                           "<input type=\"hidden\" name=\"token\" value=\"%2\">")
                .arg(esc(base), esc(loginToken))
        + field(QStringLiteral("anvandarnamn"), QStringLiteral("Användarnamn"),
            QStringLiteral("<input id=\"anvandarnamn\" name=\"anvandarnamn\" "
                           "autocomplete=\"username\" required value=\"%1\">")
                .arg(esc(username)))
        + field(QStringLiteral("losenord"), QStringLiteral("Lösenord"),
            QStringLiteral("<input id=\"losenord\" name=\"losenord\" type=\"password\" "
                           "autocomplete=\"current-password\" required>"))
        + QStringLiteral("<button type=\"submit\">Logga in</button></form>");
    return document(base, QStringLiteral("Logga in"), body);
}

QString signedInHeader(
    const QString &base, const QString &heading, const QString &who, const QString &csrf)
{
    return QStringLiteral("<header><h1>%1</h1><p>%2</p>"
                          "<form method=\"post\" action=\"%3/logga-ut\">"
                          "<input type=\"hidden\" name=\"csrf\" value=\"%4\">"
                          "<button type=\"submit\" class=\"secondary\">Logga ut</button>"
                          "</form></header>")
        .arg(esc(heading), esc(who), esc(base), esc(csrf));
}

QByteArray message(
    const QString &base, const QString &title, const QString &text, const QString &backLink)
{
    return document(base, title,
        QStringLiteral("<h1>%1</h1><p>%2</p><p><a href=\"%3\">%4</a></p>")
            .arg(esc(title), esc(text), esc(base), esc(backLink)));
}

} // namespace barntid::server::StaffHtml
