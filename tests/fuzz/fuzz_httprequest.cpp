// SPDX-License-Identifier: GPL-3.0-or-later
// The server's whole request path on bytes from the network: the intake and its framer, Qt's
// parser, routing, the bearer check, the sync, supervisor, booking, journal and page handlers,
// on a demo municipality in SQLite. The server runs in this process and the input goes to it
// over a loopback socket, exactly as a client's bytes do. "@TOKEN@" in an input becomes a
// signed-in social worker's bearer token, so the fuzzer reaches past the login.
#include "connectionintake.h"
#include "database.h"
#include "demoseed.h"
#include "domain/clock.h"
#include "frontlimits.h"
#include "fuzzcheck.h"
#include "httpapi.h"
#include "journallanguage.h"
#include "requestframer.h"
#include "schema.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace barntid;
using namespace barntid::server;

namespace {

struct Server
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<HttpApi> api;
    quint16 port = 0;
    QByteArray token;
};

void quiet(QtMsgType, const QMessageLogContext &, const QString &) { }

FrontLimits limits()
{
    FrontLimits l;
    // A request cut short is dropped soon, so an input costs milliseconds, not the default 30 s.
    l.readTimeoutMs = 100;
    l.idleTimeoutMs = 100;
    l.lingerMs = 20;
    return l;
}

/** How many answers the server owes for these bytes: the requests they hold completely, as the
 *  server's own framer counts them; -1 when they end inside a request or are refused (the server
 *  then answers what it will and closes). */
int answersOwed(const QByteArray &request)
{
    const FrontLimits l = limits();
    RequestFramer framer(l.maxBodyBytes, l.maxHeaderBytes);
    if (framer.feed(request) != RequestFramer::Result::Ok || !framer.betweenRequests())
        return -1;
    return int(framer.completed());
}

/** Complete answers in the bytes received so far (every answer of the server has a length). */
int answersIn(const QByteArray &answer)
{
    int count = 0;
    qsizetype at = 0;
    for (;;) {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            return count;
        const QByteArray head = answer.mid(at, headEnd - at).toLower();
        const qsizetype field = head.indexOf("\r\ncontent-length:");
        const qsizetype length = field < 0
            ? 0
            : head.mid(field + 17, head.indexOf('\r', field + 2) - field - 17)
                  .trimmed()
                  .toLongLong();
        if (answer.size() < headEnd + 4 + length)
            return count;
        ++count;
        at = headEnd + 4 + length;
    }
}

/** Sends the bytes and collects the answers until all owed have come or the server closes. */
QByteArray exchange(quint16 port, const QByteArray &request, int waitMs = 2000)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    FUZZ_REQUIRE(fd >= 0, "no socket");
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        && errno != EINPROGRESS) {
        ::close(fd);
        FUZZ_REQUIRE(false, "the server does not accept connections");
    }
    const int owed = answersOwed(request);
    QByteArray answer;
    qsizetype sent = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (sent < request.size()) {
            const ssize_t n = ::send(
                fd, request.constData() + sent, std::size_t(request.size() - sent), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOTCONN)
                break; // the server refused the rest and closed: its answer is already read
        }
        char buffer[16384];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0)
            answer.append(buffer, n);
        else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOTCONN))
            break;
        if (sent == request.size() && owed >= 0 && answersIn(answer) >= owed)
            break;
    }
    ::close(fd);
    return answer;
}

/** A social worker's bearer token, signed in through the request path itself. */
QByteArray signIn(quint16 port)
{
    const QByteArray login = QJsonDocument(
        QJsonObject {{QStringLiteral("username"), QStringLiteral("worker1")},
            {QStringLiteral("password"), QStringLiteral("barntid-demo")},
            {QStringLiteral("device_id"), QStringLiteral("0190a1b2-0000-7000-8000-00000000f022")},
            {QStringLiteral("device_name"), QStringLiteral("fuzz")}})
                                 .toJson(QJsonDocument::Compact);
    const QByteArray answer = exchange(port,
        "POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        "Content-Length: "
            + QByteArray::number(login.size()) + "\r\n\r\n" + login,
        60'000); // Argon2id at its full cost
    const qsizetype body = answer.indexOf("\r\n\r\n");
    const QByteArray token = QJsonDocument::fromJson(answer.mid(body + 4))
                                 .object()
                                 .value(u"token")
                                 .toString()
                                 .toLatin1();
    FUZZ_REQUIRE(!token.isEmpty(), "the demo worker cannot sign in");
    return token;
}

Server &fuzzServer()
{
    static Server *s = [] {
        auto *s = new Server;
        installJournalLanguage();
        s->db = std::make_unique<Database>(
            QStringLiteral("sqlite:") + s->dir.filePath(QStringLiteral("server.db")),
            QStringLiteral("fuzz"));
        Schema::migrate(*s->db);
        seedDemo(*s->db, systemClock());
        s->api = std::make_unique<HttpApi>(*s->db, HttpApi::Options {});
        // One serving thread's intake, listening itself: `serve` gives it HttpFront's socket.
        auto *intake
            = new ConnectionIntake(limits(), std::nullopt, std::make_shared<ConnectionCounts>());
        FUZZ_REQUIRE(intake->listen(QHostAddress::LocalHost, 0), "cannot listen on loopback");
        s->port = intake->serverPort();
        s->api->bind(intake);
        s->token = signIn(s->port);
        return s;
    }();
    return *s;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QTemporaryDir runtime; // Qt's GUI side wants a private runtime folder
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    new QGuiApplication(*argc, *argv); // lives as long as the process: journal PDFs need fonts
    qInstallMessageHandler(quiet);
    fuzzServer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Server &s = fuzzServer();
    QByteArray request(reinterpret_cast<const char *>(data), qsizetype(size));
    request.replace("@TOKEN@", s.token);
    const QByteArray answer = exchange(s.port, request);
    if (request.contains("logout") && request.contains(s.token))
        s.token = signIn(s.port); // the input may have ended the session the next ones use
    // Whatever comes in, what goes out is HTTP, and no request makes the server fail inside.
    FUZZ_REQUIRE(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), "an answer that is not HTTP");
    FUZZ_REQUIRE(!answer.contains("HTTP/1.1 500"), "an internal error (500)");
    return 0;
}
