// SPDX-License-Identifier: GPL-3.0-or-later
// A child's answers (issue 16) survive a SIGKILL at any question: each answer is written by its
// own barntid-cli process, killed at a random moment (while it unlocks, writes or exits). After
// every kill the store opens, every earlier answer is there, and the one in flight is there or
// not (at most the current question lost, then answered again). Then the answers sync to the real
// server exactly once: a second sync sends nothing, and the team's supervisor pulls one record
// holding every answer.
#include "clidevice.h"
#include "serverprocess.h"
#include "syncclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace e2esync;
using namespace Qt::StringLiterals;

namespace {

const QString wordsSet = u"0193d5a0-4c00-7000-8000-000000000917"_s;

QJsonObject answersOf(const CliDevice &device, const QString &visitId)
{
    const CliRun list = device.run({u"--json"_s, u"survey"_s, u"list"_s, u"--visit"_s, visitId});
    const QJsonArray all = list.json().toArray();
    return all.isEmpty() ? QJsonObject() : all.first()[u"answers"].toObject();
}

} // namespace

class TestSurveyCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersSurviveSigkillAndSyncOnce();
    void cleanupTestCase() { m_server.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<e2eserver::ServerProcess> m_server;
};

void TestSurveyCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString database = u"sqlite:"_s + m_dir.filePath(u"server.db"_s);
    const e2eserver::CliRun seed
        = e2eserver::runServerCli({u"seed"_s, u"--demo"_s, u"--database"_s, database});
    QVERIFY2(seed.ok(), qPrintable(seed.describe()));
    m_server = std::make_unique<e2eserver::ServerProcess>(database);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestSurveyCrash::answersSurviveSigkillAndSyncOnce()
{
    CliDevice device(m_dir.filePath(u"tablet"_s), u"worker1"_s);
    QVERIFY2(device.run({u"init"_s}).exitCode == 0, "init");
    CliRun first = device.sync(m_server->url());
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    const QString caseId = CliDevice::ids(device.cases()).value(0);
    QVERIFY(!caseId.isEmpty());
    const CliRun visit = device.run({u"--json"_s, u"visit"_s, u"add"_s, u"--case"_s, caseId,
        u"--kind"_s, u"home"_s, u"--note"_s, u"Besök"_s});
    const QString visitId = visit.json()[u"id"].toString();
    QVERIFY2(!visitId.isEmpty(), visit.describe().constData());
    const CliRun start = device.run({u"--json"_s, u"survey"_s, u"start"_s, u"--visit"_s, visitId,
        u"--case"_s, caseId, u"--set"_s, wordsSet, u"--set-version"_s, u"1"_s});
    const QString responseId = start.json()[u"id"].toString();
    QVERIFY2(!responseId.isEmpty(), start.describe().constData());

    const QList<std::pair<QString, QString>> answers {{u"home"_s, u"4"_s},
        {u"school"_s, u"declined"_s}, {u"safe"_s, u"5"_s}, {u"talk_to"_s, u"friend"_s},
        {u"listened_to"_s, u"3"_s}, {u"tell_worker"_s, u"Att jag vill bo kvar hos mormor."_s},
        {u"do_better"_s, u"declined"_s}};
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    // How long one run takes here (unlock, integrity check, the write): the kills fall around
    // its end, where the write is.
    QElapsedTimer timer;
    timer.start();
    answersOf(device, visitId);
    const int runMs = int(std::max<qint64>(20, timer.elapsed()));
    QJsonObject expected;
    int killed = 0, lost = 0;
    for (const auto &[question, value] : answers) {
        // Killed at a random moment of its run: before, inside or after the write.
        QProcess *p = device.start({u"survey"_s, u"answer"_s, u"--id"_s, responseId,
            u"--question"_s, question, u"--value"_s, value});
        QEventLoop wait;
        QTimer::singleShot(
            int(rng.bounded(runMs / 2, runMs * 3 / 2 + 1)), &wait, &QEventLoop::quit);
        QObject::connect(p, &QProcess::finished, &wait, &QEventLoop::quit);
        wait.exec();
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            ++killed;
        }
        CliDevice::finish(p);
        QJsonObject now = answersOf(device, visitId);
        if (!now.contains(question)) {
            ++lost; // only the question in flight may be missing
            const CliRun again = device.run({u"survey"_s, u"answer"_s, u"--id"_s, responseId,
                u"--question"_s, question, u"--value"_s, value});
            QVERIFY2(again.exitCode == 0, again.describe().constData());
            now = answersOf(device, visitId);
        }
        expected.insert(question, value);
        QCOMPARE(now, expected);
    }
    qInfo("%d of %d answers killed in flight (runs of about %d ms), %d of them lost and given "
          "again",
        killed, int(answers.size()), runMs, lost);
    const CliRun check = device.run({u"unlock-check"_s});
    QVERIFY2(check.exitCode == 0, check.describe().constData());
    QCOMPARE(device.run({u"survey"_s, u"complete"_s, u"--id"_s, responseId}).exitCode, 0);

    const CliRun sync = device.sync(m_server->url());
    QVERIFY2(sync.exitCode == 0, sync.describe().constData());
    QCOMPARE(device.status()[u"pending"].toInt(), 0);
    const CliRun again = device.sync(m_server->url());
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json()[u"pushed"].toInt(), 0);

    // The team's supervisor holds exactly one copy, with every answer and the child's "klar".
    e2eserver::Device supervisor = e2eserver::signIn(m_server->url(), u"supervisor1"_s);
    QVERIFY2(supervisor.isValid(), supervisor.login.describe());
    const e2eserver::PullLog log = e2eserver::pullAll(supervisor);
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    int copies = 0;
    for (const QJsonObject &c : log.changes) {
        if (c[u"entity"].toString() == u"survey_response")
            ++copies;
    }
    QCOMPARE(copies, 1);
    const e2eserver::Snapshot seen(log.changes);
    const QJsonObject record = seen.get(u"survey_response"_s, responseId);
    QCOMPARE(record[u"answers"].toObject(), expected);
    QVERIFY(!record[u"completed_at"].toString().isEmpty());
    QCOMPARE(record[u"case_id"].toString(), caseId);
}

QTEST_GUILESS_MAIN(TestSurveyCrash)
#include "tst_surveycrash.moc"
