// SPDX-License-Identifier: GPL-3.0-or-later
// Session: the state machine over a real encrypted store in a temporary folder (first start,
// unlock off the UI thread, wrong PINs with the delay on a manual clock, the destroyed key,
// auto-lock) and the mapping of store failures to the messages a social worker reads.
#include "domain/clock.h"
#include "models/session.h"
#include "store/storeerror.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

const QString goodPin = u"482915"_s;
constexpr int unlockTimeoutMs = 30'000;

// A cheaper Argon2id than the app's (8 MiB, one pass) keeps ten wrong PINs quick; the store is
// otherwise the real one. tst_pinvault checks the production parameters.
StoreOptions cheapKdf()
{
    StoreOptions options;
    options.kdf = KdfParams {1, quint64(8) << 20};
    return options;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

    std::unique_ptr<Session> makeSession()
    {
        return std::make_unique<Session>(m_dir->path(), m_clock, cheapKdf());
    }

    // Runs the asynchronous part of setUpPin/unlock to its end.
    static bool settle(Session &session)
    {
        if (!session.busy())
            return true;
        QSignalSpy done(&session, &Session::busyChanged);
        return done.wait(unlockTimeoutMs) && !session.busy();
    }

    std::unique_ptr<Session> openSession()
    {
        auto session = makeSession();
        session->setUpPin(goodPin, goodPin);
        settle(*session);
        return session;
    }

    void wrongPin(Session &session, const QString &pin = u"111111"_s)
    {
        m_clock.advance(qint64(session.retryAfterSeconds()) * 1000);
        session.unlock(pin);
        QVERIFY(settle(session));
    }

private slots:
    void initTestCase()
    {
        // The same answer on a desktop with a keyring as in CI: no secret service to be found
        // (the keystore's own tests run one: tests/unit/store/tst_keystore*).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/barntid-no-bus");
    }

    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    }

    void firstStart()
    {
        auto session = makeSession();
        QCOMPARE(session->state(), Session::State::FirstStart);
        QVERIFY(!session->busy());
        QVERIFY(!session->store());
        QCOMPARE(session->autoLockSeconds(), 300);
        // No secret service in the test's environment: the PIN alone, and the words say so.
        QCOMPARE(session->keyProtection(),
            u"The key is protected by your PIN code only: this device has no key storage that "
            "Barntid can use."_s);
        QVERIFY(session->errorText().isEmpty());
    }

    void setUpPinRefusesMismatchAndWeakPins()
    {
        auto session = makeSession();
        session->setUpPin(goodPin, u"482916"_s);
        QVERIFY(!session->busy());
        QCOMPARE(session->errorText(), u"The PIN codes do not match."_s);
        session->setUpPin(u"12345"_s, u"12345"_s);
        QCOMPARE(
            session->errorText(), u"Choose a PIN code of at least 6 digits, not all the same."_s);
        session->setUpPin(u"777777"_s, u"777777"_s);
        QVERIFY(!session->busy());
        QCOMPARE(session->state(), Session::State::FirstStart);
        QVERIFY(!QFile::exists(m_dir->filePath(u"key.json"_s)));
    }

    void setUpPinOpensOffTheUiThread()
    {
        auto session = makeSession();
        session->setUpPin(u"1234"_s, u"1234"_s); // leaves an error that a good try clears
        QSignalSpy stateChanged(session.get(), &Session::stateChanged);
        session->setUpPin(goodPin, goodPin);
        QVERIFY(session->busy());
        QVERIFY(!session->store()); // nobody touches the store while the worker has it
        QVERIFY(session->errorText().isEmpty());
        QVERIFY(stateChanged.wait(unlockTimeoutMs));
        QCOMPARE(session->state(), Session::State::Open);
        QVERIFY(!session->busy());
        QVERIFY(session->store());
        QVERIFY(session->store()->isOpen());
    }

    void lockClosesTheStore()
    {
        auto session = openSession();
        QCOMPARE(session->state(), Session::State::Open);
        session->lock();
        QCOMPARE(session->state(), Session::State::Locked);
        QVERIFY(!session->store());
        QCOMPARE(session->remainingAttempts(), 10);
        QCOMPARE(session->unsyncedChanges(), 0);
        QVERIFY(session->warningText().isEmpty());

        // A new process finds the same device locked.
        session.reset();
        session = makeSession();
        QCOMPARE(session->state(), Session::State::Locked);
        session->unlock(goodPin);
        QVERIFY(settle(*session));
        QCOMPARE(session->state(), Session::State::Open);
    }

    void wrongPinsCountDownAndDelay()
    {
        auto session = openSession();
        session->lock();

        wrongPin(*session);
        QCOMPARE(session->state(), Session::State::Locked);
        QCOMPARE(session->remainingAttempts(), 9);
        QCOMPARE(session->errorText(), u"Wrong PIN code. 9 tries left."_s);
        QCOMPARE(session->retryAfterSeconds(), 0); // one typo costs nothing

        wrongPin(*session, u"222222"_s);
        QCOMPARE(session->remainingAttempts(), 8);
        QCOMPARE(session->retryAfterSeconds(), 2);
        QCOMPARE(session->waitText(), u"Wait 2 seconds before trying again."_s);

        // Refused during the delay without running the key derivation or counting a try.
        session->unlock(goodPin);
        QVERIFY(!session->busy());
        QCOMPARE(session->errorText(), u"Wait 2 seconds before trying again."_s);
        QCOMPARE(session->remainingAttempts(), 8);

        // The countdown follows the clock on its own.
        QSignalSpy ticks(session.get(), &Session::retryAfterSecondsChanged);
        m_clock.advance(1000);
        QTRY_COMPARE(session->retryAfterSeconds(), 1);
        m_clock.advance(1000);
        QTRY_COMPARE(session->retryAfterSeconds(), 0);
        QCOMPARE(ticks.count(), 2);
        QVERIFY(session->waitText().isEmpty());

        session->unlock(goodPin);
        QVERIFY(settle(*session));
        QCOMPARE(session->state(), Session::State::Open);
        QVERIFY(session->errorText().isEmpty());
        session->lock();
        QCOMPARE(session->remainingAttempts(), 10);
    }

    void restartDuringTheDelayKeepsIt()
    {
        auto session = openSession();
        session->lock();
        wrongPin(*session);
        wrongPin(*session);
        wrongPin(*session); // third: 4 s
        session.reset();
        session = makeSession();
        QCOMPARE(session->remainingAttempts(), 7);
        QCOMPARE(session->retryAfterSeconds(), 4);
    }

    void tenWrongPinsDestroyTheKeyAfterWarning()
    {
        auto session = openSession();
        session->lock();
        for (int tried = 1; tried <= 7; ++tried) {
            QVERIFY(session->warningText().isEmpty());
            wrongPin(*session);
        }
        QCOMPARE(session->remainingAttempts(), 3);
        QCOMPARE(session->warningText(),
            u"After 10 wrong tries the key is destroyed. Everything had been synced when "
            "Barntid was locked."_s);
        wrongPin(*session);
        wrongPin(*session);
        QCOMPARE(session->errorText(), u"Wrong PIN code. 1 tries left."_s);
        QVERIFY(!session->warningText().isEmpty());

        QSignalSpy stateChanged(session.get(), &Session::stateChanged);
        wrongPin(*session);
        QCOMPARE(session->state(), Session::State::KeyDestroyed);
        QCOMPARE(stateChanged.count(), 1);
        QCOMPARE(session->errorText(),
            u"The PIN code was wrong 10 times. The key has been destroyed."_s);
        session->unlock(goodPin); // nothing to unlock any more
        QVERIFY(!session->busy());

        session->startOver();
        QCOMPARE(session->state(), Session::State::FirstStart);
        QVERIFY(session->errorText().isEmpty());
        session->setUpPin(u"593017"_s, u"593017"_s);
        QVERIFY(settle(*session));
        QCOMPARE(session->state(), Session::State::Open);
    }

    void damagedDatabaseIsExplained()
    {
        auto session = openSession();
        const QString db = session->store()->databasePath();
        session->lock();
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, 'x'));
        file.close();
        session->unlock(goodPin);
        QVERIFY(settle(*session));
        QCOMPARE(session->state(), Session::State::Locked);
        QCOMPARE(session->errorText(),
            u"The database on this device is damaged and cannot be opened."_s);
    }

    void inactivityLocks()
    {
        auto session = openSession();
        session->setAutoLockSeconds(1);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Locked, 5000);
    }

    void autoLockSecondsIsNeverNegative()
    {
        auto session = openSession();
        session->setAutoLockSeconds(0);
        QCOMPARE(session->autoLockSeconds(), 0);
        session->setAutoLockSeconds(-5);
        QCOMPARE(session->autoLockSeconds(), 0);
        QCOMPARE(session->state(), Session::State::Open);
    }

    void backgroundLocks()
    {
        auto session = openSession();
        // Losing focus is not leaving: a system dialog over the app must not lock it.
        emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        QCOMPARE(session->state(), Session::State::Open);
        emit qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
        QCOMPARE(session->state(), Session::State::Locked);

        // Sent away while the PIN is being checked: locks again as soon as the check is done.
        session->unlock(goodPin);
        QVERIFY(session->busy());
        emit qGuiApp->applicationStateChanged(Qt::ApplicationHidden);
        QVERIFY(settle(*session));
        QCOMPARE(session->state(), Session::State::Locked);
        QVERIFY(!session->store());
    }

    void messagesForStoreFailures_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("swedish");
        QTest::newRow("disk full")
            << int(StoreErrorCode::DiskFull) << u"The storage is full. Nothing was saved."_s
            << u"Lagringsutrymmet är fullt. Inget sparades."_s;
        QTest::newRow("damaged")
            << int(StoreErrorCode::Damaged)
            << u"The database on this device is damaged and cannot be opened."_s
            << u"Databasen på enheten är skadad och kan inte öppnas."_s;
        QTest::newRow("internal") << int(StoreErrorCode::Internal)
                                  << u"Something went wrong. Try again."_s
                                  << u"Något gick fel. Försök igen."_s;
    }

    void messagesForStoreFailures()
    {
        QFETCH(int, code);
        QFETCH(QString, english);
        QFETCH(QString, swedish);
        const StoreError error(StoreErrorCode(code), u"detail"_s);
        QCOMPARE(Session::errorMessage(error), english);
        QTranslator sv;
        QVERIFY(sv.load(u":/i18n/barntid_sv.qm"_s));
        QCoreApplication::installTranslator(&sv);
        const QString translated = Session::errorMessage(error);
        QCoreApplication::removeTranslator(&sv);
        QCOMPARE(translated, swedish);
    }

    void swedishCountsAndWaits()
    {
        QTranslator sv;
        QVERIFY(sv.load(u":/i18n/barntid_sv.qm"_s));
        QCoreApplication::installTranslator(&sv);
        StoreError wrong(StoreErrorCode::WrongPin, u"wrong PIN"_s);
        wrong.remainingAttempts = 7;
        StoreError wait(StoreErrorCode::LockedOut, u"too soon"_s);
        wait.retryAfterMs = 3500;
        const QString wrongText = Session::errorMessage(wrong);
        const QString waitText = Session::errorMessage(wait);
        const QString missingText
            = Session::errorMessage(StoreError(StoreErrorCode::KeyStoreMissing, u"no seal key"_s));
        auto session = makeSession();
        const QString protection = session->keyProtection();
        QCoreApplication::removeTranslator(&sv);
        QCOMPARE(wrongText, u"Fel PIN-kod. 7 försök kvar."_s);
        QCOMPARE(waitText, u"Vänta 4 sekunder innan du försöker igen."_s);
        QCOMPARE(protection,
            u"Nyckeln skyddas bara av din PIN-kod. Enheten har ingen nyckelförvaring som Barntid "
            "kan använda."_s);
        QCOMPARE(missingText,
            u"Enhetens nyckelförvaring har inte längre nyckeln till Barntids data, så den kan "
            "inte öppnas här. Inget PIN-försök förbrukades. Kontakta IT-supporten."_s);
    }
};

QTEST_MAIN(TestSession)

#include "tst_session.moc"
