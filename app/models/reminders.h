// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storechanges.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace barntid {

class Notifier;
class Session;
class Store;

/** Reminds of confirmed meetings 24 hours and 1 hour before (issue 13): a platform notification
 *  where a notification service answers, else a notice in the app. Runs only while the store is
 *  open; what was given is kept, encrypted, in the store, so a restart gives nothing twice. */
class Reminders : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The in-app reminder; empty when there is none. */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    static inline const QString givenSetting = QStringLiteral("reminders_given");
    /** The key of the in-app notice not yet dismissed: it is shown again after a lock. */
    static inline const QString noticeSetting = QStringLiteral("reminders_notice");
    static constexpr int intervalMs = 60'000;

    /** notifier may be null (no platform notifications): every reminder is then in-app. */
    Reminders(Session *session, Notifier *notifier, QObject *parent = nullptr);
    ~Reminders() override;

    static void setInstance(Reminders *reminders);
    static Reminders *instance();
    static Reminders *create(QQmlEngine *, QJSEngine *);

    QString notice() const { return m_notice; }
    Q_INVOKABLE void dismiss();
    /** Gives what is due now; the timer and the store's changes call it. */
    void check();

signals:
    void noticeChanged();

private:
    void onSessionState();
    void onCommitted(const StoreChangeList &changes);
    void setNotice(const QString &bookingId, const QString &text);
    void restoreNotice(Store &store, const QDateTime &now);

    QPointer<Session> m_session;
    Notifier *m_notifier = nullptr;
    QTimer m_timer;
    QString m_noticeBooking;
    QString m_notice;
};

} // namespace barntid
