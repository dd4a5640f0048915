// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for the unlock flow (unlockflow/tst_*.qml): the app's QML over a real
// Session and encrypted store in a temporary folder, with a clock the tests can move
// (the TestClock singleton) to get past the wrong-PIN delay without waiting for it.
#include "domain/clock.h"
#include "models/session.h"
#include "testclock.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

/** Makes the session before any test engine exists, and gives every engine the app's style. */
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // The app's own Argon2id parameters: the flow is timed as a user would meet it.
        m_session = std::make_unique<barntid::Session>(m_dir.path(), m_clock);
        barntid::Session::setInstance(m_session.get());
        qmlRegisterSingletonInstance("BarntidTest", 1, 0, "TestClock", &m_testClock);
    }
    // Qt 6.4 places the module at qrc:/Barntid/ but does not search qrc:/ for imports.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { m_session.reset(); }

private:
    QTemporaryDir m_dir;
    barntid::ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    TestClock m_testClock {m_clock};
    std::unique_ptr<barntid::Session> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_unlockflow, Setup)

#include "tst_unlockflow.moc"
