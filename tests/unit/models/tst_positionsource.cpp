// SPDX-License-Identifier: GPL-3.0-or-later
// The platform PositionSource replaying the recorded Ludvika walk (platform/nmea/) through
// QNmeaPositionInfoSource in simulation mode: the first fix with its coordinates, accuracy
// (2 × HDOP × nmeaUereMetres) and time; the next request walks on; an empty or broken log and
// a missing file answer "no fix" within the timeout, never from inside requestFix().
#include "platform/positioning.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

QByteArray recordedWalk()
{
    QFile file(QStringLiteral(BARNTID_DEMO_NMEA));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPositionSource : public QObject
{
    Q_OBJECT

private slots:
    void replaysTheFirstFix()
    {
        const QByteArray walk = recordedWalk();
        QVERIFY(!walk.isEmpty());
        auto source = createReplayPositionSource(walk);
        QCOMPARE(source->capabilities(),
            PositionSource::Capability::Available | PositionSource::Capability::Replaying);
        QSignalSpy fixed(source.get(), &PositionSource::fixed);
        QSignalSpy noFix(source.get(), &PositionSource::noFix);
        source->requestFix(5000);
        QCOMPARE(fixed.size(), 0); // never from inside the call
        QVERIFY(fixed.wait(5000));
        QCOMPARE(noFix.size(), 0);
        const auto fix = fixed.first().first().value<PositionFix>();
        // $GPGGA,090000.00,6008.9760,N,01511.2680,E,1,08,0.9,…
        QCOMPARE(qRound(fix.latitude * 1e6), 60149600);
        QCOMPARE(qRound(fix.longitude * 1e6), 15187800);
        QVERIFY(fix.accuracy);
        QCOMPARE(*fix.accuracy, 2 * 0.9 * nmeaUereMetres);
        QCOMPARE(fix.time, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    }

    void nextRequestWalksOn()
    {
        auto source = createReplayPositionSource(recordedWalk());
        QSignalSpy fixed(source.get(), &PositionSource::fixed);
        source->requestFix(5000);
        QVERIFY(fixed.wait(5000));
        source->requestFix(5000);
        QTRY_COMPARE_WITH_TIMEOUT(fixed.size(), 2, 5000);
        const auto first = fixed.at(0).first().value<PositionFix>();
        const auto second = fixed.at(1).first().value<PositionFix>();
        QVERIFY(second.latitude > first.latitude);
        QCOMPARE(second.time, first.time.addSecs(1));
    }

    void emptyOrBrokenLogGivesNoFix_data()
    {
        QTest::addColumn<QByteArray>("nmea");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("bad checksum")
            << "$GPRMC,090000.00,A,6008.9760,N,01511.2680,E,002.7,034.0,251126,,,A*00\r\n"_ba;
        QTest::newRow("not nmea") << "hello\r\nworld\r\n"_ba;
    }
    void emptyOrBrokenLogGivesNoFix()
    {
        QFETCH(QByteArray, nmea);
        auto source = createReplayPositionSource(nmea);
        QVERIFY(source->capabilities().testFlag(PositionSource::Capability::Replaying));
        QSignalSpy fixed(source.get(), &PositionSource::fixed);
        QSignalSpy noFix(source.get(), &PositionSource::noFix);
        source->requestFix(300);
        QVERIFY(noFix.wait(5000));
        QCOMPARE(noFix.first().first().value<PositionSource::NoFixReason>(),
            PositionSource::NoFixReason::Timeout);
        QCOMPARE(fixed.size(), 0);
    }

    void missingReplayFileGivesNoFix()
    {
        setPositionReplayFile(u"/nonexistent/walk.nmea"_s);
        QCOMPARE(positionReplayFile(), u"/nonexistent/walk.nmea"_s);
        auto source = createPositionSource();
        setPositionReplayFile({});
        QVERIFY(!source->capabilities().testFlag(PositionSource::Capability::Available));
        QSignalSpy noFix(source.get(), &PositionSource::noFix);
        source->requestFix(300);
        QVERIFY(noFix.wait(5000));
    }

    void cancelSilencesTheAnswer()
    {
        auto source = createReplayPositionSource(recordedWalk());
        QSignalSpy fixed(source.get(), &PositionSource::fixed);
        QSignalSpy noFix(source.get(), &PositionSource::noFix);
        source->requestFix(200);
        source->cancel();
        // Longer than the timeout and the first replayed fix: nothing may arrive.
        QVERIFY(!fixed.wait(600));
        QCOMPARE(noFix.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPositionSource)
#include "tst_positionsource.moc"
