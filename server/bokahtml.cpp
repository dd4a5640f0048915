// SPDX-License-Identifier: GPL-3.0-or-later
#include "bokahtml.h"

namespace barntid::server::BokaHtml {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray page(const QString &title, const QString &body, const QString &header)
{
    return (QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"><title>")
        + esc(title)
        + QStringLiteral(" – Boka möte – Barntid</title>"
                         "<link rel=\"stylesheet\" href=\"/boka/stil.css\"></head><body>"
                         "<a class=\"skip\" href=\"#innehall\">Till innehållet</a>")
        + header + QStringLiteral("<main id=\"innehall\">") + body
        + QStringLiteral("</main><footer><ul><li><a href=\"/boka\">Boka möte</a></li>"
                         "<li><a href=\"/boka/tillganglighet\">Tillgänglighetsredogörelse</a>"
                         "</li><li><a href=\"/boka/integritet\">Så behandlar vi dina "
                         "personuppgifter</a></li></ul></footer></body></html>\n"))
        .toUtf8();
}

QByteArray login(const QString &loginToken, const QString &error, const QString &username,
    const QString &passwordHelp)
{
    QString body = QStringLiteral(
        "<h1>Boka möte med din familjehemssekreterare</h1><p>Här ser du lediga tider, också "
        "på kvällen, och kan boka, se och avboka dina möten. Logga in med det "
        "användarnamn och lösenord som du har fått av kommunen.</p>");
    const bool failed = !error.isEmpty();
    if (failed)
        body += QStringLiteral("<p id=\"inloggning-fel\" class=\"error\" role=\"alert\">%1</p>")
                    .arg(esc(error));
    const QString described = failed
        ? QStringLiteral(" aria-describedby=\"inloggning-fel\" aria-invalid=\"true\"")
        : QString();
    body += QStringLiteral("<form class=\"card\" method=\"post\" action=\"/boka/logga-in\">"
                           "<input type=\"hidden\" name=\"token\" value=\"%1\">"
                           "<div class=\"field\"><label for=\"anvandarnamn\">Användarnamn</label>"
                           "<input id=\"anvandarnamn\" name=\"anvandarnamn\" "
                           "autocomplete=\"username\" autocapitalize=\"none\" required "
                           "value=\"%2\"%3></div>"
                           "<div class=\"field\"><label for=\"losenord\">Lösenord</label>"
                           "<input id=\"losenord\" name=\"losenord\" type=\"password\" "
                           "autocomplete=\"current-password\" required%3></div>"
                           "<button type=\"submit\">Logga in</button></form>")
                .arg(esc(loginToken), esc(username), described);
    body += QStringLiteral("<p class=\"help\">%1</p>").arg(esc(passwordHelp));
    return page(failed ? QStringLiteral("Fel vid inloggning") : QStringLiteral("Logga in"), body);
}

QByteArray message(const QString &title, const QString &text)
{
    return page(title,
        QStringLiteral("<h1>%1</h1><p>%2</p><p><a href=\"/boka\">Till bokningssidan</a></p>")
            .arg(esc(title), esc(text)));
}

QByteArray notFound()
{
    return message(
        QStringLiteral("Sidan finns inte"), QStringLiteral("Adressen leder inte till någon sida."));
}

QByteArray style()
{
    // Colours chosen for at least 4.5:1 (text) and 3:1 (focus ring, borders) on their
    // backgrounds; no fixed widths, so 320 CSS px and 200 % zoom need no sideways scrolling.
    return QByteArrayLiteral(
        "*{box-sizing:border-box}html{font-size:100%}body{font-family:'DejaVu Sans',system-ui,"
        "sans-serif;margin:0;background:#f4f5f7;color:#1b1f24;line-height:1.5}"
        "main,header.top>div,footer ul{max-width:46rem;margin:0 auto;padding:1rem}"
        "header.top{background:#fff;border-bottom:1px solid #8a94a3}header.top>div{display:flex;"
        "flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}"
        "header.top p{margin:0}h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.35rem;"
        "margin:2rem 0 .5rem}h3{font-size:1.1rem;margin:1.2rem 0 .4rem}h1,h2,h3{overflow-wrap:"
        "anywhere;hyphens:auto}"
        "a{color:#0b4f9c}a:hover{color:#07386f}"
        ".skip{position:absolute;left:-100rem}.skip:focus{position:static;display:block;"
        "padding:.5rem 1rem;background:#fff}"
        ":focus-visible{outline:3px solid #b34700;outline-offset:2px}"
        ".card,.slot,.booking{background:#fff;border:1px solid #8a94a3;border-radius:8px;"
        "padding:1rem;margin:.6rem 0}ul.list{list-style:none;padding:0;margin:0}"
        ".field{display:flex;flex-direction:column;gap:.25rem;margin:.6rem 0}"
        "label{font-weight:600}.hint{font-size:.95rem;color:#3b4350;margin:0}"
        "input,textarea,button{font:inherit;color:#1b1f24;min-height:2.75rem;padding:.4rem .6rem;"
        "border:1px solid #5c6573;border-radius:6px;max-width:100%}input,textarea{width:100%;"
        "background:#fff}textarea{min-height:5rem}"
        "button{background:#0b4f9c;color:#fff;border-color:#0b4f9c;cursor:pointer;"
        "font-weight:600}button.secondary{background:#fff;color:#0b4f9c}"
        "button.danger{background:#fff;color:#a11d2b;border-color:#a11d2b}"
        "summary{cursor:pointer;color:#0b4f9c;font-weight:600;min-height:2.75rem;"
        "padding:.5rem 0}.when{font-weight:700;font-size:1.1rem;margin:0}"
        ".slot p,.booking p{margin:.2rem 0}.tag{display:inline-block;background:#2d1e5f;"
        "color:#fff;border-radius:4px;padding:0 .45rem;font-size:.9rem;font-weight:600;"
        "margin-left:.4rem}.status{font-weight:700}.status.requested{color:#7a3e00}"
        ".status.confirmed{color:#14532d}.status.cancelled{color:#a11d2b}"
        ".error{color:#a11d2b;font-weight:600}.alert{border:2px solid #a11d2b;background:#fff;"
        "border-radius:8px;padding:1rem;margin:1rem 0}.notice{border:2px solid #14532d;"
        "background:#fff;color:#14532d;border-radius:8px;padding:1rem;font-weight:600}"
        "[aria-invalid=true]{border:2px solid #a11d2b}.help,.muted{color:#3b4350}"
        "a,p,li,td{overflow-wrap:anywhere}footer{border-top:1px solid #8a94a3;margin-top:2rem;"
        "background:#fff}footer ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}"
        ".booking h3{margin-top:0}\n");
}

} // namespace barntid::server::BokaHtml
