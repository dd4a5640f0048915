// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reminders.h"

#include "domain/clock.h"
#include "domain/reminderplan.h"
#include "models/remindertext.h"
#include "models/session.h"
#include "platform/notifier.h"
#include "store/entitytable.h"
#include "store/recordwriter.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace barntid {

namespace {

Q_LOGGING_CATEGORY(lcReminders, "barntid.reminders")

Reminders *g_instance = nullptr;

QSet<QString> readGiven(const Store &store)
{
    QSet<QString> given;
    const QJsonArray keys
        = QJsonDocument::fromJson(store.setting(Reminders::givenSetting).toUtf8()).array();
    for (const QJsonValue &key : keys)
        given << key.toString();
    return given;
}

void writeGiven(Store &store, const QSet<QString> &given)
{
    QStringList keys(given.cbegin(), given.cend());
    keys.sort(); // the same set is the same text
    store.setSetting(Reminders::givenSetting,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact)));
}

} // namespace

Reminders::Reminders(Session *session, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_notifier(notifier)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::check);
    if (!session)
        return;
    connect(session, &Session::stateChanged, this, &Reminders::onSessionState);
    connect(&session->changes(), &StoreChanges::committed, this, &Reminders::onCommitted);
    onSessionState();
}

Reminders::~Reminders()
{
    if (g_instance == this)
        g_instance = nullptr;
}

void Reminders::setInstance(Reminders *reminders)
{
    g_instance = reminders;
}

Reminders *Reminders::instance()
{
    return g_instance;
}

Reminders *Reminders::create(QQmlEngine *, QJSEngine *)
{
    // Tools and test runners that make none get one without platform notifications.
    if (!g_instance) {
        auto *own = new Reminders(Session::instance(), nullptr);
        QQmlEngine::setObjectOwnership(own, QQmlEngine::JavaScriptOwnership);
        return own;
    }
    QQmlEngine::setObjectOwnership(g_instance, QQmlEngine::CppOwnership);
    return g_instance;
}

void Reminders::dismiss()
{
    setNotice({}, {});
    Session *session = m_session.data();
    Store *store = session && session->state() == Session::State::Open ? session->store() : nullptr;
    try {
        if (store)
            store->removeSetting(noticeSetting);
    } catch (const StoreError &e) {
        qCWarning(lcReminders, "dismissal not kept (store error %d)", int(e.code()));
    }
}

void Reminders::onSessionState()
{
    Session *session = m_session.data();
    if (session && session->state() == Session::State::Open) {
        m_timer.start();
        check();
    } else {
        // Locked: nothing is read; the notice goes with the pages and comes back at unlock.
        m_timer.stop();
        setNotice({}, {});
    }
}

void Reminders::onCommitted(const StoreChangeList &changes)
{
    for (const StoreChange &change : changes) {
        if (change.entity == u"booking") {
            check();
            return;
        }
    }
}

void Reminders::check()
{
    Session *session = m_session.data();
    Store *store = session && session->state() == Session::State::Open ? session->store() : nullptr;
    if (!store)
        return;
    try {
        const QList<QJsonObject> bookings
            = RecordWriter(*store, entityTable(u"booking")).list("ORDER BY starts_at, id");
        const QSet<QString> given = readGiven(*store);
        const QDateTime now = session->clock().now();
        if (m_notice.isEmpty())
            restoreNotice(*store, now);
        const ReminderPlan::Result plan = ReminderPlan::run(bookings, now, given);
        // Kept first: a crash after showing must not show it again on the next start.
        if (plan.given != given)
            writeGiven(*store, plan.given);
        for (const QString &bookingId : plan.withdraw) {
            if (m_notifier)
                m_notifier->withdraw(bookingId);
            if (m_noticeBooking == bookingId) {
                setNotice({}, {});
                store->removeSetting(noticeSetting);
            }
        }
        for (const ReminderPlan::Reminder &reminder : plan.due) {
            const QString text = ReminderText::body(reminder, now);
            if (m_notifier && m_notifier->available()) {
                m_notifier->show(reminder.bookingId, ReminderText::title(), text);
            } else {
                setNotice(reminder.bookingId, text);
                store->setSetting(noticeSetting, reminder.key);
            }
        }
    } catch (const StoreError &e) {
        qCWarning(lcReminders, "reminders not checked (store error %d)", int(e.code()));
    }
}

void Reminders::restoreNotice(Store &store, const QDateTime &now)
{
    const QString key = store.setting(noticeSetting);
    if (key.isEmpty())
        return;
    const std::optional<QJsonObject> booking
        = RecordWriter(store, entityTable(u"booking")).find(ReminderPlan::bookingOf(key));
    const std::optional<ReminderPlan::Reminder> reminder
        = booking ? ReminderPlan::stillDue(key, *booking, now) : std::nullopt;
    if (reminder)
        setNotice(reminder->bookingId, ReminderText::body(*reminder, now));
    else
        store.removeSetting(noticeSetting); // cancelled, moved or begun meanwhile
}

void Reminders::setNotice(const QString &bookingId, const QString &text)
{
    m_noticeBooking = bookingId;
    if (m_notice == text)
        return;
    m_notice = text;
    emit noticeChanged();
}

} // namespace barntid
