// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for "my week" (week/test_week.qml): the week page over a real Session whose
// encrypted store is set up in a temporary folder before QML loads, holding a visit's child
// time, with the time fixed by a ManualClock (Wednesday 2026-11-25 17:00 in Stockholm).
#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/clock.h"
#include "models/session.h"
#include "store/repository.h"
#include "store/store.h"

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

/** Opens the store and records 30 minutes with a child (13:10–13:40) before any engine exists. */
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // A cheap Argon2id: this test is about the week page, not the key derivation.
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
            qFatal("tst_week: the store did not open");
        barntid::Store &store = *m_session->store();
        barntid::Case c;
        c.caseNumber = QStringLiteral("2026-0142");
        c.childName = QStringLiteral("Alva K.");
        c.responsibleId = store.userId();
        c = barntid::Repository<barntid::Case>(store).create(c);
        barntid::ChildTime t;
        t.caseId = c.meta.id;
        t.startsAt = QDateTime(m_day, QTime(13, 10), barntid::stockholm());
        t.endsAt = QDateTime(m_day, QTime(13, 40), barntid::stockholm());
        barntid::Repository<barntid::ChildTime>(store).create(t);
    }
    // Qt 6.4 places the module at qrc:/Barntid/ but does not search qrc:/ for imports.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { m_session.reset(); }

private:
    const QDate m_day {2026, 11, 25};
    QTemporaryDir m_dir;
    barntid::ManualClock m_clock {QDateTime(m_day, QTime(17, 0), barntid::stockholm()).toUTC()};
    std::unique_ptr<barntid::Session> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_week, Setup)

#include "tst_week.moc"
