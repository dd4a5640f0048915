// SPDX-License-Identifier: GPL-3.0-or-later
#include "bokahtml.h"
#include "domain/ids.h"
#include "domain/timeformat.h"

#include <QLocale>

namespace barntid::server::BokaHtml {

namespace {

QDateTime local(const QDateTime &t)
{
    return t.toTimeZone(stockholm());
}

QString day(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("Tid okänd");
    return QLocale(QLocale::Swedish, QLocale::Sweden)
        .toString(local(t).date(), QStringLiteral("dddd d MMMM"));
}

QString hours(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return QStringLiteral("–");
    return local(start).toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
        + local(end).toString(QStringLiteral("HH:mm"));
}

QString where(const BokaSlot &s)
{
    return s.video ? QStringLiteral("Videomöte") : QStringLiteral("Plats: ") + esc(s.place);
}

QString field(const QString &id, const QString &label, const QString &hint, const QString &control,
    const QString &error)
{
    QString out
        = QStringLiteral("<div class=\"field\"><label for=\"%1\">%2</label>").arg(id, label);
    if (!hint.isEmpty())
        out += QStringLiteral("<p class=\"hint\" id=\"%1-tips\">%2</p>").arg(id, hint);
    if (!error.isEmpty())
        out += QStringLiteral("<p class=\"error\" id=\"%1-fel\" role=\"alert\">%2</p>")
                   .arg(id, esc(error));
    return out + control + QStringLiteral("</div>");
}

QString describedBy(const QString &id, bool hint, bool error)
{
    QStringList ids;
    if (error)
        ids << id + QStringLiteral("-fel");
    if (hint)
        ids << id + QStringLiteral("-tips");
    if (ids.isEmpty())
        return {};
    return QStringLiteral(" aria-describedby=\"%1\"%2")
        .arg(ids.join(u' '), error ? QStringLiteral(" aria-invalid=\"true\"") : QString());
}

/** The book form of one slot; key makes its ids unique when a slot is shown twice. */
QString bookForm(const Home &h, const BokaSlot &s, const QString &key)
{
    const bool mine = h.failed.slotId == s.id;
    // A lost time's nearest alternatives keep what the family typed, ready to send again.
    const bool keep = mine || key.startsWith(u"ny-");
    const QString syfte = QStringLiteral("syfte-") + key;
    const QString epost = QStringLiteral("epost-") + key;
    const QString syfteError = mine && h.failed.field == u"syfte" ? h.failed.message : QString();
    const QString epostError = mine && h.failed.field == u"epost" ? h.failed.message : QString();
    return QStringLiteral("<details%1><summary>Boka %2</summary>"
                          "<form method=\"post\" action=\"/boka/boka\">"
                          "<input type=\"hidden\" name=\"csrf\" value=\"%3\">"
                          "<input type=\"hidden\" name=\"tid\" value=\"%4\">"
                          "<input type=\"hidden\" name=\"begaran\" value=\"%5\">"
                          "<input type=\"hidden\" name=\"agare\" value=\"%6\">"
                          "<input type=\"hidden\" name=\"start\" value=\"%7\">")
               .arg(keep ? QStringLiteral(" open") : QString(), hours(s.start, s.end), esc(h.csrf),
                   esc(s.id), newId(), esc(s.ownerId), toRfc3339(s.start))
        + field(syfte, QStringLiteral("Vad gäller mötet?"),
            QStringLiteral("Skriv kort, högst 500 tecken. Skriv inga uppgifter om barnet."),
            QStringLiteral("<textarea id=\"%1\" name=\"syfte\" maxlength=\"500\" required%2>%3"
                           "</textarea>")
                .arg(syfte, describedBy(syfte, true, !syfteError.isEmpty()),
                    esc(keep ? h.failed.purpose : QString())),
            syfteError)
        + field(epost, QStringLiteral("E-post för bekräftelse (frivilligt)"), {},
            QStringLiteral("<input id=\"%1\" name=\"epost\" type=\"email\" "
                           "autocomplete=\"email\" value=\"%2\"%3>")
                .arg(epost, esc(keep ? h.failed.email : QString()),
                    describedBy(epost, false, !epostError.isEmpty())),
            epostError)
        + QStringLiteral("<button type=\"submit\">Skicka bokningen</button></form></details>");
}

QString slotItem(const Home &h, const BokaSlot &s, const QString &key)
{
    return QStringLiteral("<li class=\"slot\"><p class=\"when\">%1%2</p><p>%3</p><p>Med %4</p>")
               .arg(hours(s.start, s.end),
                   s.afterHours ? QStringLiteral("<span class=\"tag\">Kvällstid</span>")
                                : QString(),
                   where(s), esc(s.ownerName))
        + bookForm(h, s, key) + QStringLiteral("</li>");
}

QString freeSlots(const Home &h)
{
    QString out = QStringLiteral("<section aria-labelledby=\"lediga\"><h2 id=\"lediga\">Lediga "
                                 "tider</h2>");
    if (h.view.openSlots.isEmpty())
        return out
            + QStringLiteral("<p>Det finns inga lediga tider just nu. Titta igen "
                             "senare eller ring din familjehemssekreterare.</p></section>");
    out += QStringLiteral("<p class=\"muted\">Tiderna är svensk tid. Kvällstid betyder utanför "
                          "kontorets öppettider.</p>");
    QString currentDay;
    for (const BokaSlot &s : h.view.openSlots) {
        const QString d = day(s.start);
        if (d != currentDay) {
            if (!currentDay.isEmpty())
                out += QStringLiteral("</ul>");
            out += QStringLiteral("<h3>%1</h3><ul class=\"list\">").arg(esc(d));
            currentDay = d;
        }
        out += slotItem(h, s, s.id);
    }
    return out + QStringLiteral("</ul></section>");
}

QString statusText(const BokaEntry &b)
{
    if (b.status == u"confirmed")
        return QStringLiteral("Bekräftad");
    if (b.status == u"cancelled")
        return QStringLiteral("Avbokad");
    return QStringLiteral("Väntar på bekräftelse");
}

QString bookingItem(const Home &h, const BokaEntry &b)
{
    QString out = QStringLiteral("<li class=\"booking\"><h3>%1, %2</h3>"
                                 "<p class=\"status %3\">%4</p>")
                      .arg(esc(day(b.start)), hours(b.start, b.end), esc(b.status), statusText(b));
    if (b.status == u"cancelled" && !b.cancelReason.isEmpty())
        out += QStringLiteral("<p>Orsak: %1</p>").arg(esc(b.cancelReason));
    if (!b.video)
        out += QStringLiteral("<p>Plats: %1</p>").arg(esc(b.place));
    else if (b.status == u"confirmed" && b.videoLink.startsWith(u"https://"))
        out += QStringLiteral("<p>Videomöte: <a href=\"%1\">%1</a></p>").arg(esc(b.videoLink));
    else
        out += QStringLiteral("<p>Videomöte. Länken syns här när mötet är bekräftat.</p>");
    // A cancelled booking's file carries METHOD:CANCEL: opening it removes the meeting.
    out += QStringLiteral("<p>Med %1</p><p><a href=\"/boka/kalender/%2.ics\">%3 (%4)</a></p>")
               .arg(esc(b.ownerName), esc(b.id),
                   b.status == u"cancelled" ? QStringLiteral("Ta bort ur kalendern")
                                            : QStringLiteral("Lägg till i kalendern"),
                   esc(day(b.start)));
    if (b.status == u"cancelled")
        return out + QStringLiteral("</li>");
    if (h.now < b.cancelUntil)
        out += QStringLiteral("<form method=\"post\" action=\"/boka/avboka\">"
                              "<input type=\"hidden\" name=\"csrf\" value=\"%1\">"
                              "<input type=\"hidden\" name=\"bokning\" value=\"%2\">"
                              "<input type=\"hidden\" name=\"begaran\" value=\"%3\">"
                              "<button type=\"submit\" class=\"danger\">Avboka %4, %5</button>"
                              "</form>")
                   .arg(esc(h.csrf), esc(b.id), newId(), esc(day(b.start)), hours(b.start, b.end));
    else
        out += QStringLiteral("<p>Det är mindre än %1 timmar kvar. Ring din "
                              "familjehemssekreterare för att avboka.</p>")
                   .arg(h.cutoffHours);
    return out + QStringLiteral("</li>");
}

QString ownBookings(const Home &h)
{
    QString out = QStringLiteral("<section aria-labelledby=\"mina\"><h2 id=\"mina\">Mina "
                                 "bokningar</h2>");
    if (h.view.bookings.isEmpty())
        return out + QStringLiteral("<p>Du har inga bokningar.</p></section>");
    out += QStringLiteral("<ul class=\"list\">");
    for (const BokaEntry &b : h.view.bookings)
        out += bookingItem(h, b);
    return out + QStringLiteral("</ul></section>");
}

QString alert(const Home &h)
{
    if (h.alert.isEmpty())
        return {};
    QString out = QStringLiteral("<div class=\"alert\" role=\"alert\"><p class=\"error\">%1</p>")
                      .arg(esc(h.alert));
    if (!h.alternatives.isEmpty()) {
        out += QStringLiteral("<p>Närmaste lediga tider hos samma familjehemssekreterare:</p>"
                              "<ul class=\"list\">");
        for (const BokaSlot &s : h.alternatives)
            out += slotItem(h, s, QStringLiteral("ny-") + s.id);
        out += QStringLiteral("</ul>");
    }
    return out + QStringLiteral("</div>");
}

} // namespace

QByteArray home(const Home &h)
{
    const QString header = QStringLiteral(
        "<header class=\"top\"><div><p>%1</p><p>Inloggad som %2</p>"
        "<form method=\"post\" action=\"/boka/logga-ut\"><input type=\"hidden\" name=\"csrf\" "
        "value=\"%3\"><button type=\"submit\" class=\"secondary\">Logga ut</button></form>"
        "</div></header>")
                               .arg(esc(h.unitName), esc(h.displayName), esc(h.csrf));
    QString body = QStringLiteral("<h1>Boka möte</h1>");
    if (!h.notice.isEmpty())
        body += QStringLiteral("<p class=\"notice\" role=\"status\">%1</p>").arg(esc(h.notice));
    body += alert(h) + ownBookings(h) + freeSlots(h);
    const bool error = !h.alert.isEmpty() || !h.failed.message.isEmpty();
    return page(error ? QStringLiteral("Fel: lediga tider och mina bokningar")
                      : QStringLiteral("Lediga tider och mina bokningar"),
        body, header);
}

} // namespace barntid::server::BokaHtml
