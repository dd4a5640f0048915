// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for flows over the real pages (visitflow/, fosterhomes/): a real Session whose
// encrypted store is set up in a temporary folder before QML loads, with a clock the tests move
// (TestClock) so barntid accrues and follow-ups fall due without waiting, and a choice of the
// NMEA log check-ins replay (TestPositioning). Built once per flow, with BARNTID_QUICK_TEST
// naming the test.
#include "domain/clock.h"
#include "models/session.h"
#include "platform/positioning.h"
#include "testclock.h"

#include <QEventLoop>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

/** Chooses what the next check-in's position source replays (TestPositioning singleton):
 *  the recorded walk of platform/nmea/, or a log of the tests' own. */
class TestPositioning : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl walk READ walk CONSTANT)

public:
    QUrl walk() const { return QUrl::fromLocalFile(QStringLiteral(BARNTID_DEMO_NMEA)); }
    Q_INVOKABLE void replay(const QUrl &nmeaFile)
    {
        barntid::setPositionReplayFile(nmeaFile.toLocalFile());
    }
};

/** Opens the store before any test engine exists; the flow starts at the case list. */
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // A cheap Argon2id: these tests are about the pages, not the key derivation.
        barntid::StoreOptions options;
        options.kdf = barntid::KdfParams {1, quint64(8) << 20};
        m_session = std::make_unique<barntid::Session>(m_dir.path(), m_clock, options);
        barntid::Session::setInstance(m_session.get());
        QEventLoop loop;
        connect(m_session.get(), &barntid::Session::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        m_session->setUpPin(QStringLiteral("482915"), QStringLiteral("482915"));
        if (m_session->busy())
            loop.exec();
        if (m_session->state() != barntid::Session::State::Open)
            qFatal("%s: the store did not open", BARNTID_QUICK_TEST_NAME);
        qmlRegisterSingletonInstance("BarntidTest", 1, 0, "TestClock", &m_testClock);
        qmlRegisterSingletonInstance("BarntidTest", 1, 0, "TestPositioning", &m_positioning);
    }
    // Qt 6.4 places the module at qrc:/Barntid/ but does not search qrc:/ for imports.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { m_session.reset(); }

private:
    QTemporaryDir m_dir;
    barntid::ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(13, 30), Qt::UTC)};
    TestClock m_testClock {m_clock};
    TestPositioning m_positioning;
    std::unique_ptr<barntid::Session> m_session;
};

// One level of indirection so BARNTID_QUICK_TEST expands before QuickTest stringifies it.
#define BARNTID_QUICK_TEST_MAIN(name) QUICK_TEST_MAIN_WITH_SETUP(name, Setup)
BARNTID_QUICK_TEST_MAIN(BARNTID_QUICK_TEST)

#include "storeflowrunner.moc"
