// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for the team dashboard (issue 12) against the real server: a `barntid-server`
// process with the demo municipality (LocalServer), to which worker1 and worker2 add time in the
// current week over HTTP (overlapping segments, one across midnight) and worker1 a foster child
// never visited in a home offered nothing. supervisor1 then signs in from the QML test on a real
// Session and SyncController. TestRows gives the test the rows the sync pulled, straight from the
// store's tables, so it can count the share itself.
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "localserver.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "store/statement.h"
#include "store/store.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

using namespace Qt::StringLiterals;

namespace {

/** One JSON request to the server; the answer, with status 0 when none came. */
QJsonObject call(const QUrl &server, const QString &path, const QJsonObject &body,
    const QString &token, int &status)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(60'000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply
        = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

/** A worker's own device writing records to the server, as its app would push them. */
class Writer
{
public:
    Writer(const QUrl &server, const QString &username)
        : m_server(server)
    {
        int status = 0;
        const QJsonObject login = call(server, u"/v1/auth/login"_s,
            {{u"username"_s, username}, {u"password"_s, u"barntid-demo"_s},
                {u"device_id"_s, barntid::newId()}, {u"device_name"_s, u"Testplatta"_s}},
            {}, status);
        if (status != 200)
            qFatal("tst_teamdashboard: the login of %s answered %d", qPrintable(username), status);
        m_token = login.value("token"_L1).toString();
        userId = login.value("user"_L1).toObject().value("id"_L1).toString();
    }

    QString add(const QString &entity, QJsonObject data)
    {
        const QString id = barntid::newId();
        const QString now = barntid::toRfc3339(QDateTime::currentDateTimeUtc());
        data.insert(u"created_at"_s, now);
        data.insert(u"updated_at"_s, now);
        m_mutations.append(QJsonObject {{u"mutation_id"_s, barntid::newId()}, {u"entity"_s, entity},
            {u"op"_s, u"upsert"_s}, {u"id"_s, id}, {u"base_version"_s, QJsonValue()},
            {u"data"_s, data}});
        return id;
    }

    void push()
    {
        int status = 0;
        const QJsonObject answer
            = call(m_server, u"/v1/sync/push"_s, {{u"mutations"_s, m_mutations}}, m_token, status);
        for (const QJsonValue &r : answer.value("results"_L1).toArray()) {
            if (r.toObject().value("status"_L1).toString() != u"applied")
                status = -1;
        }
        if (status != 200)
            qFatal("tst_teamdashboard: the push answered %d: %s", status,
                QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
        m_mutations = {};
    }

    QString userId;

private:
    QUrl m_server;
    QString m_token;
    QJsonArray m_mutations;
};

QString local(const QDate &day, int hour, int minute = 0)
{
    return barntid::toRfc3339(QDateTime(day, QTime(hour, minute), barntid::stockholm()));
}

} // namespace

/** What the QML test reads besides the page (TestRows singleton). */
class TestRows : public QObject
{
    Q_OBJECT

public:
    QHash<QString, QString> userIds; // by username
    QString placedCaseId;

    /** Every child_time, time_entry and visit span in the store, as the sync wrote them:
     *  [{entity, authorId, category, start, end}], times in ms since the epoch. */
    Q_INVOKABLE QVariantList rows() const
    {
        QVariantList out;
        barntid::Store *store = barntid::Session::instance()->store();
        if (!store)
            return out;
        const struct
        {
            const char *entity, *sql;
        } tables[] = {
            {"child_time",
                "SELECT author_id, starts_at, ends_at, 'child_contact' FROM child_times "
                "WHERE deleted = 0"},
            {"time_entry",
                "SELECT author_id, starts_at, ends_at, category FROM time_entries "
                "WHERE deleted = 0"},
            {"visit",
                "SELECT author_id, actual_start, actual_end, kind FROM visits WHERE deleted = 0 "
                "AND actual_start IS NOT NULL AND actual_end IS NOT NULL"},
        };
        for (const auto &table : tables) {
            barntid::Statement s = store->connection().prepare(table.sql);
            while (s.step()) {
                out << QVariantMap {{u"entity"_s, QString::fromLatin1(table.entity)},
                    {u"authorId"_s, s.text(0)}, {u"start"_s, double(msecs(s.text(1)))},
                    {u"end"_s, double(msecs(s.text(2)))}, {u"category"_s, s.text(3)}};
            }
        }
        return out;
    }
    /** Local midnight in Stockholm at the start of the day (YYYY-MM-DD), ms since the epoch. */
    Q_INVOKABLE double stockholmMidnight(const QString &isoDate) const
    {
        const QTimeZone tz(QByteArrayLiteral("Europe/Stockholm"));
        return double(QDate::fromString(isoDate, Qt::ISODate).startOfDay(tz).toMSecsSinceEpoch());
    }
    Q_INVOKABLE QString userId(const QString &username) const { return userIds.value(username); }
    Q_INVOKABLE QString caseIdPlaced() const { return placedCaseId; }

private:
    static qint64 msecs(const QString &rfc3339)
    {
        return QDateTime::fromString(rfc3339, Qt::ISODateWithMs).toMSecsSinceEpoch();
    }
};

/** Starts and fills the server, opens the store, makes the controller; tears down in reverse. */
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_server.start(m_dir.path()))
            qFatal("tst_teamdashboard: %s", qPrintable(m_server.error()));
        addTeamTime();
        QDir().mkpath(m_dir.filePath(QStringLiteral("device")));
        // A cheap Argon2id: this test is about the page, not the key derivation.
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
            qFatal("tst_teamdashboard: the store did not open");
        m_sync
            = std::make_unique<barntid::SyncController>(m_session.get(), m_server.url(), nullptr);
        barntid::SyncController::setInstance(m_sync.get());
        qmlRegisterSingletonInstance("BarntidTest", 1, 0, "TestRows", &m_rows);
    }
    // Qt 6.4 places the module at qrc:/Barntid/ but does not search qrc:/ for imports.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase()
    {
        m_sync.reset();
        m_session.reset();
        m_server.stop();
    }

private:
    /** This week's time of two workers, beside the demo data's visits of earlier weeks. */
    void addTeamTime()
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(barntid::stockholm()).date();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        Writer anna(m_server.url(), u"worker1"_s);
        m_rows.userIds.insert(u"worker1"_s, anna.userId);
        const QString caseId = anna.add(u"case"_s,
            {{u"case_number"_s, u"BUN-TEST-0001"_s}, {u"child_name"_s, u"Test T."_s},
                {u"birth_year"_s, 2015}, {u"protected_identity"_s, false}});
        // Placed in a home offered neither training nor supervision, and never visited.
        anna.add(u"foster_home"_s,
            {{u"name"_s, u"Familjehemmet Test"_s}, {u"supervision_status"_s, u"none"_s},
                {u"placed_case_ids"_s, QJsonArray {caseId}}});
        anna.add(u"time_entry"_s,
            {{u"category"_s, u"documentation"_s}, {u"starts_at"_s, local(monday, 8)},
                {u"ends_at"_s, local(monday, 12)}});
        // Two segments with children that overlap (two children in the room).
        for (const int minute : {0, 30}) {
            anna.add(u"child_time"_s,
                {{u"case_id"_s, caseId}, {u"starts_at"_s, local(monday, 9, minute)},
                    {u"ends_at"_s, local(monday, 10, minute)}, {u"mode"_s, u"in_person"_s}});
        }
        anna.add(u"time_entry"_s,
            {{u"category"_s, u"travel"_s}, {u"starts_at"_s, local(monday.addDays(1), 13)},
                {u"ends_at"_s, local(monday.addDays(1), 14)}});
        anna.push();
        m_rows.placedCaseId = caseId;

        Writer johan(m_server.url(), u"worker2"_s);
        m_rows.userIds.insert(u"worker2"_s, johan.userId);
        const QString johansCase = johan.add(
            u"case"_s, {{u"case_number"_s, u"BUN-TEST-0002"_s}, {u"child_name"_s, u"Test U."_s}});
        // Across midnight, then an hour of documentation.
        johan.add(u"child_time"_s,
            {{u"case_id"_s, johansCase}, {u"starts_at"_s, local(monday, 22, 30)},
                {u"ends_at"_s, local(monday.addDays(1), 0, 30)}, {u"mode"_s, u"phone"_s}});
        johan.add(u"time_entry"_s,
            {{u"category"_s, u"documentation"_s}, {u"starts_at"_s, local(monday.addDays(2), 8)},
                {u"ends_at"_s, local(monday.addDays(2), 9)}});
        johan.push();
        // worker3 adds nothing this week: only the id, to find the row.
        m_rows.userIds.insert(u"worker3"_s, Writer(m_server.url(), u"worker3"_s).userId);
    }

    QTemporaryDir m_dir;
    LocalServer m_server {QStringLiteral(BARNTID_SERVER_PATH)};
    TestRows m_rows;
    std::unique_ptr<barntid::Session> m_session;
    std::unique_ptr<barntid::SyncController> m_sync;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_teamdashboard, Setup)

#include "tst_teamdashboard.moc"
