// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for the access log against the real server: a `barntid-server` process with
// the demo municipality (LocalServer), a real Session over an encrypted store in a temporary
// folder and the real SyncController, all before QML loads; the UI is in Swedish. AccessTest
// (BarntidAccessTest) is what the test sees of the server beside the app: it stops and restarts
// the process and, as other devices over HTTP, reads what the server holds and adds openings.
// This process links SQLCipher: it reaches the server only over HTTP (no Qt SQL driver loads).
#include "domain/clock.h"
#include "domain/ids.h"
#include "localserver.h"
#include "models/language.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/teamroster.h"
#include "records.h"
#include "syncclient.h"

#include <QDirIterator>
#include <QEventLoop>
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

using namespace Qt::StringLiterals;

namespace {

/** Every text a pulled record holds that names a child or says what happened. */
const QStringList contentFields {u"note"_s, u"child_words"_s, u"child_name"_s, u"case_number"_s,
    u"text"_s, u"comment"_s, u"name"_s, u"contact_persons"_s, u"phone"_s};

} // namespace

/** The server beside the app, as the QML test sees it (AccessTest singleton). */
class AccessTest : public QObject
{
    Q_OBJECT

public:
    AccessTest(LocalServer &server, QString dir)
        : m_server(server)
        , m_dir(std::move(dir))
    { }

    Q_INVOKABLE void stopServer() { m_server.stop(); }
    Q_INVOKABLE bool restartServer()
    {
        const bool ok = m_server.restart();
        if (!ok)
            qWarning("AccessTest: %s", qPrintable(m_server.error()));
        return ok;
    }
    /** This tablet's device id (what its access events carry). */
    Q_INVOKABLE QString deviceId() const
    {
        barntid::Store *store = barntid::Session::instance()->store();
        return store ? store->deviceId() : QString();
    }

    /** What the account pulls from the server: {error, events: [access_event data],
     *  texts: [every content text of the other records]}. */
    Q_INVOKABLE QVariantMap serverView(const QString &username)
    {
        e2eserver::Device &d = device(username);
        const e2eserver::PullLog log = e2eserver::pullAll(d);
        const e2eserver::Snapshot snapshot(log.changes);
        QVariantList events;
        for (const QJsonObject &e : snapshot.all(u"access_event"_s))
            events << e.toVariantMap();
        QStringList texts;
        for (const QString &entity : snapshot.entities()) {
            for (const QJsonObject &r : snapshot.all(entity)) {
                for (const QString &field : contentFields) {
                    const QString t = r.value(field).toString().trimmed();
                    if (t.size() >= 4)
                        texts << t;
                }
            }
        }
        return {{u"error"_s, d.isValid() ? log.error : d.login.describe()}, {u"events"_s, events},
            {u"texts"_s, texts}};
    }

    /** The account opens its first `count` cases (by number) on another device of its own: real
     *  pushes of access events. [{caseId, caseNumber, eventId}], or [] on failure. */
    Q_INVOKABLE QVariantList pushOpenings(const QString &username, int count)
    {
        e2eserver::Device &d = device(username);
        const e2eserver::PullLog log = e2eserver::pullAll(d);
        QList<QJsonObject> cases = e2eserver::Snapshot(log.changes).all(u"case"_s);
        std::sort(cases.begin(), cases.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("case_number"_L1).toString() < b.value("case_number"_L1).toString();
        });
        QList<QJsonObject> mutations;
        QVariantList opened;
        for (const QJsonObject &c : cases.mid(0, count)) {
            const QString caseId = c.value("id"_L1).toString();
            const QString eventId = barntid::newId();
            mutations << e2eserver::records::upsert(u"access_event"_s, eventId,
                e2eserver::records::accessEvent(caseId, u"case"_s, caseId));
            opened << QVariantMap {{u"caseId"_s, caseId},
                {u"caseNumber"_s, c.value("case_number"_L1).toString()}, {u"eventId"_s, eventId}};
        }
        const e2eserver::HttpResponse push = d.push(mutations);
        const QStringList outcomes = e2eserver::outcomes(push);
        if (push.status != 200 || outcomes.size() != count
            || outcomes.count(u"applied"_s) != count) {
            qWarning("AccessTest: push answered %d: %s", push.status,
                qPrintable(outcomes.join(u", "_s)));
            return {};
        }
        return opened;
    }

    /** The team roster as GET /v1/team will give it (not served yet): the accounts as their
     *  login answers name them, with the devices this helper signed in, written where the sync
     *  engine keeps it. */
    Q_INVOKABLE bool writeRoster(const QStringList &usernames)
    {
        QJsonArray members;
        for (const QString &username : usernames) {
            e2eserver::Device &d = device(username);
            if (!d.isValid())
                return false;
            members.append(QJsonObject {{u"id"_s, d.userId()}, {u"username"_s, username},
                {u"display_name"_s, d.user.value("display_name"_L1)},
                {u"role"_s, d.user.value("role"_L1)},
                {u"devices"_s,
                    QJsonArray {QJsonObject {{u"id"_s, d.deviceId},
                        {u"name"_s, u"e2e "_s + username}, {u"last_seen_at"_s, QString()}}}}});
        }
        const QJsonObject answer {
            {u"team"_s, QJsonObject {{u"name"_s, u"norr"_s}}}, {u"members"_s, members}};
        barntid::Store *store = barntid::Session::instance()->store();
        if (!store)
            return false;
        store->setSetting(barntid::TeamRoster::settingKey,
            QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
        return true;
    }
    /** The login answer's user id and display name of the account. */
    Q_INVOKABLE QString userId(const QString &username) { return device(username).userId(); }
    Q_INVOKABLE QString displayName(const QString &username)
    {
        return device(username).user.value("display_name"_L1).toString();
    }

    /** Files named *.csv anywhere under the tablet's folders (the export must write none). */
    Q_INVOKABLE int csvFiles() const
    {
        int n = 0;
        QDirIterator it(m_dir, {u"*.csv"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

private:
    /** One signed-in device per account, kept for the whole run. */
    e2eserver::Device &device(const QString &username)
    {
        auto it = m_devices.find(username);
        if (it == m_devices.end() || !it->isValid())
            it = m_devices.insert(username, e2eserver::signIn(m_server.url(), username));
        if (!it->isValid())
            qWarning("AccessTest: %s", it->login.describe().constData());
        return *it;
    }

    LocalServer &m_server;
    QString m_dir;
    QHash<QString, e2eserver::Device> m_devices;
};

/** Starts the server, opens the store, makes the controller; tears down in reverse. */
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_server.start(m_dir.path()))
            qFatal("tst_accesslogflow: %s", qPrintable(m_server.error()));
        m_language = std::make_unique<barntid::Language>(nullptr);
        if (!m_language->apply(QStringLiteral("sv")))
            qFatal("tst_accesslogflow: no Swedish catalogue in the build");
        barntid::Language::setInstance(m_language.get());
        const QString deviceDir = m_dir.filePath(QStringLiteral("device"));
        QDir().mkpath(deviceDir);
        // A cheap Argon2id: these tests are about the access log, not the key derivation.
        barntid::StoreOptions options;
        options.kdf = barntid::KdfParams {1, quint64(8) << 20};
        m_session = std::make_unique<barntid::Session>(deviceDir, barntid::systemClock(), options);
        barntid::Session::setInstance(m_session.get());
        QEventLoop loop;
        connect(m_session.get(), &barntid::Session::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        m_session->setUpPin(QStringLiteral("482915"), QStringLiteral("482915"));
        if (m_session->busy())
            loop.exec();
        if (m_session->state() != barntid::Session::State::Open)
            qFatal("tst_accesslogflow: the store did not open");
        m_sync
            = std::make_unique<barntid::SyncController>(m_session.get(), m_server.url(), nullptr);
        barntid::SyncController::setInstance(m_sync.get());
        m_test = std::make_unique<AccessTest>(m_server, deviceDir);
        qmlRegisterSingletonInstance("BarntidAccessTest", 1, 0, "AccessTest", m_test.get());
    }
    // Qt 6.4 places the module at qrc:/Barntid/ but does not search qrc:/ for imports.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->setUiLanguage(QStringLiteral("sv"));
        m_language->setEngine(engine);
    }
    void cleanupTestCase()
    {
        barntid::Language::setInstance(nullptr);
        m_language.reset();
        m_sync.reset();
        m_session.reset();
        m_server.stop();
    }

private:
    QTemporaryDir m_dir;
    LocalServer m_server {QStringLiteral(BARNTID_SERVER_PATH)};
    std::unique_ptr<AccessTest> m_test;
    std::unique_ptr<barntid::Language> m_language;
    std::unique_ptr<barntid::Session> m_session;
    std::unique_ptr<barntid::SyncController> m_sync;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_accesslogflow, Setup)

#include "tst_accesslogflow.moc"
