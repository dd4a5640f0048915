// SPDX-License-Identifier: GPL-3.0-or-later
#include "barnenssvarhtml.h"

#include "staffhtml.h"

#include <QJsonArray>

namespace barntid::server::BarnensSvarHtml {

namespace {

const QString base = QStringLiteral("/barnens-svar");

using StaffHtml::esc;
using StaffHtml::field;

QByteArray page(const QString &title, const QString &body)
{
    return StaffHtml::document(base, title, body);
}

QString select(
    const QString &name, const QList<std::pair<QString, QString>> &options, const QString &chosen)
{
    QString html = QStringLiteral("<select id=\"%1\" name=\"%1\">").arg(name);
    for (const auto &[value, label] : options) {
        html += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                    .arg(esc(value), value == chosen ? QStringLiteral(" selected") : QString(),
                        esc(label));
    }
    return html + QStringLiteral("</select>");
}

QString quarterName(const QString &quarter)
{
    // "2026-Q3" → "Kvartal 3 2026"
    return QStringLiteral("Kvartal %1 %2").arg(quarter.right(1), quarter.left(4));
}

QString cell(const QJsonValue &v)
{
    return v.isNull() ? QStringLiteral("<td class=\"withheld\">visas inte</td>")
                      : QStringLiteral("<td>%1</td>").arg(v.toInt());
}

QString tables(const View &v, const SurveyAggregates::Wording &words)
{
    const QJsonArray list = v.report.value(QLatin1StringView("tables")).toArray();
    if (list.isEmpty())
        return QStringLiteral("<p class=\"empty\">Inga barn svarade på det formuläret det "
                              "kvartalet.</p>");
    QString html;
    for (const QJsonValue &tv : list) {
        const QJsonObject table = tv.toObject();
        const QString setId = table.value(QLatin1StringView("question_set_id")).toString();
        const QString questionId = table.value(QLatin1StringView("question_id")).toString();
        const QJsonArray options = table.value(QLatin1StringView("options")).toArray();
        const QJsonArray rows = table.value(QLatin1StringView("rows")).toArray();
        QString head = QStringLiteral("<th scope=\"col\">Svar</th>");
        for (const QJsonValue &r : rows)
            head += QStringLiteral("<th scope=\"col\">%1</th>")
                        .arg(esc(words.group(
                            r.toObject().value(QLatin1StringView("group")).toString())));
        QString body;
        for (int o = 0; o < options.size(); ++o) {
            body += QStringLiteral("<tr><th scope=\"row\">%1</th>")
                        .arg(esc(words.option(setId, questionId, options.at(o).toString())));
            for (const QJsonValue &r : rows)
                body += cell(r.toObject().value(QLatin1StringView("counts")).toArray().at(o));
            body += QStringLiteral("</tr>");
        }
        body += QStringLiteral("<tr class=\"total\"><th scope=\"row\">Alla som svarade</th>");
        for (const QJsonValue &r : rows)
            body += cell(r.toObject().value(QLatin1StringView("children")));
        body += QStringLiteral("</tr>");
        // A narrow screen scrolls the table inside its own box, never the whole page; the box
        // takes focus so a keyboard can scroll it too.
        const QString question = esc(words.question(setId, questionId));
        html += QStringLiteral("<section class=\"scroll\" role=\"region\" tabindex=\"0\" "
                               "aria-label=\"%1\"><table><caption>%1</caption><thead><tr>%2</tr>"
                               "</thead><tbody>%3</tbody></table></section>")
                    .arg(question, head, body);
    }
    return html;
}

} // namespace

QByteArray login(const QString &loginToken, const QString &error, const QString &username)
{
    return StaffHtml::login(base, QStringLiteral("Barnens svar"),
        QStringLiteral("Logga in med ditt administratörskonto för att se vad barnen svarar i "
                       "barnenkäterna, i antal barn per kvartal."),
        loginToken, error, username);
}

QByteArray report(const View &v, const SurveyAggregates::Wording &words)
{
    QString body = StaffHtml::signedInHeader(base, QStringLiteral("Barnens svar"),
        QStringLiteral("Inloggad som ") + v.signedInAs, v.csrf);
    body += QStringLiteral(
        "<p>Vad barnen har svarat i barnenkäterna, som underlag till planen för handling. Varje "
        "barn räknas en gång per fråga och kvartal, med sitt senaste svar, i teamet hos den "
        "socialsekreterare vars besök det var. Fritextsvar räknas bara som skrivna. Ett kvartal "
        "visas när det är slut.</p><p class=\"legend\"><strong>visas inte</strong>: färre än 5 "
        "barn, eller en uppgift som annars skulle gå att räkna fram ur de andra.</p>");
    if (v.sets.isEmpty() || v.quarters.isEmpty()) {
        body += QStringLiteral("<p class=\"empty\">Inga barn har svarat under ett avslutat "
                               "kvartal ännu.</p>");
        return page(QStringLiteral("Barnens svar"), body);
    }
    QList<std::pair<QString, QString>> quarters;
    for (const QString &q : v.quarters)
        quarters.append({q, quarterName(q)});
    body += QStringLiteral("<form class=\"filter\" method=\"get\" action=\"/barnens-svar\">")
        + field(QStringLiteral("formular"), QStringLiteral("Formulär"),
            select(QStringLiteral("formular"), v.sets, v.setId))
        + field(QStringLiteral("kvartal"), QStringLiteral("Kvartal"),
            select(QStringLiteral("kvartal"), quarters, v.quarter))
        + QStringLiteral("<button type=\"submit\">Visa</button></form>");
    body += QStringLiteral("<h2>%1, %2</h2><p><a class=\"download\" href=\"/barnens-svar/"
                           "barnens-svar.csv?formular=%3&amp;kvartal=%4\">Ladda ner CSV</a></p>")
                .arg(esc(words.set(v.setId)), esc(quarterName(v.quarter)), esc(v.setId),
                    esc(v.quarter));
    body += tables(v, words);
    return page(QStringLiteral("Barnens svar"), body);
}

QByteArray message(const QString &title, const QString &text)
{
    return StaffHtml::message(base, title, text, QStringLiteral("Till barnens svar"));
}

} // namespace barntid::server::BarnensSvarHtml
