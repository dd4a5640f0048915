// SPDX-License-Identifier: GPL-3.0-or-later
// The signed-in half of BokaPage: the page itself, booking, cancelling and the calendar file.
#include "accounts.h"
#include "bokapage.h"
#include "domain/calendarfile.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "webreply.h"

namespace barntid::server {

namespace {

using WebReply::cookieValue;
using WebReply::form;
using WebReply::formValue;
using WebReply::html;
using WebReply::redirect;

// A one-shot message after a redirect: a fixed word in a cookie, never personal data.
const QByteArray noticeCookie = QByteArrayLiteral("barntid_boka_besked");

QString noticeText(const QString &code)
{
    if (code == u"bokad")
        return QStringLiteral("Din bokning är skickad och väntar på bekräftelse.");
    if (code == u"avbokad")
        return QStringLiteral("Bokningen är avbokad.");
    return {};
}

HttpReply badForm()
{
    return html(400,
        BokaHtml::message(QStringLiteral("Formuläret kunde inte läsas"),
            QStringLiteral("Inget har ändrats. Gå tillbaka till bokningssidan och försök igen.")));
}

} // namespace

HttpReply BokaPage::render(const WebSessions::Session &session, BokaHtml::Home home, int status)
{
    const std::optional<Account> account = m_accounts.byId(session.caller.userId);
    home.displayName = account ? account->displayName : QString();
    home.csrf = session.csrf;
    home.unitName = m_options.config.unitName;
    home.now = m_clock.now();
    home.cutoffHours = m_options.config.cancelCutoffHours;
    home.view = m_booking.view(session.caller, m_clock);
    return html(status, BokaHtml::home(home));
}

HttpReply BokaPage::show(const QHttpServerRequest &request, const WebSessions::Session &session)
{
    BokaHtml::Home home;
    home.notice = noticeText(cookieValue(request, noticeCookie));
    HttpReply r = render(session, home, 200);
    if (!home.notice.isEmpty())
        r.headers.append({"Set-Cookie", m_signIn.cookie(request, noticeCookie, {}, true)});
    return r;
}

HttpReply BokaPage::done(const QHttpServerRequest &request, const QString &notice)
{
    HttpReply r = redirect("/boka");
    r.headers.append({"Set-Cookie", m_signIn.cookie(request, noticeCookie, notice)});
    return r;
}

HttpReply BokaPage::book(const QHttpServerRequest &request, const WebSessions::Session &session)
{
    const QUrlQuery fields = form(request);
    BokaHtml::Failed failed {formValue(fields, QStringLiteral("tid")).toLower(),
        formValue(fields, QStringLiteral("syfte")),
        formValue(fields, QStringLiteral("epost")).trimmed(), {}, {}};
    const QString requestId = formValue(fields, QStringLiteral("begaran")).toLower();
    if (!isValidId(failed.slotId) || !isValidId(requestId))
        return badForm();
    // Where the time was, as the page showed it (the worker and the start are the family's to
    // see): a lost time is gone from the view, its nearest free ones are not.
    const QString ownerId = formValue(fields, QStringLiteral("agare")).toLower();
    const QDateTime near
        = parseRfc3339(formValue(fields, QStringLiteral("start"))).value_or(m_clock.now());
    const BokaOutcome outcome
        = m_booking.book(session.caller, requestId, failed.slotId, failed.purpose, failed.email);
    if (outcome.done)
        return done(request, QStringLiteral("bokad"));
    BokaHtml::Home home;
    if (!outcome.field.isEmpty()) {
        failed.field = outcome.field;
        failed.message = outcome.message;
    } else {
        home.alert = outcome.message;
    }
    if (outcome.code == u"slot_taken" || outcome.code == u"too_late") {
        if (isValidId(ownerId))
            home.alternatives = m_booking.view(session.caller, m_clock).nearest(ownerId, near, 3);
    }
    home.failed = failed;
    return render(session, home, outcome.field.isEmpty() ? 409 : 400);
}

HttpReply BokaPage::cancel(const QHttpServerRequest &request, const WebSessions::Session &session)
{
    const QUrlQuery fields = form(request);
    const QString bookingId = formValue(fields, QStringLiteral("bokning")).toLower();
    const QString requestId = formValue(fields, QStringLiteral("begaran")).toLower();
    if (!isValidId(bookingId) || !isValidId(requestId))
        return badForm();
    const std::optional<BokaEntry> booking
        = m_booking.view(session.caller, m_clock).booking(bookingId);
    // Another family's booking and no booking at all get the same answer.
    if (!booking)
        return html(404,
            BokaHtml::message(QStringLiteral("Bokningen finns inte"),
                QStringLiteral("Bokningen finns inte bland dina bokningar. Inget har ändrats.")));
    if (booking->status == u"cancelled")
        return done(request, QStringLiteral("avbokad")); // a second click changes nothing
    const BokaOutcome outcome = m_booking.cancel(session.caller, requestId, *booking);
    if (outcome.done)
        return done(request, QStringLiteral("avbokad"));
    BokaHtml::Home home;
    home.alert = outcome.message;
    return render(session, home, 409);
}

HttpReply BokaPage::calendar(const QString &path, const WebSessions::Session &session)
{
    const QString id = path.mid(QStringLiteral("/boka/kalender/").size()).chopped(4).toLower();
    const std::optional<BokaEntry> booking
        = isValidId(id) ? m_booking.view(session.caller, m_clock).booking(id) : std::nullopt;
    if (!booking)
        return html(404, BokaHtml::notFound());
    HttpReply r;
    r.contentType = QByteArrayLiteral("text/calendar; charset=utf-8");
    r.body = CalendarFile::write(
        CalendarFile::fromBooking(booking->data, m_options.config.unitName, m_clock.now()));
    r.headers = {{"Content-Disposition", "attachment; filename=\"mote.ics\""},
        {"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}};
    return r;
}

} // namespace barntid::server
