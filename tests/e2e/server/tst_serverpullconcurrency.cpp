// SPDX-License-Identifier: GPL-3.0-or-later
// A cursor never skips a committed change (DESIGN.md §6): six devices push through two server
// processes on one database, or through the threads of one, while a supervisor pulls page by
// page with a small limit; at the end the supervisor has seen every record whose push answered
// applied.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

constexpr int batchesPerWriter = 20;
constexpr int pageLimit = 7;

/** One device pushing its batches one after the other, as fast as the server answers. */
struct Writer
{
    Device device;
    int left = batchesPerWriter;
    QSet<QString> applied;
    QStringList problems;

    QList<QJsonObject> nextBatch(int n)
    {
        const QString caseId = barntid::newId();
        return {
            r::upsert(QStringLiteral("case"), caseId, r::caseData(QStringLiteral("C-%1").arg(n))),
            r::upsert(
                QStringLiteral("visit"), barntid::newId(), r::visit(caseId, QStringLiteral("v"))),
            r::upsert(QStringLiteral("child_time"), barntid::newId(), r::childTime(caseId)),
            r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry(caseId))};
    }
};

} // namespace

class TestServerPullConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void pagesDuringConcurrentWritesMissNothing_data();
    void pagesDuringConcurrentWritesMissNothing();
    void loginsAndPullsWhileAnotherProcessWrites();
};

void TestServerPullConcurrency::pagesDuringConcurrentWritesMissNothing_data()
{
    QTest::addColumn<int>("processes");
    QTest::addColumn<QString>("workers");
    // One thread each: the processes alone interleave. One process: its threads do (on SQLite
    // their pushes commit in groups).
    QTest::newRow("two processes") << 2 << QStringLiteral("4");
    QTest::newRow("two processes, one thread each") << 2 << QStringLiteral("1");
    QTest::newRow("one process, four threads") << 1 << QStringLiteral("4");
}

void TestServerPullConcurrency::pagesDuringConcurrentWritesMissNothing()
{
    QFETCH(int, processes);
    QFETCH(QString, workers);
    ServerFixture f(currentBackend());
    E2E_START(f, processes, {QStringLiteral("--workers"), workers});
    std::vector<std::unique_ptr<Writer>> writers;
    for (const QString &name :
        {QStringLiteral("worker1"), QStringLiteral("worker2"), QStringLiteral("worker3")}) {
        for (int server = 0; server < 2; ++server) {
            auto w = std::make_unique<Writer>();
            w->device = signIn(f.url(server % processes), name);
            QVERIFY2(w->device.isValid(), w->device.login.describe());
            writers.push_back(std::move(w));
        }
    }
    Device reader = signIn(f.url(0), QStringLiteral("supervisor1"));
    QVERIFY2(reader.isValid(), reader.login.describe());

    QEventLoop loop;
    int running = int(writers.size());
    int batchNumber = 0;
    std::function<void(Writer *)> pushNext = [&](Writer *w) {
        const QList<QJsonObject> batch = w->nextBatch(++batchNumber);
        QNetworkReply *reply = w->device.startPush(batch);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, w, reply, batch] {
            const HttpResponse answer = HttpClient::read(reply);
            reply->deleteLater();
            for (int i = 0; i < batch.size(); ++i) {
                if (status(answer, i) == u"applied")
                    w->applied << batch.at(i).value(QLatin1StringView("entity")).toString() + u'/'
                            + batch.at(i).value(QLatin1StringView("id")).toString();
                else
                    w->problems << QString::fromUtf8(answer.describe());
            }
            if (--w->left > 0)
                pushNext(w);
            else if (--running == 0)
                loop.quit();
        });
    };

    // The reader pulls page after page for as long as the writers write.
    QSet<QString> seen;
    qint64 cursor = 0, lastSeq = 0;
    int pages = 0;
    QStringList readerProblems;
    bool writing = true;
    std::function<void()> pullNext = [&] {
        QNetworkReply *reply = reader.http->start("GET",
            QStringLiteral("/v1/sync/pull?since=%1&limit=%2").arg(cursor).arg(pageLimit), {},
            reader.auth());
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            const HttpResponse page = HttpClient::read(reply);
            reply->deleteLater();
            if (page.status != 200) {
                readerProblems << QString::fromUtf8(page.describe());
                return;
            }
            ++pages;
            for (const QJsonValue &v : page.json().value(QLatin1StringView("changes")).toArray()) {
                const QJsonObject c = v.toObject();
                const qint64 seq = qint64(c.value(QLatin1StringView("seq")).toDouble());
                if (seq <= lastSeq)
                    readerProblems << QStringLiteral("seq %1 after %2").arg(seq).arg(lastSeq);
                lastSeq = seq;
                seen << c.value(QLatin1StringView("entity")).toString() + u'/'
                        + c.value(QLatin1StringView("id")).toString();
            }
            cursor = qint64(page.json().value(QLatin1StringView("next")).toDouble());
            if (writing || page.json().value(QLatin1StringView("has_more")).toBool())
                pullNext();
        });
    };
    for (auto &w : writers)
        pushNext(w.get());
    pullNext();
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(120'000);
    loop.exec();
    QVERIFY2(running == 0, "the writers did not finish within two minutes");
    writing = false;
    const int pagesWhileWriting = pages;

    // After the last write, the reader catches up from its cursor: it must not need to restart.
    const PullLog rest = pullAll(reader, cursor, pageLimit);
    QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
    for (const QJsonObject &c : rest.changes) {
        seen << c.value(QLatin1StringView("entity")).toString() + u'/'
                + c.value(QLatin1StringView("id")).toString();
    }
    QVERIFY2(readerProblems.isEmpty(), qPrintable(readerProblems.join(u'\n')));
    QSet<QString> applied;
    for (const auto &w : writers) {
        QVERIFY2(w->problems.isEmpty(), qPrintable(w->problems.join(u'\n')));
        applied |= w->applied;
    }
    QCOMPARE(applied.size(), int(writers.size()) * batchesPerWriter * 4);
    QVERIFY2(pagesWhileWriting > 10,
        qPrintable(QStringLiteral("only %1 pages while writing").arg(pagesWhileWriting)));
    QStringList missed;
    for (const QString &k : std::as_const(applied)) {
        if (!seen.contains(k))
            missed << k;
    }
    QVERIFY2(missed.isEmpty(),
        qPrintable(QStringLiteral("%1 committed records never reached the reader: %2")
                       .arg(missed.size())
                       .arg(missed.mid(0, 5).join(u' '))));
    qInfo("%d records from %zu writers; %d pages while writing, %d after", int(applied.size()),
        writers.size(), pagesWhileWriting, rest.pages);
}

void TestServerPullConcurrency::loginsAndPullsWhileAnotherProcessWrites()
{
    // Reads that end in a write (login, last-seen stamps, the pull's audit rows) must wait for
    // the other process's writer, not fail because their snapshot went stale.
    ServerFixture f(currentBackend());
    E2E_START(f, 2);
    Writer writer;
    writer.device = signIn(f.url(1), QStringLiteral("worker1"));
    QVERIFY2(writer.device.isValid(), writer.device.login.describe());
    QEventLoop loop;
    bool stop = false;
    int pushes = 0;
    QStringList problems;
    std::function<void()> pushNext = [&] {
        QNetworkReply *reply = writer.device.startPush(writer.nextBatch(++pushes));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            const HttpResponse answer = HttpClient::read(reply);
            reply->deleteLater();
            if (answer.status != 200)
                problems << QStringLiteral("push: ") + QString::fromUtf8(answer.describe());
            if (stop)
                loop.quit();
            else
                pushNext();
        });
    };
    pushNext();
    for (int i = 0; i < 12; ++i) {
        // Each login spends tens of milliseconds in Argon2id while the other process commits.
        Device d = signIn(f.url(0), i % 2 ? QStringLiteral("worker2") : QStringLiteral("foster1"));
        if (!d.isValid())
            problems << QStringLiteral("login: ") + QString::fromUtf8(d.login.describe());
        else if (const PullLog log = pullAll(d, 0, 50); !log.error.isEmpty())
            problems << QStringLiteral("pull: ") + log.error;
        const Device wrong
            = signIn(f.url(0), QStringLiteral("worker3"), QStringLiteral("wrong-password"));
        if (wrong.login.status != 401 && wrong.login.status != 429)
            problems << QStringLiteral("failed login: ")
                    + QString::fromUtf8(wrong.login.describe());
    }
    stop = true;
    loop.exec();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(pushes > 5, qPrintable(QStringLiteral("only %1 pushes ran alongside").arg(pushes)));
}

QTEST_GUILESS_MAIN(TestServerPullConcurrency)
#include "tst_serverpullconcurrency.moc"
