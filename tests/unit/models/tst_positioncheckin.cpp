// SPDX-License-Identifier: GPL-3.0-or-later
// VisitEditor's check-in/out position over a real encrypted store: the replayed walk is stored
// with the check-in and the check-out; for a protected identity the source is never asked and
// nothing is stored; without a fix the check-in time is still recorded and the state says so.
#include "models/caselistmodel.h"
#include "models/checkinposition.h"
#include "models/fosterhomelistmodel.h"
#include "models/visitduemodel.h"
#include "models/visiteditor.h"
#include "store/store.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QFile>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

QByteArray recordedWalk()
{
    QFile file(QStringLiteral(BARNTID_DEMO_NMEA));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Counts requests and never answers: proves that nothing was asked. */
class CountingSource final : public PositionSource
{
public:
    int requests = 0;
    Capabilities capabilities() const override { return Capability::Available; }
    QString backendName() const override { return u"counting"_s; }
    void requestFix(int) override { ++requests; }
    void cancel() override { }
};

} // namespace

class TestPositionCheckIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    Visit stored(const QString &id)
    {
        return VisitRepository(*m_session->store()).find(id).value_or(Visit());
    }
    QString newCase(bool protectedIdentity)
    {
        return CaseListModel().createCase(u"2026-0177"_s, u"Elsa M."_s, 2014, protectedIdentity);
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.set(test::testStart());
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void storesTheReplayedPositions()
    {
        VisitEditor editor;
        const QString id = editor.start(newCase(false));
        QVERIFY(!id.isEmpty());
        CheckInPosition *position = editor.position();
        QCOMPARE(position->state(), CheckInPosition::State::Idle);
        position->setSource(createReplayPositionSource(recordedWalk()));

        QVERIFY(editor.checkIn());
        // The time is kept at once; the position follows.
        QCOMPARE(stored(id).actualStart, std::optional(m_clock.now()));
        QCOMPARE(position->state(), CheckInPosition::State::Searching);
        QCOMPARE(position->text(), u"Finding position…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(position->state(), CheckInPosition::State::Fixed, 5000);
        QCOMPARE(position->accuracy(), 9.0); // HDOP 0.9 × 2 × 5 m
        QCOMPARE(position->text(), u"Position ±9 m"_s);
        Visit v = stored(id);
        QVERIFY(v.checkInLat && v.checkInLon && v.checkInAccuracy && v.checkInAt);
        QCOMPARE(qRound(*v.checkInLat * 1e6), 60149600);
        QCOMPARE(qRound(*v.checkInLon * 1e6), 15187800);
        QCOMPARE(*v.checkInAccuracy, 9.0);
        QCOMPARE(*v.checkInAt, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        QVERIFY(!v.checkOutLat);

        m_clock.advance(40 * 60 * 1000);
        QVERIFY(editor.checkOut());
        QCOMPARE(stored(id).actualEnd, std::optional(m_clock.now()));
        QTRY_VERIFY_WITH_TIMEOUT(stored(id).checkOutLat.has_value(), 5000);
        v = stored(id);
        QVERIFY(*v.checkOutLat > *v.checkInLat); // the walk went on
        QCOMPARE(*v.checkOutAt, v.checkInAt->addSecs(1));
        QCOMPARE(position->state(), CheckInPosition::State::Fixed);

        // Reopened, the page shows what is stored.
        VisitEditor reopened;
        QVERIFY(reopened.load(id));
        QCOMPARE(reopened.position()->state(), CheckInPosition::State::Fixed);
        QCOMPARE(reopened.position()->accuracy(), *v.checkOutAccuracy);
    }

    void protectedIdentityIsNeverAsked()
    {
        VisitEditor editor;
        const QString id = editor.start(newCase(true));
        QVERIFY(!id.isEmpty());
        auto source = std::make_unique<CountingSource>();
        CountingSource *counting = source.get();
        editor.position()->setSource(std::move(source));
        QCOMPARE(editor.position()->state(), CheckInPosition::State::NotStored);

        QVERIFY(editor.checkIn());
        QVERIFY(editor.checkOut());
        QCOMPARE(counting->requests, 0);
        QCOMPARE(editor.position()->state(), CheckInPosition::State::NotStored);
        QCOMPARE(editor.position()->text(), u"Position not stored (protected identity)"_s);
        const Visit v = stored(id);
        QVERIFY(v.actualStart && v.actualEnd);
        QVERIFY(!v.checkInLat && !v.checkInAt && !v.checkOutLat && !v.checkOutAt);
    }

    void fosterHomeOfAProtectedChildIsNeverAsked()
    {
        // A foster home's position is where its children live: with a protected child placed
        // there, no visit to the home asks for one, about that child's case or about none.
        const QString homeId = FosterHomeListModel().createFosterHome(u"Familjen Berg"_s, {}, {});
        const QString protectedCase = newCase(true);
        VisitDueModel placed;
        placed.setFosterHomeId(homeId);
        QVERIFY(placed.placeCase(protectedCase));
        for (const QString &caseId : {protectedCase, QString()}) {
            VisitEditor editor;
            const QString id = editor.startAtFosterHome(homeId, caseId);
            QVERIFY2(!id.isEmpty(), qPrintable(editor.errorText()));
            auto source = std::make_unique<CountingSource>();
            CountingSource *counting = source.get();
            editor.position()->setSource(std::move(source));
            QVERIFY(editor.checkIn());
            QCOMPARE(counting->requests, 0);
            QCOMPARE(editor.position()->state(), CheckInPosition::State::NotStored);
            QVERIFY(!stored(id).checkInLat && !stored(id).checkInAt);
        }

        // Another foster home, no protected child: its visits do ask.
        const QString otherHome
            = FosterHomeListModel().createFosterHome(u"Familjen Holm"_s, {}, {});
        VisitEditor editor;
        QVERIFY(!editor.startAtFosterHome(otherHome, {}).isEmpty());
        auto source = std::make_unique<CountingSource>();
        CountingSource *counting = source.get();
        editor.position()->setSource(std::move(source));
        QVERIFY(editor.checkIn());
        QCOMPARE(counting->requests, 1);
        QCOMPARE(editor.position()->state(), CheckInPosition::State::Searching);
    }

    void noFixStillChecksIn_data()
    {
        QTest::addColumn<QByteArray>("nmea");
        QTest::newRow("empty log") << QByteArray();
        QTest::newRow("invalid sentences") << "$GPGGA,garbage*00\r\n$GPRMC,,V,,,,,,,,,,N*53\r\n"_ba;
    }
    void noFixStillChecksIn()
    {
        QFETCH(QByteArray, nmea);
        VisitEditor editor;
        const QString id = editor.start(newCase(false));
        editor.position()->setSource(createReplayPositionSource(nmea));
        editor.position()->setTimeoutMs(200);
        QSignalSpy changed(editor.position(), &CheckInPosition::changed);

        QVERIFY(editor.checkIn());
        QCOMPARE(stored(id).actualStart, std::optional(m_clock.now()));
        QCOMPARE(editor.position()->state(), CheckInPosition::State::Searching);
        QTRY_COMPARE_WITH_TIMEOUT(editor.position()->state(), CheckInPosition::State::NoFix, 5000);
        QCOMPARE(editor.position()->text(), u"No position (continuing without)"_s);
        QCOMPARE(editor.position()->accuracy(), -1.0);
        QCOMPARE(changed.size(), 2); // searching, then no fix
        const Visit v = stored(id);
        QVERIFY(v.actualStart);
        QVERIFY(!v.checkInLat && !v.checkInAt);
    }
};

QTEST_MAIN(TestPositionCheckIn)
#include "tst_positioncheckin.moc"
