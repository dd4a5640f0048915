// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for the sync UI against the real server: a `barntid-server` process with the
// demo municipality (LocalServer), a real Session over an encrypted store in a temporary folder,
// and the real SyncController pointed at the server, all before QML loads. The UI is in Swedish
// (the app's default), so the test reads the words a social worker reads. TestServer is what
// other devices and an administrator do on the server; TestDevice what the test reads of this
// device besides its pages (the store's rows, files the app wrote).
#include "domain/clock.h"
#include "localserver.h"
#include "models/language.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "store/entitytable.h"
#include "store/statement.h"
#include "store/store.h"

#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

/** The server as the QML test sees it (TestServer singleton): what an administrator does. */
class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(LocalServer &server)
        : m_server(server)
    { }
    /** Ends the account's sessions on the server: the next request answers 401. */
    Q_INVOKABLE bool endSessions(const QString &username)
    {
        const bool ok = m_server.endSessions(username);
        if (!ok)
            qWarning("tst_syncflow: %s", qPrintable(m_server.error()));
        return ok;
    }

    /** Hands the case to another worker: a change to it from this tablet is then refused. */
    Q_INVOKABLE bool assignCase(const QString &caseId, const QString &worker)
    {
        const bool ok = m_server.assignCase(caseId, worker);
        if (!ok)
            qWarning("tst_syncflow: %s", qPrintable(m_server.error()));
        return ok;
    }
    /** Another device of the account changes fields of a record on the server: a conflict for
     *  this tablet's own change to it. The new server version, or -1. */
    Q_INVOKABLE int editElsewhere(const QString &username, const QString &entity, const QString &id,
        const QVariantMap &fields)
    {
        const qint64 version
            = m_server.editElsewhere(username, entity, id, QJsonObject::fromVariantMap(fields));
        if (version < 0)
            qWarning("tst_syncflow: %s", qPrintable(m_server.error()));
        return int(version);
    }
    Q_INVOKABLE QString userId(const QString &username) { return m_server.userId(username); }
    /** The server's version of a record as the account reads it, or -1. */
    Q_INVOKABLE int serverVersion(const QString &username, const QString &entity, const QString &id)
    {
        const QJsonObject r = m_server.record(username, entity, id);
        return r.isEmpty() ? -1 : r.value(QStringLiteral("version")).toInt();
    }
    /** The record's fields as the account reads them on the server, or {}. */
    Q_INVOKABLE QVariantMap serverData(
        const QString &username, const QString &entity, const QString &id)
    {
        return m_server.record(username, entity, id)
            .value(QStringLiteral("data"))
            .toObject()
            .toVariantMap();
    }
    /** Another device of the account creates a record; the push's status ("applied",
     *  "rejected", …) and error code, as "status" or "status:code". */
    Q_INVOKABLE QString createElsewhere(
        const QString &username, const QString &entity, const QVariantMap &data)
    {
        return outcome(
            m_server.createElsewhere(username, entity, QJsonObject::fromVariantMap(data)));
    }
    /** Another device of the account deletes the record (a worker withdraws a slot): the push's
     *  status, as createElsewhere. */
    Q_INVOKABLE QString deleteElsewhere(
        const QString &username, const QString &entity, const QString &id)
    {
        return outcome(m_server.deleteElsewhere(username, entity, id));
    }
    /** The worker switches to another app (or the screen turns off): the app goes to the
     *  background, as the platform would tell it. */
    Q_INVOKABLE void sendAppToBackground()
    {
        emit qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    }
    /** The server's address as the app knows it ("http://127.0.0.1:port"). */
    Q_INVOKABLE QString url() const { return m_server.url().toString(); }
    /** The nightly journal export runs on the server (into a folder of this run): its summary
     *  line ("exported N documents for M cases; K unchanged"), or "" if it failed. */
    Q_INVOKABLE QString exportJournal()
    {
        const QString line = m_server.exportJournal(m_journal.path());
        if (line.isEmpty())
            qWarning("tst_syncflow: %s", qPrintable(m_server.error()));
        return line;
    }
    /** The server goes away (the tablet is out of reach) and comes back on the same port. */
    Q_INVOKABLE void stop() { m_server.stop(); }
    Q_INVOKABLE bool restart()
    {
        const bool ok = m_server.restart();
        if (!ok)
            qWarning("tst_syncflow: %s", qPrintable(m_server.error()));
        return ok;
    }
    /** While stopped: the server runs where other devices reach it and this app does not, until
     *  restart(). */
    Q_INVOKABLE bool serveAside()
    {
        const bool ok = m_server.serveAside();
        if (!ok)
            qWarning("tst_syncflow: %s", qPrintable(m_server.error()));
        return ok;
    }

private:
    /** A push result as "status" or "status:code"; "" when no answer came. */
    QString outcome(const QJsonObject &r)
    {
        if (r.isEmpty()) {
            qWarning("tst_syncflow: %s", qPrintable(m_server.error()));
            return {};
        }
        const QString code
            = r.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        const QString status = r.value(QStringLiteral("status")).toString();
        return code.isEmpty() ? status : status + u':' + code;
    }

    LocalServer &m_server;
    QTemporaryDir m_journal;
};

/** What the QML test reads of this device besides the pages (TestDevice singleton). */
class TestDevice : public QObject
{
    Q_OBJECT

public:
    explicit TestDevice(const QString &scratch)
        : m_scratch(scratch)
    { }
    /** Live rows in the open store by entity ({"case": 0, "slot": 12, …}): what the device
     *  holds, whichever page shows it. */
    Q_INVOKABLE QVariantMap rowCounts() const
    {
        QVariantMap out;
        barntid::Store *store = barntid::Session::instance()->store();
        if (!store)
            return out;
        for (const barntid::EntityTable &t : barntid::entityTables()) {
            const QByteArray sql = "SELECT COUNT(*) FROM "
                + QByteArray(t.table.data(), t.table.size()) + " WHERE deleted = 0";
            barntid::Statement s = store->connection().prepare(sql.constData());
            out.insert(QString(t.entity), s.step() ? s.integer(0) : -1);
        }
        return out;
    }
    /** The last web address the app handed to the platform (a browser, a PDF viewer), which
     *  the runner takes instead of the platform; "" if none. */
    Q_INVOKABLE QString openedUrl() const { return m_opened.toString(); }
    /** The first bytes an unauthenticated GET of the address answers with (as a PDF viewer
     *  opening the link would), prefixed by the HTTP status: "200 %PDF-"; "0 …" if no answer. */
    Q_INVOKABLE QString fetchStart(const QString &url)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString start = QString::fromLatin1(reply->read(5));
        reply->deleteLater();
        return QString::number(status) + u' ' + start;
    }
    /** A folder of this test run for files the app writes (calendar files). */
    Q_INVOKABLE QString scratchFolder() const { return m_scratch; }
    /** A file's text, or "" when it cannot be read. */
    Q_INVOKABLE QString readText(const QUrl &url) const
    {
        QFile file(url.toLocalFile());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

public slots:
    /** The platform's handler for http(s) links, installed by the runner. */
    void openUrl(const QUrl &url) { m_opened = url; }

private:
    QString m_scratch;
    QUrl m_opened;
};

/** Starts the server, opens the store, makes the controller; tears down in reverse. */
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_server.start(m_dir.path()))
            qFatal("tst_syncflow: %s", qPrintable(m_server.error()));
        m_language = std::make_unique<barntid::Language>(nullptr);
        if (!m_language->apply(QStringLiteral("sv")))
            qFatal("tst_syncflow: no Swedish catalogue in the build");
        barntid::Language::setInstance(m_language.get());
        QDir().mkpath(m_dir.filePath(QStringLiteral("device")));
        // A cheap Argon2id: these tests are about the pages, not the key derivation.
        barntid::StoreOptions options;
        options.kdf = barntid::KdfParams {1, quint64(8) << 20};
        m_session = std::make_unique<barntid::Session>(
            m_dir.filePath(QStringLiteral("device")), barntid::systemClock(), options);
        barntid::Session::setInstance(m_session.get());
        QEventLoop loop;
        connect(m_session.get(), &barntid::Session::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        m_session->setUpPin(QStringLiteral("482915"), QStringLiteral("482915"));
        if (m_session->busy())
            loop.exec();
        if (m_session->state() != barntid::Session::State::Open)
            qFatal("tst_syncflow: the store did not open");
        m_sync
            = std::make_unique<barntid::SyncController>(m_session.get(), m_server.url(), nullptr);
        barntid::SyncController::setInstance(m_sync.get());
        qmlRegisterSingletonInstance("BarntidTest", 1, 0, "TestServer", &m_testServer);
        qmlRegisterSingletonInstance("BarntidTest", 1, 0, "TestDevice", &m_testDevice);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_testDevice, "openUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_testDevice, "openUrl");
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
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        // While the application still exists: the translator is removed from it.
        barntid::Language::setInstance(nullptr);
        m_language.reset();
        m_sync.reset();
        m_session.reset();
        m_server.stop();
    }

private:
    QTemporaryDir m_dir;
    LocalServer m_server {QStringLiteral(BARNTID_SERVER_PATH)};
    TestServer m_testServer {m_server};
    TestDevice m_testDevice {m_dir.filePath(QStringLiteral("scratch"))};
    std::unique_ptr<barntid::Language> m_language;
    std::unique_ptr<barntid::Session> m_session;
    std::unique_ptr<barntid::SyncController> m_sync;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_syncflow, Setup)

#include "tst_syncflow.moc"
