// SPDX-License-Identifier: GPL-3.0-or-later
// DBusNotifier against a real notification service on a private session bus (ctest starts this
// under dbus-run-session): tests/scripts/notification-service.py owns
// org.freedesktop.Notifications and records each call, which the test reads back.
#include "platform/dbusnotifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestDBusNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_record;
    std::unique_ptr<QProcess> m_service;

    /** Starts the recording service and waits until it owns its name. */
    bool startService()
    {
        m_service = std::make_unique<QProcess>();
        m_service->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_service->start(
            u"" BARNTID_SYSTEM_PYTHON ""_s, {u"" BARNTID_NOTIFICATION_SERVICE ""_s, m_record});
        while (m_service->waitForReadyRead(10'000)) {
            if (m_service->readAll().contains("ready"))
                return true;
        }
        return false;
    }
    void stopService()
    {
        if (!m_service)
            return;
        m_service->terminate();
        m_service->waitForFinished(10'000);
        m_service.reset();
    }
    QList<QJsonObject> calls()
    {
        QFile file(m_record);
        QList<QJsonObject> out;
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }
    /** Shows and waits for the service's answer. */
    bool showAndWait(DBusNotifier &notifier, const QString &id, const QString &body)
    {
        QSignalSpy answered(&notifier, &DBusNotifier::answered);
        notifier.show(id, u"Barntid"_s, body);
        return answered.wait(10'000) && answered.constFirst().at(1).toBool();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("BARNTID_PRIVATE_BUS") != u"1")
            QSKIP("needs a private session bus: run through ctest (dbus-run-session), which "
                  "scripts/setup installs with dbus-daemon");
        QVERIFY(m_dir.isValid());
    }
    void init() { m_record = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())); }
    void cleanup() { stopService(); }

    void withoutAServiceItIsNotAvailable()
    {
        DBusNotifier notifier;
        QCOMPARE(notifier.backendName(), u"freedesktop"_s);
        QVERIFY(!notifier.available());
        QSignalSpy answered(&notifier, &DBusNotifier::answered);
        notifier.show(u"b1"_s, u"Barntid"_s, u"Möte i morgon kl. 17:00"_s);
        QVERIFY(answered.wait(10'000));
        QCOMPARE(answered.constFirst().at(1).toBool(), false); // nobody there to show it
    }

    void showSendsTheReminderAsBarntidWithNormalUrgency()
    {
        QVERIFY(startService());
        DBusNotifier notifier;
        QVERIFY(notifier.available());
        QVERIFY(showAndWait(notifier, u"b1"_s, u"Möte i morgon kl. 17:00"_s));
        const QList<QJsonObject> recorded = calls();
        QCOMPARE(recorded.size(), 1);
        const QJsonObject call = recorded.constFirst();
        QCOMPARE(call[u"method"].toString(), u"Notify"_s);
        QCOMPARE(call[u"app_name"].toString(), u"Barntid"_s);
        QCOMPARE(call[u"summary"].toString(), u"Barntid"_s);
        QCOMPARE(call[u"body"].toString(), u"Möte i morgon kl. 17:00"_s);
        QCOMPARE(call[u"replaces_id"].toInt(), 0);
        QCOMPARE(call[u"urgency"].toInt(), 1);
        QCOMPARE(call[u"urgency_type"].toString(), u"Byte"_s); // the spec's type for urgency
        QVERIFY(call[u"expire_timeout"].toInt() > 0);
    }

    void aSecondShowOfAnIdReplacesTheFirst()
    {
        QVERIFY(startService());
        DBusNotifier notifier;
        QVERIFY(showAndWait(notifier, u"b1"_s, u"Möte i morgon kl. 17:00"_s));
        QVERIFY(showAndWait(notifier, u"b2"_s, u"Videomöte i morgon kl. 18:00"_s));
        QVERIFY(showAndWait(notifier, u"b1"_s, u"Möte om en timme, kl. 17:00"_s));
        const QList<QJsonObject> recorded = calls();
        QCOMPARE(recorded.size(), 3);
        const int first = recorded[0][u"id"].toInt();
        QVERIFY(first > 0);
        QCOMPARE(recorded[1][u"replaces_id"].toInt(), 0); // another booking: its own
        QVERIFY(recorded[1][u"id"].toInt() != first);
        QCOMPARE(recorded[2][u"replaces_id"].toInt(), first);
        QCOMPARE(recorded[2][u"body"].toString(), u"Möte om en timme, kl. 17:00"_s);
    }

    void aShowWhileTheFirstIsUnansweredStillReplacesIt()
    {
        QVERIFY(startService());
        DBusNotifier notifier;
        QSignalSpy answered(&notifier, &DBusNotifier::answered);
        notifier.show(u"b1"_s, u"Barntid"_s, u"Möte i morgon kl. 17:00"_s);
        notifier.show(u"b1"_s, u"Barntid"_s, u"Möte om en timme, kl. 17:00"_s);
        while (answered.size() < 2)
            QVERIFY(answered.wait(10'000));
        const QList<QJsonObject> recorded = calls();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded[1][u"replaces_id"].toInt(), recorded[0][u"id"].toInt());
    }

    void withdrawClosesTheNotification()
    {
        QVERIFY(startService());
        DBusNotifier notifier;
        QVERIFY(showAndWait(notifier, u"b1"_s, u"Möte i morgon kl. 17:00"_s));
        notifier.withdraw(u"b1"_s);
        notifier.withdraw(u"unknown"_s); // nothing shown under it: nothing sent
        // One connection's messages arrive in order: the close is recorded before this show.
        QVERIFY(showAndWait(notifier, u"b1"_s, u"Möte i morgon kl. 18:00"_s));
        const QList<QJsonObject> recorded = calls();
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(recorded[1][u"method"].toString(), u"CloseNotification"_s);
        QCOMPARE(recorded[1][u"id"].toInt(), recorded[0][u"id"].toInt());
        QCOMPARE(recorded[2][u"replaces_id"].toInt(), 0); // a new notification, not a replacement
    }

    void availabilityFollowsTheService()
    {
        DBusNotifier notifier;
        QVERIFY(!notifier.available());
        QSignalSpy changed(&notifier, &DBusNotifier::availableChanged);
        QVERIFY(startService());
        QVERIFY(changed.wait(10'000));
        QVERIFY(notifier.available());
        stopService();
        QVERIFY(changed.wait(10'000));
        QVERIFY(!notifier.available());
    }
};

QTEST_GUILESS_MAIN(TestDBusNotifier)
#include "tst_dbusnotifier.moc"
