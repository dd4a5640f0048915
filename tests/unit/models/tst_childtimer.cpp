// SPDX-License-Identifier: GPL-3.0-or-later
// ChildTimer (the barntid timer) over a real encrypted store and a manual clock: segments become
// child_time records, the total counts overlapping time once, a running segment survives a
// lock (and so a restart), and one child at a time.
#include "domain/childtime.h"
#include "models/caselistmodel.h"
#include "models/childtimer.h"
#include "models/visiteditor.h"
#include "store/repository.h"
#include "store/store.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestChildTimer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;
    QString m_caseId;
    QString m_visitId;

    QList<ChildTime> storedSegments()
    {
        return Repository<ChildTime>(*m_session->store()).list("ORDER BY starts_at");
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.set(test::testStart());
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
        m_caseId = CaseListModel().createCase(u"2026-0142"_s, u"Alva K."_s, 2015, false);
        m_visitId = VisitEditor().start(m_caseId);
        QVERIFY(!m_visitId.isEmpty());
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void recordsSegments()
    {
        ChildTimer timer;
        timer.setVisitId(m_visitId);
        QVERIFY(!timer.running());
        QCOMPARE(timer.totalSeconds(), 0);
        QVERIFY(!timer.start(u"by_pigeon"_s));
        QVERIFY(timer.start(u"video"_s));
        QVERIFY(timer.running());
        QCOMPARE(timer.mode(), u"video"_s);
        QVERIFY(!timer.start(u"phone"_s)); // already running

        m_clock.advance(90'000);
        // The display follows the clock on its one-second tick.
        QTRY_COMPARE_WITH_TIMEOUT(timer.elapsedSeconds(), 90, 2500);
        QCOMPARE(timer.totalSeconds(), 90);
        QVERIFY(storedSegments().isEmpty());

        QVERIFY(timer.stop());
        QVERIFY(!timer.running());
        QCOMPARE(timer.elapsedSeconds(), 0);
        QCOMPARE(timer.totalSeconds(), 90);
        const QList<ChildTime> segments = storedSegments();
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments[0].caseId, m_caseId);
        QCOMPARE(segments[0].visitId, m_visitId);
        QCOMPARE(segments[0].startsAt, test::testStart());
        QCOMPARE(segments[0].endsAt, test::testStart().addSecs(90));
        QCOMPARE(segments[0].mode, u"video"_s);
        QCOMPARE(timer.segments().size(), 1);
        QCOMPARE(timer.segments()[0].toMap().value(u"seconds"_s).toInt(), 90);

        m_clock.advance(60'000);
        QVERIFY(timer.start(u"in_person"_s));
        m_clock.advance(30'000);
        QCOMPARE(timer.totalSeconds(), 120); // the running segment counts while it runs
        QVERIFY(timer.stop());
        QCOMPARE(timer.totalSeconds(), 120);
        QCOMPARE(storedSegments().size(), 2);
    }

    void countsOverlapsOnce()
    {
        // Two records that overlap (say, from two devices) are one stretch of time.
        Repository<ChildTime> repo(*m_session->store());
        ChildTime a;
        a.caseId = m_caseId;
        a.visitId = m_visitId;
        a.startsAt = test::testStart();
        a.endsAt = test::testStart().addSecs(600);
        repo.create(a);
        ChildTime b = a;
        b.meta = {};
        b.startsAt = test::testStart().addSecs(300);
        b.endsAt = test::testStart().addSecs(900);
        repo.create(b);
        ChildTimer timer;
        timer.setVisitId(m_visitId);
        QCOMPARE(timer.segments().size(), 2);
        QCOMPARE(timer.totalSeconds(), 900);
    }

    void ignoresADoubleTap()
    {
        ChildTimer timer;
        timer.setVisitId(m_visitId);
        QVERIFY(timer.start(u"in_person"_s));
        QVERIFY(timer.stop());
        QVERIFY(storedSegments().isEmpty());
        QVERIFY(!timer.running());
    }

    void survivesLockAndRestart()
    {
        {
            ChildTimer timer;
            timer.setVisitId(m_visitId);
            QVERIFY(timer.start(u"phone"_s));
            m_clock.advance(60'000);
            m_session->lock();
            QVERIFY(!timer.running());
            QCOMPARE(timer.totalSeconds(), 0);
            QVERIFY(timer.segments().isEmpty());
        }
        m_session.reset(); // as if the app was closed
        m_clock.advance(60'000);
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
        ChildTimer timer;
        timer.setVisitId(m_visitId);
        QVERIFY(timer.running());
        QCOMPARE(timer.mode(), u"phone"_s);
        QCOMPARE(timer.startedAt(), test::testStart());
        QCOMPARE(timer.elapsedSeconds(), 120);
        QVERIFY(timer.stop());
        QCOMPARE(storedSegments().size(), 1);
        QCOMPARE(storedSegments()[0].endsAt, test::testStart().addSecs(120));
    }

    void oneChildAtATime()
    {
        const QString otherVisit = VisitEditor().start(m_caseId);
        ChildTimer first;
        first.setVisitId(m_visitId);
        QVERIFY(first.start(u"in_person"_s));
        m_clock.advance(120'000);
        ChildTimer second;
        second.setVisitId(otherVisit);
        QVERIFY(!second.running());
        QVERIFY(second.start(u"in_person"_s));
        const QList<ChildTime> segments = storedSegments();
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments[0].visitId, m_visitId);
        QCOMPARE(segments[0].endsAt, test::testStart().addSecs(120));
    }
};

QTEST_MAIN(TestChildTimer)

#include "tst_childtimer.moc"
