// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting reminders over a real encrypted store: bookings arrive as the sync engine writes pulled
// records, a manual clock crosses the 24 h and 1 h moments of a meeting on Tuesday 2026-12-08
// 17:00 Stockholm, and a recording Notifier stands in for the platform's service (the D-Bus one
// has its own test). Each reminder is given once, also across a restart and a lock; a
// cancellation withdraws it; without a service it is an in-app notice; no text names anyone,
// any place or the purpose.
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "engine/pageapplier.h"
#include "models/reminders.h"
#include "platform/notifier.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

const QDateTime meeting(QDate(2026, 12, 8), QTime(16, 0), Qt::UTC); // 17:00 in Stockholm
const QString workerName = u"Anna Andersson"_s;
const QString place = u"Familjerätten, Storgatan 12, Ludvika"_s;
const QString purpose = u"Prata om Alvas skolstart"_s;

/** The platform's notification service as the tests see it: every call recorded. */
class RecordingNotifier final : public Notifier
{
public:
    struct Shown
    {
        QString id, title, body;
    };
    bool up = true;
    QList<Shown> shown;
    QStringList withdrawn;

    QString backendName() const override { return u"recording"_s; }
    bool available() const override { return up; }
    void show(const QString &id, const QString &title, const QString &body) override
    {
        shown << Shown {id, title, body};
    }
    void withdraw(const QString &id) override { withdrawn << id; }
};

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {meeting.addSecs(-25 * 3600)};
    std::unique_ptr<Session> m_session;
    RecordingNotifier m_notifier;
    qint64 m_seq = 0;
    const QString m_booking = newId();

    Store &store() { return *m_session->store(); }

    /** The booking as a pull delivers it to the foster parent's device. */
    void pullBooking(const QString &id, qint64 version, const QString &status, bool video = false,
        const QDateTime &startsAt = meeting)
    {
        const QString at = toRfc3339(m_clock.now());
        const QJsonObject data {{u"id"_s, id}, {u"version"_s, version}, {u"created_at"_s, at},
            {u"updated_at"_s, at}, {u"author_id"_s, newId()}, {u"device_id"_s, newId()},
            {u"deleted"_s, false}, {u"slot_id"_s, newId()}, {u"foster_home_id"_s, newId()},
            {u"booked_by"_s, newId()}, {u"purpose"_s, purpose}, {u"status"_s, status},
            {u"starts_at"_s, toRfc3339(startsAt)},
            {u"ends_at"_s, toRfc3339(startsAt.addSecs(45 * 60))}, {u"place"_s, place},
            {u"video"_s, video},
            {u"video_link"_s, video ? u"https://video.example/anna"_s : QString()},
            {u"after_hours"_s, true}, {u"owner_name"_s, workerName},
            {u"cancel_until"_s, toRfc3339(startsAt.addSecs(-24 * 3600))}};
        protocol::PullPage page;
        page.changes << protocol::Change {
            ++m_seq, u"booking"_s, id, protocol::Op::Upsert, version, data, {}};
        page.next = m_seq;
        sync::PageApplier(store()).apply(page);
    }
    void at(qint64 secsBeforeMeeting) { m_clock.set(meeting.addSecs(-secsBeforeMeeting)); }
    void verifyNothingPersonal(const QString &text)
    {
        for (const QString &secret : {workerName, u"Anna"_s, place, u"Storgatan"_s, purpose})
            QVERIFY2(!text.contains(secret), qPrintable(u"found in a reminder: "_s + secret));
    }
    bool lockAndUnlock()
    {
        m_session->lock();
        if (m_session->state() != Session::State::Locked)
            return false;
        m_session->unlock(test::visitTestPin);
        return test::settle(*m_session) && m_session->state() == Session::State::Open;
    }

private slots:
    void init()
    {
        m_clock.set(meeting.addSecs(-25 * 3600));
        QVERIFY(test::openTemporary(m_dir, m_session, m_clock));
        m_notifier = RecordingNotifier();
    }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void remindsADayAndAnHourBeforeThroughThePlatform()
    {
        pullBooking(m_booking, 2, u"confirmed"_s);
        Reminders reminders(m_session.get(), &m_notifier);
        QVERIFY(m_notifier.shown.isEmpty()); // 25 hours before: nothing yet
        at(24 * 3600);
        reminders.check();
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown[0].id, m_booking);
        QCOMPARE(m_notifier.shown[0].title, u"Barntid"_s);
        QCOMPARE(m_notifier.shown[0].body, u"Meeting tomorrow at 17:00"_s);
        at(23 * 3600);
        reminders.check();
        QCOMPARE(m_notifier.shown.size(), 1); // never twice
        at(3600);
        reminders.check();
        QCOMPARE(m_notifier.shown.size(), 2);
        QCOMPARE(m_notifier.shown[1].id, m_booking); // replaces the day-before one
        QCOMPARE(m_notifier.shown[1].body, u"Meeting in one hour, at 17:00"_s);
        at(10 * 60);
        reminders.check();
        QCOMPARE(m_notifier.shown.size(), 2);
        QVERIFY(reminders.notice().isEmpty());
        QVERIFY(m_notifier.withdrawn.isEmpty());
        for (const auto &shown : std::as_const(m_notifier.shown)) {
            verifyNothingPersonal(shown.title);
            verifyNothingPersonal(shown.body);
        }
    }

    void aVideoMeetingSaysSo()
    {
        at(3600);
        pullBooking(m_booking, 2, u"confirmed"_s, true);
        Reminders reminders(m_session.get(), &m_notifier); // checks as the store is open
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown[0].body, u"Video meeting in one hour, at 17:00"_s);
    }

    void onlyConfirmedMeetingsAreReminded()
    {
        pullBooking(m_booking, 1, u"requested"_s);
        pullBooking(newId(), 3, u"cancelled"_s);
        at(3600);
        Reminders reminders(m_session.get(), &m_notifier);
        QVERIFY(m_notifier.shown.isEmpty());
        // The worker confirms: the pulled change alone brings the reminder, late or not.
        pullBooking(m_booking, 2, u"confirmed"_s);
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown[0].body, u"Meeting in one hour, at 17:00"_s);
    }

    void whatWasGivenSurvivesARestartAndALock()
    {
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(24 * 3600);
        {
            Reminders reminders(m_session.get(), &m_notifier);
            QCOMPARE(m_notifier.shown.size(), 1);
        }
        QVERIFY(!store().setting(Reminders::givenSetting).isEmpty());
        Reminders again(m_session.get(), &m_notifier);
        QCOMPARE(m_notifier.shown.size(), 1);
        QVERIFY(lockAndUnlock());
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void aDeviceOffForADayGivesOneLateReminder()
    {
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(20 * 60); // both moments passed while it was off
        Reminders reminders(m_session.get(), &m_notifier);
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown[0].body, u"Meeting soon, at 17:00"_s);
        at(0);
        reminders.check();
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void aMovedMeetingIsRemindedAgain()
    {
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(24 * 3600);
        Reminders reminders(m_session.get(), &m_notifier);
        QCOMPARE(m_notifier.shown.size(), 1);
        at(23 * 3600);
        pullBooking(m_booking, 3, u"confirmed"_s, false, meeting.addSecs(-3600)); // to 16:00
        QCOMPARE(m_notifier.shown.size(), 2);
        QCOMPARE(m_notifier.shown[1].id, m_booking);
        QCOMPARE(m_notifier.shown[1].body, u"Meeting tomorrow at 16:00"_s);
    }

    void aCancellationWithdrawsTheNotification()
    {
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(24 * 3600);
        Reminders reminders(m_session.get(), &m_notifier);
        QCOMPARE(m_notifier.shown.size(), 1);
        pullBooking(m_booking, 3, u"cancelled"_s);
        QCOMPARE(m_notifier.withdrawn, QStringList {m_booking});
        reminders.check();
        QCOMPARE(m_notifier.withdrawn.size(), 1); // once
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void withoutAServiceTheReminderIsANoticeInTheApp()
    {
        m_notifier.up = false;
        pullBooking(m_booking, 2, u"confirmed"_s);
        Reminders reminders(m_session.get(), &m_notifier);
        QSignalSpy changed(&reminders, &Reminders::noticeChanged);
        at(24 * 3600);
        reminders.check();
        QCOMPARE(reminders.notice(), u"Meeting tomorrow at 17:00"_s);
        QCOMPARE(changed.size(), 1);
        reminders.dismiss();
        QVERIFY(reminders.notice().isEmpty());
        reminders.check();
        QVERIFY(reminders.notice().isEmpty()); // not twice
        at(3600);
        reminders.check();
        QCOMPARE(reminders.notice(), u"Meeting in one hour, at 17:00"_s);
        verifyNothingPersonal(reminders.notice());
        QVERIFY(m_notifier.shown.isEmpty());
        // A cancellation takes the notice away too.
        pullBooking(m_booking, 3, u"cancelled"_s);
        QVERIFY(reminders.notice().isEmpty());
    }

    void withoutANotifierAtAllTheNoticeIsUsed()
    {
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(3600);
        Reminders reminders(m_session.get(), nullptr);
        QCOMPARE(reminders.notice(), u"Meeting in one hour, at 17:00"_s);
    }

    void lockedNothingIsReadAndTheNoticeGoes()
    {
        m_notifier.up = false;
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(24 * 3600);
        Reminders reminders(m_session.get(), &m_notifier);
        QVERIFY(!reminders.notice().isEmpty());
        m_session->lock();
        QVERIFY(reminders.notice().isEmpty());
        at(3600);
        reminders.check(); // the store is closed: nothing to read, nothing given
        QVERIFY(reminders.notice().isEmpty());
        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(reminders.notice(), u"Meeting in one hour, at 17:00"_s); // checked on unlock
    }

    void anUndismissedNoticeComesBackAfterALock()
    {
        m_notifier.up = false;
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(24 * 3600);
        Reminders reminders(m_session.get(), &m_notifier);
        QCOMPARE(reminders.notice(), u"Meeting tomorrow at 17:00"_s);
        m_session->lock();
        QVERIFY(reminders.notice().isEmpty());
        at(20 * 3600);
        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(reminders.notice(), u"Meeting tomorrow at 17:00"_s);
        reminders.dismiss();
        QVERIFY(lockAndUnlock());
        QVERIFY(reminders.notice().isEmpty()); // dismissed stays dismissed
    }

    void aNoticeWhoseMeetingWasCancelledDoesNotComeBack()
    {
        m_notifier.up = false;
        pullBooking(m_booking, 2, u"confirmed"_s);
        at(24 * 3600);
        Reminders reminders(m_session.get(), &m_notifier);
        QVERIFY(!reminders.notice().isEmpty());
        pullBooking(m_booking, 3, u"cancelled"_s);
        QVERIFY(reminders.notice().isEmpty());
        QVERIFY(store().setting(Reminders::noticeSetting).isEmpty());
        QVERIFY(lockAndUnlock());
        QVERIFY(reminders.notice().isEmpty());
    }

    void theBannerShowsTheNoticeUntilDismissed()
    {
        m_notifier.up = false;
        pullBooking(m_booking, 2, u"confirmed"_s);
        Reminders reminders(m_session.get(), &m_notifier);
        Reminders::setInstance(&reminders);
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s); // Qt 6.4 does not search qrc:/ itself
        QQmlComponent component(&engine, QUrl(u"qrc:/Barntid/controls/ReminderBanner.qml"_s));
        std::unique_ptr<QObject> banner(component.create());
        QVERIFY2(banner, qPrintable(component.errorString()));
        auto *text = banner->findChild<QObject *>(u"reminderText"_s);
        auto *dismiss = banner->findChild<QObject *>(u"reminderDismiss"_s);
        QVERIFY(text && dismiss);
        QCOMPARE(banner->property("visible").toBool(), false); // nothing due yet
        at(24 * 3600);
        reminders.check();
        QCOMPARE(banner->property("visible").toBool(), true);
        QCOMPARE(text->property("text").toString(), u"Meeting tomorrow at 17:00"_s);
        QVERIFY(dismiss->property("height").toReal() >= 48); // Theme.touchTarget
        QVERIFY(dismiss->property("width").toReal() >= 48);
        QVERIFY(QMetaObject::invokeMethod(dismiss, "clicked"));
        QCOMPARE(banner->property("visible").toBool(), false);
        QVERIFY(reminders.notice().isEmpty());
        Reminders::setInstance(nullptr);
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(u"Material"_s);
    TestReminders test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_reminders.moc"
