// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for child mode (issue 16): a real Session over an encrypted store in a
// temporary folder, holding a case, a draft visit of it and the demo's question sets as the sync
// engine keeps them. TestHooks lets the test make what arrives from outside: a pulled page (a
// sync), a remote wipe, and a fresh start of the same store (an app killed and started again).
#include "../../fixtures/defaultquestionsets.h"
#include "../../fixtures/recordingspeaker.h"
#include "domain/case.h"
#include "domain/clock.h"
#include "domain/visit.h"
#include "engine/pageapplier.h"
#include "models/readaloud.h"
#include "models/session.h"
#include "protocol/pullpage.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/visitrepository.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

namespace {

const auto pin = QStringLiteral("482915");

bool waitIdle(barntid::Session &session)
{
    QEventLoop loop;
    QObject::connect(&session, &barntid::Session::busyChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (session.busy())
        loop.exec();
    return !session.busy();
}

} // namespace

/** What the test reads and makes happen from outside the pages. */
class TestHooks : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString caseId MEMBER m_caseId CONSTANT)
    Q_PROPERTY(QString visitId MEMBER m_visitId CONSTANT)
    Q_PROPERTY(QString wordsSet READ wordsSet CONSTANT)
    Q_PROPERTY(QString picturesSet READ picturesSet CONSTANT)

public:
    QString m_caseId, m_visitId;
    barntid::Session *session = nullptr;

    static QString wordsSet() { return QStringLiteral("0193d5a0-4c00-7000-8000-000000000917"); }
    static QString picturesSet() { return QStringLiteral("0193d5a0-4c00-7000-8000-000000000408"); }

    /** A page from the server arrives, as the sync worker would write it. */
    Q_INVOKABLE bool syncArrives()
    {
        barntid::Store *store = session ? session->store() : nullptr;
        if (!store)
            return false;
        barntid::sync::PageApplier applier(*store);
        barntid::protocol::PullPage page;
        barntid::protocol::Change change;
        change.seq = applier.cursor() + 1;
        change.entity = QStringLiteral("case");
        change.id = QStringLiteral("0193d5a0-4c00-7000-8000-0000000c0de1");
        change.op = barntid::protocol::Op::Upsert;
        change.version = 1;
        change.data
            = QJsonObject {{QStringLiteral("id"), change.id}, {QStringLiteral("version"), 1},
                {QStringLiteral("created_at"), QStringLiteral("2026-11-25T10:00:00.000Z")},
                {QStringLiteral("updated_at"), QStringLiteral("2026-11-25T10:00:00.000Z")},
                {QStringLiteral("deleted"), false},
                {QStringLiteral("case_number"), QStringLiteral("2026-0999")},
                {QStringLiteral("child_name"), QStringLiteral("Otto P")}};
        page.changes.append(change);
        page.next = change.seq;
        return applier.apply(page).applied == 1;
    }
    /** The app switcher, a call, the power button: the app goes to the background. */
    Q_INVOKABLE void toBackground()
    {
        emit qGuiApp->applicationStateChanged(Qt::ApplicationHidden);
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    }
    /** The server answered 410 device_wiped. */
    Q_INVOKABLE void wipe()
    {
        if (session)
            session->wipeLocalData();
    }
    /** A wrong PIN's try, at once (the clock is moved past any wait first). */
    Q_INVOKABLE QString tryPin(const QString &value)
    {
        m_clock->advance(10 * 60 * 1000);
        session->unlock(value);
        waitIdle(*session);
        return session->errorText();
    }
    /** What "Read aloud" said last ("" when nothing), and whether it is still reading. */
    Q_INVOKABLE QString spoken() const
    {
        return speaker->said.isEmpty() ? QString() : speaker->said.last();
    }
    Q_INVOKABLE int spokenCount() const { return int(speaker->said.size()); }
    barntid::ManualClock *m_clock = nullptr;
    barntid::test::RecordingSpeaker *speaker = nullptr;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        barntid::StoreOptions options;
        options.kdf = barntid::KdfParams {1, quint64(8) << 20};
        m_session = std::make_unique<barntid::Session>(m_dir.path(), m_clock, options);
        barntid::Session::setInstance(m_session.get());
        m_session->setUpPin(pin, pin);
        if (!waitIdle(*m_session) || m_session->state() != barntid::Session::State::Open)
            qFatal("tst_childmode: the store did not open");
        seed(*m_session->store());
        m_hooks.session = m_session.get();
        m_hooks.m_clock = &m_clock;
        // An English voice only (the test runs in English): a button in English, none in Swedish.
        auto speaker = std::make_unique<barntid::test::RecordingSpeaker>(
            QList<QLocale::Language> {QLocale::English});
        m_hooks.speaker = speaker.get();
        m_readAloud = std::make_unique<barntid::ReadAloud>(m_session.get(), std::move(speaker));
        barntid::ReadAloud::setInstance(m_readAloud.get());
        qmlRegisterSingletonInstance("BarntidTest", 1, 0, "TestHooks", &m_hooks);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase()
    {
        m_readAloud.reset();
        m_session.reset();
    }

private:
    void seed(barntid::Store &store)
    {
        if (!barntid::test::keepDefaultQuestionSets(store))
            qFatal("tst_childmode: no default question sets");
        barntid::Case c;
        c.caseNumber = QStringLiteral("2026-0142");
        c.childName = QStringLiteral("Alva K");
        c.birthYear = 2014;
        m_hooks.m_caseId = barntid::Repository<barntid::Case>(store).create(c).meta.id;
        barntid::Visit v;
        v.caseId = m_hooks.m_caseId;
        v.kind = QStringLiteral("home");
        v.note = QStringLiteral("Hemligt-anteckningsord-4711");
        m_hooks.m_visitId = barntid::VisitRepository(store).create(v).meta.id;
    }

    QTemporaryDir m_dir;
    barntid::ManualClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC)};
    TestHooks m_hooks;
    std::unique_ptr<barntid::Session> m_session;
    std::unique_ptr<barntid::ReadAloud> m_readAloud;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_childmode, Setup)

#include "tst_childmode.moc"
