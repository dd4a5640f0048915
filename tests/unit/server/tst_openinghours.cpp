// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timeformat.h"
#include "openinghours.h"

#include <QTest>

using barntid::server::isAfterHours;

class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void afterHours_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("after");
        // 2026-11-24 is a Tuesday; Stockholm is UTC+1 in winter, UTC+2 in summer.
        QTest::newRow("tuesday evening") << "2026-11-24T16:00:00Z"
                                         << "2026-11-24T17:00:00Z" << true;
        QTest::newRow("morning inside") << "2026-11-24T07:00:00Z"
                                        << "2026-11-24T08:00:00Z" << false;
        QTest::newRow("opens 07:30") << "2026-11-24T06:30:00Z"
                                     << "2026-11-24T07:00:00Z" << false;
        QTest::newRow("before opening") << "2026-11-24T06:00:00Z"
                                        << "2026-11-24T06:45:00Z" << true;
        QTest::newRow("over lunch") << "2026-11-24T10:30:00Z"
                                    << "2026-11-24T12:30:00Z" << true;
        QTest::newRow("closes 16:15") << "2026-11-24T14:15:00Z"
                                      << "2026-11-24T15:15:00Z" << false;
        QTest::newRow("past 16:15") << "2026-11-24T14:30:00Z"
                                    << "2026-11-24T15:30:00Z" << true;
        QTest::newRow("saturday") << "2026-11-28T09:00:00Z"
                                  << "2026-11-28T10:00:00Z" << true;
        QTest::newRow("summer time") << "2026-06-16T06:00:00Z"
                                     << "2026-06-16T07:00:00Z" << false;
        QTest::newRow("summer evening") << "2026-06-16T15:00:00Z"
                                        << "2026-06-16T16:00:00Z" << true;
    }

    void afterHours()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, after);
        QCOMPARE(isAfterHours(*barntid::parseRfc3339(start), *barntid::parseRfc3339(end)), after);
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
