// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/backoff.h"

#include <QTest>

using namespace barntid::sync;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap()
    {
        QList<quint64> bounds;
        Backoff b(500ms, 8000ms, [&](quint64 bound) {
            bounds << bound;
            return bound; // the highest wait the jitter allows
        });
        QList<qint64> waits;
        for (int i = 0; i < 7; ++i)
            waits << b.next().count();
        QCOMPARE(waits, (QList<qint64> {500, 1000, 2000, 4000, 8000, 8000, 8000}));
        QCOMPARE(bounds.last(), 8000u);
        QCOMPARE(b.failures(), 7);
    }

    void fullJitterCanWaitNothing()
    {
        Backoff b(500ms, 8000ms, [](quint64) { return quint64(0); });
        QCOMPARE(b.next().count(), 0);
        QCOMPARE(b.next().count(), 0);
    }

    void randomAboveTheBoundIsClamped()
    {
        Backoff b(100ms, 1000ms, [](quint64 bound) { return bound * 10; });
        QCOMPARE(b.next().count(), 100);
    }

    void resetStartsOver()
    {
        Backoff b(100ms, 1000ms, [](quint64 bound) { return bound; });
        b.next();
        b.next();
        b.reset();
        QCOMPARE(b.next().count(), 100);
    }

    void retryAfterIsAFloor()
    {
        Backoff b(100ms, 1000ms, [](quint64) { return quint64(0); });
        QCOMPARE(b.next(30000ms).count(), 30000);
    }

    void neverOverflowsAfterLongOutages()
    {
        Backoff b(1000ms, 300000ms, [](quint64 bound) { return bound; });
        for (int i = 0; i < 200; ++i)
            QVERIFY(b.next().count() <= 300000);
        QCOMPARE(b.next().count(), 300000);
    }

    void defaultRandomStaysInRange()
    {
        Backoff b(100ms, 400ms);
        for (int i = 0; i < 50; ++i) {
            const qint64 w = b.next().count();
            QVERIFY(w >= 0 && w <= 400);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
