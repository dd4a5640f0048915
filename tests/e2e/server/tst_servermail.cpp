// SPDX-License-Identifier: GPL-3.0-or-later
// Confirmation mails through the real server and a local SMTP sink (tests/scripts/smtpsink.py):
// the worker's confirm and cancel each reach the family once, also from two server processes
// on one database and across an SMTP outage; the family's own cancel and a repeated status
// send nothing; no purpose, child or case text in a mail or the server's log.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString purpose = QStringLiteral("HEMLIGT-SYFTE om Kalle, ärende 2026-0042");
const QString family = QStringLiteral("familj@example.se");
constexpr int hangGuardMs = 60'000;

/** The sink as a process; its stdout says when it listens and when a message arrived. */
class Sink
{
public:
    ~Sink() { stop(); }
    bool start(quint16 port = 0)
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments({QStringLiteral(BARNTID_SMTPSINK), QStringLiteral("--dir"),
            m_dir.path(), QStringLiteral("--port"), QString::number(port)});
        m_process.start();
        const QByteArray line = nextLine();
        if (!line.startsWith("port "))
            return false;
        m_port = quint16(line.mid(5).trimmed().toUInt());
        return m_port != 0;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(hangGuardMs);
    }
    /** Waits for the next "received NNN" and returns the message's summary. */
    QJsonObject nextMessage()
    {
        const QByteArray line = nextLine();
        if (!line.startsWith("received "))
            return {};
        QFile file(
            m_dir.filePath(QString::fromLatin1(line.mid(9).trimmed()) + QStringLiteral(".json")));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }
    int messageCount() const
    {
        return int(QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}).size());
    }
    quint16 port() const { return m_port; }

private:
    QByteArray nextLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(hangGuardMs))
                return {};
        }
        return m_process.readLine();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

QString writeConfig(const QTemporaryDir &dir, quint16 port)
{
    const QJsonObject config {
        {QStringLiteral("unit_name"), QStringLiteral("Familjehemsenheten Testby")},
        {QStringLiteral("smtp"),
            QJsonObject {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                {QStringLiteral("port"), port},
                {QStringLiteral("security"), QStringLiteral("none")},
                {QStringLiteral("from"),
                    QStringLiteral("Familjehemsenheten Testby <familjehem@kommun.example>")},
                {QStringLiteral("retry_seconds"), 1}}}};
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(config).toJson());
    return path;
}

// Open demo times the family may still cancel (24 h before the start) whenever the test runs:
// the first demo time is on Tuesday evening, past that limit from Monday evening.
QStringList openDemoSlots(Device &foster)
{
    const Snapshot snapshot(pullAll(foster).changes);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(26 * 3600);
    QStringList ids;
    for (const QJsonObject &slot : snapshot.all(QStringLiteral("slot"))) {
        const QDateTime start = QDateTime::fromString(
            slot.value(QLatin1StringView("starts_at")).toString(), Qt::ISODateWithMs);
        if (start > after)
            ids << slot.value(QLatin1StringView("id")).toString();
    }
    return ids;
}

QString book(Device &foster, const QString &slotId)
{
    const QString id = barntid::newId();
    QJsonObject booking = r::booking(slotId);
    booking.insert(QStringLiteral("purpose"), purpose);
    booking.insert(QStringLiteral("notify_email"), family);
    const QStringList result
        = outcomes(foster.push({r::upsert(QStringLiteral("booking"), id, booking)}));
    return result == QStringList {QStringLiteral("applied")} ? id : QString();
}

QStringList setStatus(
    Device &device, const QString &bookingId, const QString &status, const QString &reason = {})
{
    const QJsonObject current
        = Snapshot(pullAll(device).changes).get(QStringLiteral("booking"), bookingId);
    QJsonObject changes {{QStringLiteral("status"), status}};
    if (!reason.isEmpty())
        changes.insert(QStringLiteral("cancel_reason"), reason);
    return outcomes(device.push({r::update(QStringLiteral("booking"), current, changes)}));
}

qint64 outboxRows(ServerFixture &f, const QString &bookingId)
{
    return f.db().number(
        QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE booking_id = ?"), {bookingId});
}

/** The mail carries no purpose, child, case or home data. */
void verifyNothingPrivate(const QJsonObject &mail)
{
    const QByteArray all = QJsonDocument(mail).toJson();
    QVERIFY2(!all.contains("HEMLIGT") && !all.contains("Kalle") && !all.contains("2026-0042"),
        all.constData());
}

} // namespace

class TestServerMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void workerDecisionsReachTheFamilyOnce();
};

void TestServerMail::workerDecisionsReachTheFamilyOnce()
{
    Sink sink;
    QVERIFY2(sink.start(), "the SMTP sink starts");
    QTemporaryDir dir;
    const QString config = writeConfig(dir, sink.port());
    ServerFixture f(currentBackend());
    // Two senders on one database: each mail still goes out once.
    E2E_START(f, 2, {QStringLiteral("--config"), config});
    Device &foster = f.device(QStringLiteral("foster1"));
    Device &worker = f.device(QStringLiteral("worker1"), 1);
    const QStringList open = openDemoSlots(foster);
    QVERIFY(open.size() >= 2);
    const QString confirmed = book(foster, open.at(0));
    const QString ownCancel = book(foster, open.at(1));
    QVERIFY(!confirmed.isEmpty() && !ownCancel.isEmpty());
    QCOMPARE(outboxRows(f, confirmed), 0);

    QCOMPARE(setStatus(worker, confirmed, QStringLiteral("confirmed")),
        QStringList {QStringLiteral("applied")});
    const QJsonObject mail = sink.nextMessage();
    QVERIFY2(!mail.isEmpty(), "the confirmation arrives");
    QCOMPARE(mail.value(QLatin1StringView("rcpt_to")).toArray(), QJsonArray {family});
    QCOMPARE(mail.value(QLatin1StringView("to")).toString(), family);
    QCOMPARE(mail.value(QLatin1StringView("mail_from")).toString(),
        QStringLiteral("familjehem@kommun.example"));
    QCOMPARE(mail.value(QLatin1StringView("mime_version")).toString(), QStringLiteral("1.0"));
    const QString subject = mail.value(QLatin1StringView("subject")).toString();
    QVERIFY2(subject.startsWith(u"Ditt möte ") && subject.endsWith(u" är bekräftat")
            && subject.contains(u" kl. "),
        qPrintable(subject));
    QVERIFY(mail.value(QLatin1StringView("raw_subject")).toString().startsWith(u"=?UTF-8?B?"));
    const QString text = mail.value(QLatin1StringView("text")).toString();
    const QString workerName
        = f.db().text(QStringLiteral("SELECT display_name FROM users WHERE username = 'worker1'"));
    QVERIFY2(text.contains(workerName) && text.contains(u"Familjehemsenheten Testby")
            && text.contains(u"går inte att svara på") && text.contains(u"Plats: "),
        qPrintable(text));
    const QJsonObject ics = mail.value(QLatin1StringView("attachments")).toArray().at(0).toObject();
    QCOMPARE(ics.value(QLatin1StringView("type")).toString(), QStringLiteral("text/calendar"));
    QCOMPARE(ics.value(QLatin1StringView("method")).toString(), QStringLiteral("PUBLISH"));
    QVERIFY(ics.value(QLatin1StringView("content"))
                .toString()
                .contains(confirmed + QStringLiteral("@barntid")));
    verifyNothingPrivate(mail);

    // The same status again, and the family's own cancel: nothing to tell.
    QCOMPARE(setStatus(worker, confirmed, QStringLiteral("confirmed")),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(outboxRows(f, confirmed), 1);
    QCOMPARE(setStatus(foster, ownCancel, QStringLiteral("cancelled")),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(outboxRows(f, ownCancel), 0);

    // The mail server is down when the worker cancels: the mail waits and goes out once later.
    const quint16 port = sink.port();
    sink.stop();
    QCOMPARE(setStatus(worker, confirmed, QStringLiteral("cancelled"),
                 QStringLiteral("Handläggaren är sjuk")),
        QStringList {QStringLiteral("applied")});
    const QString failedTries = QStringLiteral(
        "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'cancelled' AND attempts >= 1 "
        "AND sent_at IS NULL AND last_error IS NOT NULL");
    QTRY_COMPARE_WITH_TIMEOUT(f.db().number(failedTries), 1, hangGuardMs);
    QVERIFY(sink.start(port));
    const QJsonObject cancel = sink.nextMessage();
    QVERIFY2(!cancel.isEmpty(), "the cancellation arrives after the outage");
    QVERIFY(cancel.value(QLatin1StringView("subject")).toString().endsWith(u" är inställt"));
    QVERIFY(cancel.value(QLatin1StringView("text"))
                .toString()
                .contains(u"Anledning: Handläggaren är sjuk"));
    const QJsonObject cancelIcs
        = cancel.value(QLatin1StringView("attachments")).toArray().at(0).toObject();
    QCOMPARE(cancelIcs.value(QLatin1StringView("method")).toString(), QStringLiteral("CANCEL"));
    verifyNothingPrivate(cancel);
    QCOMPARE(outboxRows(f, confirmed), 2);
    // The sink has the message before the server hears its 250 and marks the row sent.
    const QString sentAfterRetry = QStringLiteral(
        "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'cancelled' AND sent_at IS NOT NULL "
        "AND last_error IS NULL AND attempts >= 2");
    QTRY_COMPARE_WITH_TIMEOUT(f.db().number(sentAfterRetry), 1, hangGuardMs);
    QCOMPARE(sink.messageCount(), 2);
    for (int i = 0; i < 2; ++i) {
        const QByteArray log = f.server(i).log();
        QVERIFY2(!log.contains(family.toUtf8()) && !log.contains("Ditt m"), log.constData());
    }
    sink.stop();
}

QTEST_GUILESS_MAIN(TestServerMail)
#include "tst_servermail.moc"
