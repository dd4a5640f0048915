// SPDX-License-Identifier: GPL-3.0-or-later
// What one client may cost the server (issue 10): bodies and heads refused before they are held
// in memory, slow and idle connections closed, a cap on connections, the login limit's client
// address behind a trusted proxy, checked serve options, and TLS through the front.
// The limits do not depend on the database: SQLite only.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

constexpr qint64 mib = 1024 * 1024;
constexpr int hangGuardMs = 120'000;

/** One raw HTTP/1.1 connection: what it sends is written as the socket drains (a streamed body
 *  is generated on the way, so the test never holds it) and what comes back is kept. */
class Connection : public QObject
{
public:
    explicit Connection(const QUrl &server, bool tls = false)
    {
        connect(&m_socket, &QIODevice::readyRead, this, [this] { m_in += m_socket.readAll(); });
        connect(&m_socket, &QIODevice::bytesWritten, this, &Connection::pump);
        connect(&m_socket, &QAbstractSocket::disconnected, this, [this] { m_closed = true; });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this] { m_closed = true; });
        if (tls) {
            m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket.connectToHostEncrypted(server.host(), quint16(server.port()));
        } else {
            m_socket.connectToHost(server.host(), quint16(server.port()));
        }
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    /** After the head: `bytes` of body, plain or in 64 KiB chunks, until sent or answered. */
    void stream(qint64 bytes, bool chunked)
    {
        m_toStream = bytes;
        m_chunked = chunked;
        pump();
    }
    /** One byte every intervalMs, as a slowloris client does. */
    void trickle(const QByteArray &bytes, int intervalMs)
    {
        m_trickle = bytes;
        m_timer.callOnTimeout(this, [this] {
            if (m_trickle.isEmpty() || m_closed)
                return m_timer.stop();
            send(m_trickle.first(1));
            m_trickle.remove(0, 1);
        });
        m_timer.start(intervalMs);
    }
    void forget() { m_in.clear(); }
    void close() { m_socket.abort(); }

    bool closed() const { return m_closed; }
    bool answered() const
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        return end >= 0 && m_in.size() - end - 4 >= header("content-length").toLongLong();
    }
    int status() const { return m_in.startsWith("HTTP/1.1 ") ? m_in.mid(9, 3).toInt() : 0; }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : m_in.left(m_in.indexOf("\r\n\r\n")).split('\n'))
            if (line.toLower().startsWith(name + ':'))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(m_in.mid(m_in.indexOf("\r\n\r\n") + 4)).object();
    }
    QString errorCode() const
    {
        return json()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
    QByteArray describe() const
    {
        return "status " + QByteArray::number(status()) + (m_closed ? " closed, " : " open, ")
            + m_in.left(400);
    }
    qint64 streamed() const { return m_streamed; }

private:
    void pump()
    {
        static const QByteArray piece(64 * 1024, 'x');
        while (m_streamed < m_toStream && !answered() && !m_closed
            && m_socket.bytesToWrite() < 4 * piece.size()) {
            const qint64 n = qMin<qint64>(piece.size(), m_toStream - m_streamed);
            if (m_chunked)
                send(QByteArray::number(n, 16) + "\r\n" + piece.first(n) + "\r\n");
            else
                send(piece.first(n));
            m_streamed += n;
            if (m_chunked && m_streamed == m_toStream)
                send("0\r\n\r\n");
        }
    }

    QSslSocket m_socket;
    QTimer m_timer;
    QByteArray m_in;
    QByteArray m_trickle;
    qint64 m_toStream = 0;
    qint64 m_streamed = 0;
    bool m_chunked = false;
    bool m_closed = false;
};

QByteArray head(const QByteArray &requestLine, const QByteArray &fields = {})
{
    return requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields + "\r\n";
}

QByteArray loginRequest(const QString &password, const QByteArray &forwardedFor)
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("username"), QStringLiteral("worker1")},
            {QStringLiteral("password"), password}, {QStringLiteral("device_id"), barntid::newId()},
            {QStringLiteral("device_name"), QStringLiteral("e2e")}})
                                .toJson(QJsonDocument::Compact);
    QByteArray fields = "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!forwardedFor.isEmpty())
        fields += "X-Forwarded-For: " + forwardedFor + "\r\n";
    return head("POST /v1/auth/login", fields) + body;
}

/** The status of one login sent through a fresh connection. */
int login(const QUrl &server, const QString &password, const QByteArray &forwardedFor)
{
    Connection c(server);
    c.send(loginRequest(password, forwardedFor));
    if (!QTest::qWaitFor([&] { return c.answered() || c.closed(); }, hangGuardMs))
        return -1;
    return c.status();
}

/** A /proc/<pid>/status field in KiB (VmHWM is the peak resident size so far). */
qint64 procStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/** The server's TCP connections that are not listening sockets: its fds ∩ /proc/net/tcp*. */
int serverConnections(qint64 pid)
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.contains(QLatin1String("socket:[")))
            inodes.insert(target.section(u'[', 1).chopped(1).toLatin1());
    }
    int count = 0;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            // Column 3 is the state (0A = listening), column 9 the inode.
            if (cols.size() > 9 && cols.at(3) != "0A" && inodes.contains(cols.at(9)))
                ++count;
        }
    }
    return count;
}

bool healthy(const QUrl &server)
{
    Connection c(server);
    c.send(head("GET /v1/health"));
    return QTest::qWaitFor([&] { return c.answered() || c.closed(); }, hangGuardMs)
        && c.status() == 200;
}

} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void oversizedRequestsAreRefusedUnread();
    void bodyAtTheLimitIsAccepted();
    void slowAndIdleConnectionsAreClosed();
    void connectionsOverTheCapAreRefused();
    void trustedProxySetsTheLoginAddress();
    void untrustedForwardedForIsIgnored();
    void numericOptionsAreChecked_data();
    void numericOptionsAreChecked();
    void helpPrintsTheOptions();
    void tlsGoesThroughTheFront_data();
    void tlsGoesThroughTheFront();
};

void TestServerLimits::oversizedRequestsAreRefusedUnread()
{
    ServerFixture f(Backend::Sqlite);
    E2E_START(f);
    const qint64 pid = f.server().pid();
    const qint64 before = procStatusKiB(pid, "VmHWM");
    QVERIFY(before > 0);
    std::vector<std::unique_ptr<Connection>> clients;
    const QByteArray push = "POST /v1/sync/push";
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<Connection>(f.url()));
        clients.back()->send(
            head(push, "Content-Length: " + QByteArray::number(128 * mib) + "\r\n"));
        clients.back()->stream(128 * mib, false);
    }
    clients.push_back(std::make_unique<Connection>(f.url()));
    clients.back()->send(head(push, "Transfer-Encoding: chunked\r\n"));
    clients.back()->stream(128 * mib, true);
    // A head that never ends: the header cap, not the body limit, stops it.
    clients.push_back(std::make_unique<Connection>(f.url()));
    clients.back()->send(push + " HTTP/1.1\r\nX-Endless: ");
    clients.back()->stream(128 * mib, false);
    const bool settled = QTest::qWaitFor(
        [&] {
            return std::all_of(clients.begin(), clients.end(),
                [](const auto &c) { return c->answered() || c->closed(); });
        },
        hangGuardMs * 2);
    QVERIFY2(settled, "every oversized request is answered or closed");
    for (size_t i = 0; i < clients.size(); ++i) {
        const Connection &c = *clients.at(i);
        const bool headCap = i == clients.size() - 1;
        QVERIFY2(c.status() == (headCap ? 431 : 413), c.describe());
        QCOMPARE(c.errorCode(),
            headCap ? QStringLiteral("headers_too_large") : QStringLiteral("too_large"));
    }
    const qint64 after = procStatusKiB(pid, "VmHWM");
    QVERIFY2(after - before < 50 * 1024,
        qPrintable(QStringLiteral("peak RSS grew by %1 KiB (from %2 KiB)")
                       .arg(after - before)
                       .arg(before)));
    QVERIFY2(healthy(f.url()), f.server().logTail().constData());
}

void TestServerLimits::bodyAtTheLimitIsAccepted()
{
    ServerFixture f(Backend::Sqlite);
    E2E_START(f, 1, {QStringLiteral("--max-body"), QStringLiteral("65536")});
    Device &d = f.device(QStringLiteral("worker1"));
    QVERIFY2(d.isValid(), d.login.describe());
    const QString caseId = barntid::newId();
    const QByteArray body = r::pushBody(
        {r::upsert(QStringLiteral("case"), caseId, r::caseData(QStringLiteral("LIM-1")))});
    // JSON allows trailing white space: the same push, padded to exactly the limit.
    const QByteArray atLimit = body + QByteArray(65536 - body.size(), ' ');
    const HttpResponse over
        = d.http->send("POST", QStringLiteral("/v1/sync/push"), atLimit + ' ', d.auth());
    QVERIFY2(over.status == 413 && over.errorCode() == u"too_large", over.describe());
    const HttpResponse ok
        = d.http->send("POST", QStringLiteral("/v1/sync/push"), atLimit, d.auth());
    QVERIFY2(ok.status == 200, ok.describe());
    QCOMPARE(status(ok, 0), QStringLiteral("applied"));
    QCOMPARE(
        f.db().number(QStringLiteral("SELECT COUNT(*) FROM records WHERE id = ?"), {caseId}), 1);
}

void TestServerLimits::slowAndIdleConnectionsAreClosed()
{
    ServerFixture f(Backend::Sqlite);
    E2E_START(f, 1,
        {QStringLiteral("--read-timeout"), QStringLiteral("1"), QStringLiteral("--idle-timeout"),
            QStringLiteral("1")});
    Connection trickled(f.url());
    trickled.trickle(head("POST /v1/auth/login", "X-Slow: " + QByteArray(600, 'a') + "\r\n"), 100);
    Connection stalled(f.url());
    stalled.send(head("POST /v1/auth/login", "Content-Length: 1000\r\n") + "{\"user");
    Connection idle(f.url());
    idle.send(head("GET /v1/health"));
    // The trickle alone would last a minute; with a 1 s read timeout all three end long before.
    const bool closed = QTest::qWaitFor(
        [&] { return trickled.closed() && stalled.closed() && idle.closed(); }, 30'000);
    QVERIFY2(closed, trickled.describe() + " / " + stalled.describe() + " / " + idle.describe());
    QVERIFY2(trickled.status() == 408 && trickled.errorCode() == u"timeout", trickled.describe());
    QVERIFY2(stalled.status() == 408 && stalled.errorCode() == u"timeout", stalled.describe());
    QVERIFY2(idle.status() == 200, idle.describe());
    QVERIFY2(healthy(f.url()), f.server().logTail().constData());
}

void TestServerLimits::connectionsOverTheCapAreRefused()
{
    ServerFixture f(Backend::Sqlite);
    // The cap is the process's, whichever of its threads accepts a connection.
    E2E_START(f, 1,
        {QStringLiteral("--max-connections"), QStringLiteral("3"), QStringLiteral("--workers"),
            QStringLiteral("4")});
    const qint64 pid = f.server().pid();
    // The start-up health probe's connection must be gone before the count starts.
    QVERIFY(QTest::qWaitFor([&] { return serverConnections(pid) == 0; }, hangGuardMs));
    std::vector<std::unique_ptr<Connection>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<Connection>(f.url()));
        Connection &c = *held.back();
        c.send(head("GET /v1/health"));
        QVERIFY(QTest::qWaitFor([&] { return c.answered() || c.closed(); }, hangGuardMs));
        QVERIFY2(c.status() == (i < 3 ? 200 : 503), c.describe());
    }
    Connection &refused = *held.back();
    QCOMPARE(refused.errorCode(), QStringLiteral("busy"));
    QCOMPARE(refused.header("retry-after"), QByteArray("1"));
    QVERIFY2(QTest::qWaitFor([&] { return refused.closed(); }, hangGuardMs), refused.describe());
    // One served connection ends; the server counts it out and serves a new one.
    held.front()->close();
    QVERIFY(QTest::qWaitFor([&] { return serverConnections(pid) == 2; }, hangGuardMs));
    Connection next(f.url());
    next.send(head("GET /v1/health"));
    QVERIFY(QTest::qWaitFor([&] { return next.answered() || next.closed(); }, hangGuardMs));
    QVERIFY2(next.status() == 200, next.describe());
    // A request asking to close is answered, then the server closes the connection.
    held.at(1)->forget();
    held.at(1)->send(head("GET /v1/health", "Connection: close\r\n"));
    QVERIFY(QTest::qWaitFor([&] { return held.at(1)->closed(); }, hangGuardMs));
    QVERIFY2(held.at(1)->status() == 200, held.at(1)->describe());
}

void TestServerLimits::trustedProxySetsTheLoginAddress()
{
    ServerFixture f(Backend::Sqlite);
    E2E_START(f, 1,
        {QStringLiteral("--trusted-proxy"), QStringLiteral("10.9.0.0/16,127.0.0.1"),
            QStringLiteral("--login-failures-per-address"), QStringLiteral("3"),
            QStringLiteral("--login-failures-per-account"), QStringLiteral("1000")});
    const QString wrong = QStringLiteral("not-the-password");
    // The client's own entries left of the proxy's cannot move it to another address.
    for (const QByteArray &spoof :
        {QByteArray("203.0.113.1"), QByteArray("203.0.113.2"), QByteArray("203.0.113.3")})
        QCOMPARE(login(f.url(), wrong, spoof + ", 198.51.100.7"), 401);
    QCOMPARE(login(f.url(), demoPassword, "198.51.100.7"), 429);
    // Another family behind the same proxy (and a second trusted hop) still signs in.
    QCOMPARE(login(f.url(), demoPassword, "198.51.100.8, 10.9.3.4"), 200);
    QCOMPARE(login(f.url(), demoPassword, "198.51.100.8"), 200);
}

void TestServerLimits::untrustedForwardedForIsIgnored()
{
    ServerFixture f(Backend::Sqlite);
    E2E_START(f, 1,
        {QStringLiteral("--login-failures-per-address"), QStringLiteral("3"),
            QStringLiteral("--login-failures-per-account"), QStringLiteral("1000")});
    const QString wrong = QStringLiteral("not-the-password");
    for (const QByteArray &spoof :
        {QByteArray("198.51.100.1"), QByteArray("198.51.100.2"), QByteArray("198.51.100.3")})
        QCOMPARE(login(f.url(), wrong, spoof), 401);
    QCOMPARE(login(f.url(), demoPassword, "198.51.100.9"), 429);
    QCOMPARE(login(f.url(), demoPassword, {}), 429);
}

void TestServerLimits::numericOptionsAreChecked_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    const QStringList numeric {QStringLiteral("max-body"), QStringLiteral("token-days"),
        QStringLiteral("login-failures-per-account"), QStringLiteral("login-failures-per-address"),
        QStringLiteral("max-connections"), QStringLiteral("max-header-bytes"),
        QStringLiteral("read-timeout"), QStringLiteral("idle-timeout"), QStringLiteral("workers")};
    for (const QString &option : numeric)
        for (const QString &value : {QStringLiteral("abc"), QStringLiteral("0"),
                 QStringLiteral("-5"), QStringLiteral("99999999999999")})
            QTest::addRow("%s %s", qPrintable(option), qPrintable(value)) << option << value;
    QTest::addRow("trusted-proxy not an address")
        << QStringLiteral("trusted-proxy") << QStringLiteral("proxy.example");
    QTest::addRow("trusted-proxy prefix")
        << QStringLiteral("trusted-proxy") << QStringLiteral("10.0.0.0/40");
    // A mistyped option must stop the start: ignored, it would leave plain HTTP or no limit.
    QTest::addRow("unknown option") << QStringLiteral("tls-crt") << QStringLiteral("cert.pem");
    QTest::addRow("misspelt limit") << QStringLiteral("max-conections") << QStringLiteral("9");
}

void TestServerLimits::numericOptionsAreChecked()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The port is taken, so a server that did not check the option fails fast, not serving.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const CliRun run = runServerCli({QStringLiteral("serve"), QStringLiteral("--database"),
        QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("db")), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()), QStringLiteral("--") + option,
        value});
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    const QByteArray err = run.err.trimmed();
    QVERIFY2(
        !err.contains('\n') && err.contains(("--" + option).toUtf8()), qPrintable(run.describe()));
}

void TestServerLimits::helpPrintsTheOptions()
{
    for (const QStringList &args : {QStringList {QStringLiteral("--help")},
             QStringList {QStringLiteral("serve"), QStringLiteral("--help")},
             QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("-h")}}) {
        const CliRun run = runServerCli(args);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("usage: barntid-server") && run.out.contains("--max-connections"),
            qPrintable(run.describe()));
    }
}

void TestServerLimits::tlsGoesThroughTheFront_data()
{
    QTest::addColumn<QStringList>("keyArgs");
    QTest::addRow("RSA") << QStringList {QStringLiteral("rsa:2048")};
    QTest::addRow("EC") << QStringList {QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1")};
}

void TestServerLimits::tlsGoesThroughTheFront()
{
    QFETCH(QStringList, keyArgs);
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command makes the test certificate; it is not installed here");
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess gen;
    gen.start(openssl,
        QStringList {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey")}
            + keyArgs
            + QStringList {QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(gen.waitForFinished(hangGuardMs) && gen.exitCode() == 0);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(serverPath(),
        {QStringLiteral("serve"), QStringLiteral("--database"),
            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("db")),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
            QStringLiteral("--max-body"), QStringLiteral("65536")});
    QByteArray out;
    const bool listening = QTest::qWaitFor(
        [&] {
            out += server.readAll();
            return out.contains("listening") || server.state() == QProcess::NotRunning;
        },
        hangGuardMs);
    QVERIFY2(listening && out.contains("(https)"), out.constData());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));
    Connection health(url, true);
    health.send(head("GET /v1/health"));
    QVERIFY(QTest::qWaitFor([&] { return health.answered() || health.closed(); }, hangGuardMs));
    QVERIFY2(health.status() == 200, health.describe());
    Connection big(url, true);
    big.send(
        head("POST /v1/sync/push", "Content-Length: " + QByteArray::number(16 * mib) + "\r\n"));
    big.stream(16 * mib, false);
    QVERIFY(QTest::qWaitFor([&] { return big.answered() || big.closed(); }, hangGuardMs));
    QVERIFY2(big.status() == 413 && big.errorCode() == u"too_large", big.describe());
    server.terminate();
    QVERIFY(server.waitForFinished(hangGuardMs));
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
