// SPDX-License-Identifier: GPL-3.0-or-later
// Killing the app mid-visit loses at most the last keystroke second: tst_visitcrashtyper types
// into a draft through VisitEditor until this test SIGKILLs it; reopening the store must show
// the draft with every keystroke made more than a second before the kill.
#include "store/store.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestVisitCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killMidTypingLosesAtMostASecond_data()
    {
        QTest::addColumn<int>("typingMs");
        QTest::newRow("early") << 300; // before or around the first autosave
        QTest::newRow("steady") << 2500;
    }

    void killMidTypingLosesAtMostASecond()
    {
        QFETCH(int, typingMs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess typer;
        typer.setProgram(QStringLiteral(BARNTID_CRASHTYPER_PATH));
        typer.setArguments({u"--data"_s, dir.path()});
        typer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        typer.setProcessEnvironment(env);
        typer.start();
        QVERIFY(typer.waitForStarted());

        // Reads the helper's lines until it has typed for typingMs, then kills it.
        QString visitId;
        QList<std::pair<int, qint64>> typed; // keystroke number, when it was made
        QByteArray pending;
        while (typed.isEmpty() || typed.last().second - typed.first().second < typingMs) {
            QVERIFY2(typer.state() == QProcess::Running, "the typer exited early");
            if (!typer.canReadLine())
                QVERIFY(typer.waitForReadyRead(30'000));
            while (typer.canReadLine()) {
                const QString line = QString::fromUtf8(typer.readLine()).trimmed();
                const QStringList parts = line.split(u' ');
                if (parts.value(0) == u"visit")
                    visitId = parts.value(1);
                else if (parts.value(0) == u"typed" && parts.size() == 3)
                    typed.append({parts[1].toInt(), parts[2].toLongLong()});
            }
        }
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        typer.kill(); // SIGKILL: no destructor, no flush, no aboutToQuit
        QVERIFY(typer.waitForFinished(10'000));
        QCOMPARE(typer.exitStatus(), QProcess::CrashExit);
        QVERIFY(!visitId.isEmpty());

        // The last keystroke made more than a second before the kill must be stored.
        int mustHave = 0;
        for (const auto &[n, at] : std::as_const(typed))
            if (at < killedAt - 1000)
                mustHave = n;

        ManualClock clock(QDateTime::currentDateTimeUtc());
        const auto session = test::openSession(dir.path(), clock);
        QCOMPARE(session->state(), Session::State::Open);
        const auto visit = VisitRepository(*session->store()).find(visitId);
        QVERIFY2(visit, "the draft is on the device after the kill");
        QCOMPARE(visit->status, u"draft"_s);
        const int stored = visit->note.isEmpty() ? 0 : visit->note.mid(6).toInt();
        qInfo("typed %d keystrokes over %d ms; %d stored; required %d", int(typed.last().first),
            typingMs, stored, mustHave);
        QVERIFY2(stored >= mustHave,
            qPrintable(
                u"stored keystroke %1, but %2 was made over a second before the kill"_s.arg(stored)
                    .arg(mustHave)));
        QVERIFY(stored <= typed.last().first);
    }
};

QTEST_MAIN(TestVisitCrash)

#include "tst_visitcrash.moc"
