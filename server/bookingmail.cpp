// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingmail.h"

#include "bookedmeeting.h"
#include "database.h"
#include "domain/calendarfile.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "scope.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBookingMail, "barntid.server.mail")

namespace barntid::server {

namespace {

// Per serving thread: the rules run on the connection of the thread that applies the push (on
// SQLite the group commit's leader), and the mail row must join that very transaction.
thread_local BookingMail *activeMail = nullptr;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

bool isAsciiAddress(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'<' || c == u'>')
            return false;
    }
    return s.count(u'@') == 1;
}

QString placeLine(const QJsonObject &meeting)
{
    if (!meeting.value(QLatin1StringView("video")).toBool())
        return QStringLiteral("Plats: %1").arg(text(meeting, "place"));
    const QString link = text(meeting, "video_link");
    if (link.startsWith(u"https://"))
        return QStringLiteral("Videomöte: %1").arg(link);
    return QStringLiteral("Videomöte: länken får du av din familjehemssekreterare.");
}

} // namespace

BookingMail::BookingMail(
    Database &db, Accounts &accounts, const ServerConfig &config, const Clock &clock)
    : m_db(db)
    , m_accounts(accounts)
    , m_config(config)
    , m_clock(clock)
{
    activeMail = this;
}

BookingMail::~BookingMail()
{
    if (activeMail == this)
        activeMail = nullptr;
}

void BookingMail::recordWritten(const Caller &caller, Scope &scope,
    const std::optional<StoredRecord> &before, const StoredRecord &after)
{
    // The worker's decision only: the family knows what they did themselves, and a repeated
    // push of the same status is no news.
    if (!activeMail || after.entity != u"booking" || !before || !caller.isWorker())
        return;
    const QString status = after.text("status");
    if (status == before->text("status") || (status != u"confirmed" && status != u"cancelled"))
        return;
    if (after.text("notify_email").isEmpty())
        return;
    activeMail->enqueue(scope, after);
}

MailMessage BookingMail::compose(const QJsonObject &meeting, const QString &unitName)
{
    const bool cancelled = text(meeting, "status") == u"cancelled";
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QDateTime start
        = parseRfc3339(text(meeting, "starts_at")).value_or(QDateTime()).toTimeZone(stockholm());
    const QDateTime end
        = parseRfc3339(text(meeting, "ends_at")).value_or(QDateTime()).toTimeZone(stockholm());
    const QString day = swedish.toString(start.date(), QStringLiteral("dddd d MMMM"));
    const QString clock = start.toString(QStringLiteral("HH:mm"));
    const QString verdict
        = cancelled ? QStringLiteral("är inställt") : QStringLiteral("är bekräftat");
    const QString owner = text(meeting, "owner_name");
    MailMessage m;
    m.subject = QStringLiteral("Ditt möte %1 kl. %2 %3").arg(day, clock, verdict);
    QStringList lines {QStringLiteral("Hej!"), QString(),
        QStringLiteral("Ditt möte med %1 %2.").arg(owner.isEmpty() ? unitName : owner, verdict),
        QString(),
        QStringLiteral("Tid: %1 %2 kl. %3–%4")
            .arg(day, QString::number(start.date().year()), clock,
                end.toString(QStringLiteral("HH:mm"))),
        placeLine(meeting)};
    const QString reason = text(meeting, "cancel_reason").trimmed();
    if (cancelled && !reason.isEmpty())
        lines << QStringLiteral("Anledning: %1").arg(reason);
    lines << QString()
          << (cancelled
                     ? QStringLiteral("Har du lagt in mötet i din kalender tar bilagan bort det.")
                     : QStringLiteral("Öppna bilagan för att lägga in mötet i din kalender."))
          << QString() << QStringLiteral("Med vänliga hälsningar") << unitName << QString()
          << QStringLiteral("Det här mejlet skickas automatiskt och går inte att svara på. Har "
                            "du frågor, kontakta din familjehemssekreterare.");
    m.text = lines.join(u'\n') + u'\n';
    return m;
}

void BookingMail::enqueue(Scope &scope, const StoredRecord &booking)
{
    const QString to = booking.text("notify_email");
    if (!isAsciiAddress(to)) {
        qCWarning(lcBookingMail).noquote()
            << "booking" << booking.id << "has an address this server cannot send to";
        return;
    }
    const QJsonObject meeting = bookedMeeting(
        booking, scope.lookup(QStringLiteral("slot"), booking.parentId), m_accounts);
    const QDateTime now = m_clock.now();
    MailMessage m = compose(meeting, m_config.unitName);
    m.from = m_config.smtp.from;
    m.to = to;
    const bool cancelled = booking.text("status") == u"cancelled";
    m.calendar = CalendarFile::write(CalendarFile::fromBooking(meeting, m_config.unitName, now));
    m.calendarMethod = cancelled ? "CANCEL" : "PUBLISH";
    const QString id = newId();
    const QString domain = MailMessage::address(m.from).section(u'@', 1);
    const QByteArray raw = m.render(now, id + u'@' + (domain.isEmpty() ? u"barntid"_qs : domain));
    const QString stamp = toRfc3339(now);
    m_db.exec(QStringLiteral("INSERT INTO mail_outbox (id, booking_id, kind, recipient, subject, "
                             "body, created_at, next_try_at, attempts) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"),
        {id, booking.id, booking.text("status"), to, m.subject, QString::fromUtf8(raw), stamp,
            stamp});
    qCInfo(lcBookingMail).noquote() << "mail" << id << "queued for booking" << booking.id;
}

} // namespace barntid::server
