// SPDX-License-Identifier: GPL-3.0-or-later
// Every time the sync page shows is Stockholm time, whatever zone the tablet is set to: the
// receipt and "last synced" name one moment with one clock (issue 11: they showed 15:49 and 14:49).
#include "models/synctext.h"

#include <QTest>
#include <QTimeZone>

using namespace barntid;

class TestSyncText : public QObject
{
    Q_OBJECT

private slots:
    void lastSyncedIsStockholmTime_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clock");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("winter") << QDateTime(QDate(2026, 12, 4), QTime(14, 49), utc)
                                << QStringLiteral("Last synced 2026-12-04 15:49")
                                << QStringLiteral("15:49");
        QTest::newRow("summer") << QDateTime(QDate(2026, 7, 1), QTime(10, 0), utc)
                                << QStringLiteral("Last synced 2026-07-01 12:00")
                                << QStringLiteral("12:00");
        QTest::newRow("new year in Stockholm, not yet in UTC")
            << QDateTime(QDate(2026, 12, 31), QTime(23, 30), utc)
            << QStringLiteral("Last synced 2027-01-01 00:30") << QStringLiteral("00:30");
        QTest::newRow("another zone's clock") << QDateTime(
            QDate(2026, 12, 4), QTime(9, 49), QTimeZone(QByteArrayLiteral("America/New_York")))
                                              << QStringLiteral("Last synced 2026-12-04 15:49")
                                              << QStringLiteral("15:49");
    }

    void lastSyncedIsStockholmTime()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, text);
        QFETCH(QString, clock);
        QCOMPARE(SyncText::lastSynced(at), text);
        QVERIFY2(SyncText::receipt(0, at).endsWith(QStringLiteral("(%1)").arg(clock)),
            qPrintable(SyncText::receipt(0, at)));
    }

    void neverSynced()
    {
        QCOMPARE(SyncText::lastSynced(QDateTime()), QStringLiteral("Never synced on this tablet"));
    }
};

QTEST_GUILESS_MAIN(TestSyncText)
#include "tst_synctext.moc"
