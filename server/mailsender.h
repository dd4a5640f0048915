// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Database;
class SmtpClient;

/** Sends the queued mails (mail_outbox) one at a time: claims a due row with a lease so
 *  several server processes on one database send each mail once, retries with a doubling,
 *  capped delay and gives up after maxAttempts, keeping the last error. */
class MailSender : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxAttempts = 10;

    MailSender(
        Database &db, const SmtpSettings &smtp, const Clock &clock, QObject *parent = nullptr);
    ~MailSender() override;

    /** Reads the password file and starts the timer; an error text when it cannot. */
    QString start();
    /** Seconds to wait after the attempts-th failed try. */
    static qint64 retryDelay(int retrySeconds, int attempts);

private:
    void drain();
    void finished(bool ok, const QString &error);

    Database &m_db;
    SmtpSettings m_smtp;
    const Clock &m_clock;
    QString m_password;
    QTimer m_timer;
    QPointer<SmtpClient> m_client;
    QString m_rowId;
    int m_attempts = 0;
};

} // namespace barntid::server
