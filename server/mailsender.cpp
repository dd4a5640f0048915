// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailsender.h"

#include "database.h"
#include "domain/clock.h"
#include "domain/timeformat.h"
#include "mailmessage.h"
#include "servererror.h"
#include "smtpclient.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMailSender, "barntid.server.mail")

namespace barntid::server {

namespace {

// Longer than an SMTP conversation can take with its step timeouts: a row whose sender died
// mid-way becomes due again after it.
constexpr qint64 leaseSeconds = 10 * 60;
constexpr qint64 maxDelaySeconds = 60 * 60;

} // namespace

MailSender::MailSender(Database &db, const SmtpSettings &smtp, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_smtp(smtp)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &MailSender::drain);
}

MailSender::~MailSender() = default;

QString MailSender::start()
{
    if (!m_smtp.passwordFile.isEmpty()) {
        QFile file(m_smtp.passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read smtp.password_file");
        m_password = QString::fromUtf8(file.readLine(4096)).trimmed();
    }
    m_timer.start(int(qBound(1, m_smtp.retrySeconds, 30)) * 1000);
    QTimer::singleShot(0, this, &MailSender::drain);
    return {};
}

qint64 MailSender::retryDelay(int retrySeconds, int attempts)
{
    qint64 delay = retrySeconds;
    for (int i = 1; i < attempts && delay < maxDelaySeconds; ++i)
        delay *= 2;
    return qMin(delay, maxDelaySeconds);
}

void MailSender::drain()
{
    if (m_client)
        return; // one delivery at a time
    try {
        const QDateTime now = m_clock.now();
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT id, recipient, body, attempts, next_try_at FROM mail_outbox "
                           "WHERE sent_at IS NULL AND attempts < ? AND next_try_at <= ? "
                           "ORDER BY next_try_at, id LIMIT 1"),
            {maxAttempts, toRfc3339(now)});
        if (!q.next())
            return;
        const QString id = q.value(0).toString();
        const QString recipient = q.value(1).toString();
        const QByteArray message = q.value(2).toString().toUtf8();
        const int attempts = q.value(3).toInt();
        const QString due = q.value(4).toString();
        q.finish();
        // The claim: only the process whose UPDATE still sees the old next_try_at sends.
        QSqlQuery claim
            = m_db.exec(QStringLiteral("UPDATE mail_outbox SET next_try_at = ? WHERE id = ? AND "
                                       "next_try_at = ? AND sent_at IS NULL"),
                {toRfc3339(now.addSecs(leaseSeconds)), id, due});
        if (claim.numRowsAffected() != 1)
            return;
        m_rowId = id;
        m_attempts = attempts + 1;
        m_client = new SmtpClient(m_smtp, m_password, this);
        connect(m_client, &SmtpClient::finished, this, &MailSender::finished);
        m_client->send(MailMessage::address(m_smtp.from), recipient, message);
    } catch (const ServerError &) {
        qCWarning(lcMailSender) << "mail outbox not readable now; trying again later";
    }
}

void MailSender::finished(bool ok, const QString &error)
{
    m_client->deleteLater();
    m_client.clear();
    const QDateTime now = m_clock.now();
    try {
        if (ok) {
            m_db.exec(QStringLiteral("UPDATE mail_outbox SET sent_at = ?, attempts = ?, "
                                     "last_error = NULL WHERE id = ?"),
                {toRfc3339(now), m_attempts, m_rowId});
            qCInfo(lcMailSender).noquote() << "mail" << m_rowId << "sent, attempt" << m_attempts;
            QTimer::singleShot(0, this, &MailSender::drain);
            return;
        }
        const qint64 delay = retryDelay(m_smtp.retrySeconds, m_attempts);
        m_db.exec(QStringLiteral("UPDATE mail_outbox SET attempts = ?, last_error = ?, "
                                 "next_try_at = ? WHERE id = ?"),
            {m_attempts, error.left(200), toRfc3339(now.addSecs(delay)), m_rowId});
        qCWarning(lcMailSender).noquote()
            << "mail" << m_rowId << "attempt" << m_attempts << "failed:" << error
            << (m_attempts >= maxAttempts ? "- given up" : "- will retry");
    } catch (const ServerError &) {
        qCWarning(lcMailSender).noquote() << "mail" << m_rowId << "outcome not recorded";
    }
}

} // namespace barntid::server
