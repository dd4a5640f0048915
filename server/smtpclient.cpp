// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpclient.h"

#include <QHostInfo>

namespace barntid::server {

namespace {

constexpr int stepTimeoutMs = 30'000;

const char *stepName(int step)
{
    static const char *const names[] = {"greeting", "ehlo", "starttls", "auth", "auth-user",
        "auth-password", "mail-from", "rcpt-to", "data", "body", "quit"};
    return names[step];
}

QByteArray heloName()
{
    QString name = QHostInfo::localHostName();
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-')
            return QByteArrayLiteral("localhost");
    }
    return name.isEmpty() ? QByteArrayLiteral("localhost") : name.toLatin1();
}

} // namespace

SmtpClient::SmtpClient(const SmtpSettings &settings, const QString &password, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_password(password)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(stepTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(QStringLiteral("timeout")); });
    connect(&m_socket, &QSslSocket::readyRead, this, &SmtpClient::readReplies);
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        if (m_step == Step::StartTls)
            command(Step::Ehlo, "EHLO " + heloName());
    });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_busy)
            fail(QStringLiteral("socket error %1").arg(int(e)));
    });
    connect(&m_socket, &QSslSocket::sslErrors, this,
        [this] { fail(QStringLiteral("the server's certificate was refused")); });
}

QByteArray SmtpClient::dataPayload(const QByteArray &message)
{
    QByteArray normal = message;
    normal.replace("\r\n", "\n").replace('\r', '\n');
    QByteArray out;
    for (const QByteArray &line : normal.split('\n'))
        out += (line.startsWith('.') ? "." + line : line) + "\r\n";
    if (normal.endsWith('\n'))
        out.chop(2); // split() gave an empty last line for the final line break
    return out + ".\r\n";
}

void SmtpClient::send(const QString &sender, const QString &recipient, const QByteArray &message)
{
    m_sender = sender;
    m_recipient = recipient;
    m_message = message;
    m_busy = true;
    m_encrypted = false;
    m_buffer.clear();
    m_step = Step::Greeting;
    m_timeout.start();
    if (m_settings.security == SmtpSettings::Security::Tls)
        m_socket.connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket.connectToHost(m_settings.host, m_settings.port);
}

void SmtpClient::readReplies()
{
    m_buffer += m_socket.readAll();
    if (m_buffer.size() > 64 * 1024)
        return fail(QStringLiteral("reply too long"));
    qsizetype end;
    while (m_busy && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (m_step == Step::Ehlo)
            m_ehlo += line.mid(4).toUpper() + '\n';
        // "250-…" continues a reply, "250 …" (or a bare code) ends it.
        if (line.size() >= 4 && line.at(3) == '-')
            continue;
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok)
            return fail(QStringLiteral("malformed reply at %1").arg(stepName(int(m_step))));
        onReply(code);
    }
}

void SmtpClient::onReply(int code)
{
    const bool positive = code >= 200 && code < 400;
    if (!positive && m_step != Step::Quit)
        return fail(QStringLiteral("%1 at %2").arg(code).arg(stepName(int(m_step))));
    switch (m_step) {
    case Step::Greeting:
        return command(Step::Ehlo, "EHLO " + heloName());
    case Step::Ehlo:
        return afterEhlo();
    case Step::StartTls:
        m_timeout.start();
        return m_socket.startClientEncryption();
    case Step::Auth:
        if (code == 334) // AUTH LOGIN asks for the user name
            return command(Step::AuthUser, m_settings.username.toUtf8().toBase64());
        return command(Step::MailFrom, "MAIL FROM:<" + m_sender.toUtf8() + ">");
    case Step::AuthUser:
        return command(Step::AuthPassword, m_password.toUtf8().toBase64());
    case Step::AuthPassword:
        return command(Step::MailFrom, "MAIL FROM:<" + m_sender.toUtf8() + ">");
    case Step::MailFrom:
        return command(Step::RcptTo, "RCPT TO:<" + m_recipient.toUtf8() + ">");
    case Step::RcptTo:
        return command(Step::Data, "DATA");
    case Step::Data:
        m_step = Step::Body;
        m_timeout.start();
        m_socket.write(dataPayload(m_message));
        return;
    case Step::Body:
        return command(Step::Quit, "QUIT");
    case Step::Quit:
        m_socket.disconnectFromHost();
        return done(true, {});
    }
}

void SmtpClient::afterEhlo()
{
    const QByteArray extensions = m_ehlo;
    m_ehlo.clear();
    if (m_settings.security == SmtpSettings::Security::StartTls && !m_encrypted) {
        if (!extensions.contains("STARTTLS"))
            return fail(QStringLiteral("the server offers no STARTTLS"));
        return command(Step::StartTls, "STARTTLS");
    }
    if (m_settings.username.isEmpty())
        return command(Step::MailFrom, "MAIL FROM:<" + m_sender.toUtf8() + ">");
    qsizetype at = extensions.indexOf("AUTH");
    const QByteArray auth
        = at < 0 ? QByteArray() : extensions.mid(at, extensions.indexOf('\n', at) - at);
    if (auth.contains("PLAIN")) {
        const QByteArray plain = '\0' + m_settings.username.toUtf8() + '\0' + m_password.toUtf8();
        return command(Step::Auth, "AUTH PLAIN " + plain.toBase64());
    }
    if (auth.contains("LOGIN"))
        return command(Step::Auth, "AUTH LOGIN");
    fail(QStringLiteral("the server offers neither AUTH PLAIN nor LOGIN"));
}

void SmtpClient::command(Step next, const QByteArray &line)
{
    m_step = next;
    m_timeout.start();
    m_socket.write(line + "\r\n");
}

void SmtpClient::fail(const QString &error)
{
    if (!m_busy)
        return;
    m_socket.abort();
    // After the message was accepted a failed QUIT loses nothing: sending again would repeat it.
    done(m_step == Step::Quit, m_step == Step::Quit ? QString() : error);
}

void SmtpClient::done(bool ok, const QString &error)
{
    m_busy = false;
    m_timeout.stop();
    emit finished(ok, error);
}

} // namespace barntid::server
