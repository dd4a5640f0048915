// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

#include <QByteArray>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace barntid::server {

/** One SMTP delivery as an asynchronous state machine on the caller's thread, so the HTTP
 *  requests on that thread never wait for a mail server. Errors name the step and the reply
 *  code only, never an address. */
class SmtpClient : public QObject
{
    Q_OBJECT

public:
    SmtpClient(const SmtpSettings &settings, const QString &password, QObject *parent = nullptr);

    /** How long one step may wait for the server's reply (default 30 s). */
    void setStepTimeout(int ms) { m_timeout.setInterval(ms); }
    /** Sends one message; finished() follows exactly once. */
    void send(const QString &sender, const QString &recipient, const QByteArray &message);

    /** Dot-stuffed DATA payload with its terminating line (RFC 5321 §4.5.2). */
    static QByteArray dataPayload(const QByteArray &message);

signals:
    void finished(bool ok, const QString &error);

private:
    enum class Step {
        Greeting,
        Ehlo,
        StartTls,
        Auth,
        AuthUser,
        AuthPassword,
        MailFrom,
        RcptTo,
        Data,
        Body,
        Quit
    };

    void readReplies();
    void onReply(int code);
    void afterEhlo();
    void command(Step next, const QByteArray &line);
    void fail(const QString &error);
    void done(bool ok, const QString &error);

    SmtpSettings m_settings;
    QString m_password;
    QSslSocket m_socket;
    QTimer m_timeout;
    Step m_step = Step::Greeting;
    QByteArray m_buffer;
    QByteArray m_ehlo; ///< the EHLO reply's lines, for its extensions
    bool m_encrypted = false;
    bool m_busy = false;
    QString m_sender;
    QString m_recipient;
    QByteArray m_message;
};

} // namespace barntid::server
