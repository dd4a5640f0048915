// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpClient against the local SMTP sink (tests/scripts/smtpsink.py, a separate process): AUTH
// PLAIN and LOGIN, dot-stuffing that the receiver undoes to the very bytes sent, and the
// failures (wrong password, nobody listening, a server that never answers, no STARTTLS).
#include "smtpclient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using barntid::server::SmtpClient;
using barntid::server::SmtpSettings;

namespace {

constexpr int hangGuardMs = 60'000;

const QByteArray message = "From: a@kommun.example\r\nTo: b@example.se\r\nSubject: x\r\n\r\n"
                           ".en rad med punkt\r\n..två punkter\r\n.\r\nslut\r\n";

/** The sink with the given options; port() is 0 when it did not start. */
class Sink
{
public:
    explicit Sink(const QStringList &options)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"),
            QStringList {QStringLiteral(BARNTID_SMTPSINK), QStringLiteral("--dir"), m_dir.path()}
                + options);
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(hangGuardMs))
                return;
        }
        const QByteArray line = m_process.readLine();
        if (line.startsWith("port "))
            m_port = quint16(line.mid(5).trimmed().toUInt());
    }
    ~Sink()
    {
        m_process.kill();
        m_process.waitForFinished(hangGuardMs);
    }
    quint16 port() const { return m_port; }
    QByteArray received(const char *name) const
    {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

SmtpSettings settings(quint16 port, const QString &user = {})
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSettings::Security::None;
    s.from = QStringLiteral("a@kommun.example");
    s.username = user;
    return s;
}

/** Sends the message and returns (ok, error). */
std::pair<bool, QString> deliver(SmtpClient &client)
{
    QSignalSpy spy(&client, &SmtpClient::finished);
    client.send(QStringLiteral("a@kommun.example"), QStringLiteral("b@example.se"), message);
    if (spy.isEmpty() && !spy.wait(hangGuardMs))
        return {false, QStringLiteral("no answer")};
    return {spy.at(0).at(0).toBool(), spy.at(0).at(1).toString()};
}

} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

private slots:
    void dotStuffing()
    {
        QCOMPARE(SmtpClient::dataPayload("a\r\n.b\r\n"), QByteArray("a\r\n..b\r\n.\r\n"));
        QCOMPARE(SmtpClient::dataPayload("a\nb"), QByteArray("a\r\nb\r\n.\r\n"));
        QCOMPARE(SmtpClient::dataPayload(".\r\n"), QByteArray("..\r\n.\r\n"));
    }

    void plainAuthDeliversTheExactBytes()
    {
        Sink sink({QStringLiteral("--auth"), QStringLiteral("enhet:hemligt")});
        QVERIFY(sink.port() != 0);
        SmtpClient client(
            settings(sink.port(), QStringLiteral("enhet")), QStringLiteral("hemligt"));
        const auto [ok, error] = deliver(client);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(sink.received("001.eml"), message);
    }

    void loginAuth()
    {
        Sink sink({QStringLiteral("--auth"), QStringLiteral("enhet:hemligt"),
            QStringLiteral("--mechanisms"), QStringLiteral("LOGIN")});
        QVERIFY(sink.port() != 0);
        SmtpClient client(
            settings(sink.port(), QStringLiteral("enhet")), QStringLiteral("hemligt"));
        const auto [ok, error] = deliver(client);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(sink.received("001.eml"), message);
    }

    void wrongPasswordFailsWithoutNamingAnyone()
    {
        Sink sink({QStringLiteral("--auth"), QStringLiteral("enhet:hemligt")});
        QVERIFY(sink.port() != 0);
        SmtpClient client(settings(sink.port(), QStringLiteral("enhet")), QStringLiteral("fel"));
        const auto [ok, error] = deliver(client);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("535 at auth"));
        QVERIFY(sink.received("001.eml").isEmpty());
    }

    void unauthenticatedMailIsRefused()
    {
        Sink sink({QStringLiteral("--auth"), QStringLiteral("enhet:hemligt")});
        QVERIFY(sink.port() != 0);
        SmtpClient client(settings(sink.port()), {});
        const auto [ok, error] = deliver(client);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("530 at mail-from"));
    }

    void nobodyListening()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SmtpClient client(settings(port), {});
        const auto [ok, error] = deliver(client);
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(u"socket error"), qPrintable(error));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts and never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SmtpClient client(settings(silent.serverPort()), {});
        client.setStepTimeout(300);
        const auto [ok, error] = deliver(client);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("timeout"));
    }

    void startTlsIsRequiredWhenConfigured()
    {
        Sink sink({});
        QVERIFY(sink.port() != 0);
        SmtpSettings s = settings(sink.port());
        s.security = SmtpSettings::Security::StartTls;
        SmtpClient client(s, {});
        const auto [ok, error] = deliver(client);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("the server offers no STARTTLS"));
        QVERIFY(sink.received("001.eml").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
