// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggkontrollhtml.h"

#include "accesslogcsv.h"
#include "domain/timeformat.h"
#include "staffhtml.h"

namespace barntid::server::LoggkontrollHtml {

namespace {

const QString base = QStringLiteral("/loggkontroll");

using StaffHtml::esc;
using StaffHtml::field;

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(stockholm()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QStringLiteral("–");
}

QByteArray page(const QString &title, const QString &body)
{
    return StaffHtml::document(base, title, body);
}

QString filterForm(const Report &r)
{
    QString options = QStringLiteral("<option value=\"\">Alla</option>");
    for (const Member &m : r.members) {
        options += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                       .arg(esc(m.id), m.id == r.userId ? QStringLiteral(" selected") : QString(),
                           esc(m.label));
    }
    return QStringLiteral("<form class=\"filter\" method=\"get\" action=\"/loggkontroll\">")
        + field(QStringLiteral("arende"), QStringLiteral("Ärendenummer"),
            QStringLiteral("<input id=\"arende\" name=\"arende\" value=\"%1\">")
                .arg(esc(r.caseNumber)))
        + field(QStringLiteral("medarbetare"), QStringLiteral("Medarbetare"),
            QStringLiteral("<select id=\"medarbetare\" name=\"medarbetare\">%1</select>")
                .arg(options))
        + field(QStringLiteral("fran"), QStringLiteral("Från och med"),
            QStringLiteral("<input id=\"fran\" name=\"fran\" type=\"date\" value=\"%1\">")
                .arg(esc(r.from)))
        + field(QStringLiteral("till"), QStringLiteral("Till och med"),
            QStringLiteral("<input id=\"till\" name=\"till\" type=\"date\" value=\"%1\">")
                .arg(esc(r.to)))
        + QStringLiteral("<button type=\"submit\">Visa</button></form>");
}

QString table(const Report &r)
{
    if (r.rows.isEmpty())
        return QStringLiteral(
            "<p class=\"empty\">Inga öppnade ärenden eller besök med det urvalet.</p>");
    QString rows;
    for (const AccessLogRow &row : r.rows) {
        rows
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br><span class=\"muted\">%4</span>"
                              "</td><td>%5</td><td>%6</td><td>%7</td><td class=\"id\">%8</td></tr>")
                   .arg(local(row.openedAt), local(row.receivedAt), esc(row.displayName),
                       esc(row.username), esc(row.deviceName), esc(row.caseNumber),
                       esc(AccessLogCsv::recordKind(row.recordEntity)), esc(row.recordId));
    }
    QString shown = QStringLiteral("%1 händelser").arg(r.total);
    if (r.rows.size() < r.total)
        shown = QStringLiteral("Visar de %1 senaste av %2 händelser; CSV-filen har alla.")
                    .arg(r.rows.size())
                    .arg(r.total);
    return QStringLiteral("<p class=\"count\">%1</p><table><caption>Öppnade ärenden och besök, "
                          "senaste först (svensk tid)</caption><thead><tr><th scope=\"col\">Öppnad"
                          "</th><th scope=\"col\">Mottagen</th><th scope=\"col\">Medarbetare</th>"
                          "<th scope=\"col\">Enhet</th><th scope=\"col\">Ärende</th><th scope="
                          "\"col\">Post</th><th scope=\"col\">Post-id</th></tr></thead><tbody>")
               .arg(esc(shown))
        + rows + QStringLiteral("</tbody></table>");
}

} // namespace

QByteArray login(const QString &loginToken, const QString &error, const QString &username)
{
    return StaffHtml::login(base, QStringLiteral("Loggkontroll"),
        QStringLiteral("Logga in med ditt konto som arbetsledare för att se vem som har öppnat "
                       "teamets ärenden."),
        loginToken, error, username);
}

QByteArray report(const Report &r)
{
    QString body = StaffHtml::signedInHeader(base, QStringLiteral("Loggkontroll"),
        QStringLiteral("Team %1 · inloggad som %2").arg(r.teamName, r.signedInAs), r.csrf);
    body += QStringLiteral("<p>Vem som har öppnat vilket ärende eller besök, när och på vilken "
                           "enhet. Läsningar utan nätverk når servern senare: därför visas både "
                           "när posten öppnades och när servern tog emot händelsen.</p>");
    body += filterForm(r);
    if (!r.error.isEmpty()) {
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(esc(r.error));
        return page(QStringLiteral("Loggkontroll"), body);
    }
    body += QStringLiteral("<p><a class=\"download\" href=\"/loggkontroll/loggkontroll.csv%1\">"
                           "Ladda ner CSV</a></p>")
                .arg(esc(r.csvQuery.isEmpty() ? QString() : u'?' + r.csvQuery));
    body += table(r);
    return page(QStringLiteral("Loggkontroll"), body);
}

QByteArray message(const QString &title, const QString &text)
{
    return StaffHtml::message(base, title, text, QStringLiteral("Till loggkontrollen"));
}

QByteArray style()
{
    return QByteArrayLiteral(
        "body{font-family:'DejaVu Sans',system-ui,sans-serif;margin:0;background:#f6f7f9;"
        "color:#1b1f24}main{max-width:72rem;margin:0 auto;padding:1.5rem}"
        "header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:"
        "space-between}h1{margin:.2rem 0;font-size:1.6rem}"
        "form.filter,form.login{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;"
        "background:#fff;border:1px solid #d0d5dc;border-radius:8px;padding:1rem;margin:1rem 0}"
        "form.login{flex-direction:column;align-items:stretch;max-width:22rem}"
        ".field{display:flex;flex-direction:column;gap:.3rem}label{font-weight:600}"
        "input,select,button{font:inherit;min-height:2.5rem;padding:.3rem .6rem;border:1px solid "
        "#8a94a3;border-radius:6px}button{background:#1d5fa8;color:#fff;border-color:#1d5fa8;"
        "cursor:pointer}button.secondary{background:#fff;color:#1d5fa8}"
        "a.download{color:#1d5fa8;font-weight:600}"
        "table{width:100%;border-collapse:collapse;background:#fff}caption{text-align:left;"
        "font-weight:600;padding:.5rem 0}th,td{text-align:left;padding:.45rem .6rem;border-bottom:"
        "1px solid #d0d5dc;vertical-align:top}th{background:#eef1f5}td.id{font-family:monospace;"
        "font-size:.8rem;word-break:break-all}.muted{color:#4f5865;font-size:.9rem}"
        ".error{color:#a11d2b;font-weight:600}.count,.empty{color:#3b4350}\n");
}

} // namespace barntid::server::LoggkontrollHtml
