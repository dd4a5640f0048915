// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveoptions.h"

#include "fileclock.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace barntid::server {

namespace {

/** Every value given for --name (options may repeat); false when one has no value. */
bool values(const QStringList &args, const QString &name, QStringList &out)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) != flag)
            continue;
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QStringLiteral("--")))
            return false;
        out.append(args.at(++i));
    }
    return true;
}

/** A whole number option within [min, max]; error text when it is not one. */
template<typename T>
QString number(const QStringList &args, const char *name, qint64 min, qint64 max, const char *unit,
    T &out, qint64 scale = 1)
{
    QStringList given;
    const QString option = QStringLiteral("--") + QLatin1String(name);
    if (!values(args, QLatin1String(name), given))
        return option + QStringLiteral(" wants a value");
    if (given.isEmpty())
        return {};
    bool ok = false;
    const qint64 value = given.constLast().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return QStringLiteral("%1 wants a whole number of %2 from %3 to %4, not \"%5\"")
            .arg(option, QLatin1String(unit))
            .arg(min)
            .arg(max)
            .arg(given.constLast().left(40));
    out = T(value * scale);
    return {};
}

QString parseListen(const QStringList &args, ServeOptions &o)
{
    QStringList given;
    if (!values(args, QStringLiteral("listen"), given))
        return QStringLiteral("--listen wants HOST:PORT, for example 127.0.0.1:8787");
    if (!given.isEmpty())
        o.listen = given.constLast();
    const qsizetype colon = o.listen.lastIndexOf(u':');
    bool portOk = false;
    o.port = o.listen.mid(colon + 1).toUShort(&portOk);
    o.host = QHostAddress(o.listen.left(colon));
    if (colon < 0 || !portOk || o.host.isNull())
        return QStringLiteral("--listen wants HOST:PORT, for example 127.0.0.1:8787");
    return {};
}

QString parseTls(const QStringList &args, ServeOptions &o)
{
    QStringList cert, key;
    if (!values(args, QStringLiteral("tls-cert"), cert)
        || !values(args, QStringLiteral("tls-key"), key) || cert.isEmpty() != key.isEmpty())
        return QStringLiteral("--tls-cert and --tls-key go together");
    if (!cert.isEmpty()) {
        o.tlsCertFile = cert.constLast();
        o.tlsKeyFile = key.constLast();
        o.api.tls = true;
    }
    if (!o.tls() && !o.host.isLoopback())
        return QStringLiteral("plain HTTP is only served on loopback; give --tls-cert and "
                              "--tls-key to listen on %1")
            .arg(o.host.toString());
    return {};
}

QString parseProxies(const QStringList &args, ServeOptions &o)
{
    QStringList given;
    if (!values(args, QStringLiteral("trusted-proxy"), given))
        return QStringLiteral("--trusted-proxy wants ADDR[/PREFIX][,…]");
    for (const QString &entries : given) {
        QString bad;
        if (!o.api.proxies.add(entries, &bad))
            return QStringLiteral("--trusted-proxy wants addresses or ADDR/PREFIX, not \"%1\"")
                .arg(bad.left(60));
    }
    return {};
}

QString parseLimits(const QStringList &args, ServeOptions &o)
{
    Auth::Limits &auth = o.api.limits;
    FrontLimits &front = o.front;
    for (const QString &error :
        {
            number(args, "max-body", 1, 1024 * 1024 * 1024, "bytes", front.maxBodyBytes),
            number(args, "max-header-bytes", 1024, 1024 * 1024, "bytes", front.maxHeaderBytes),
            number(args, "max-connections", 1, 65535, "connections", front.maxConnections),
            number(args, "workers", 1, 64, "threads", o.workers),
            number(args, "read-timeout", 1, 3600, "seconds", front.readTimeoutMs, 1000),
            number(args, "idle-timeout", 1, 3600, "seconds", front.idleTimeoutMs, 1000),
            number(args, "token-days", 1, 3650, "days", auth.tokenDays),
            number(args, "login-failures-per-account", 1, 1000, "tries", auth.failuresPerAccount),
            number(args, "login-failures-per-address", 1, 100000, "tries", auth.failuresPerAddress),
        }) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString parseConfig(const QStringList &args, ServeOptions &o)
{
    QStringList given;
    if (!values(args, QStringLiteral("config"), given))
        return QStringLiteral("--config wants a JSON file");
    if (given.isEmpty())
        return {};
    auto config = ServerConfig::load(given.constLast());
    if (const QString *error = std::get_if<QString>(&config))
        return *error;
    o.api.config = std::get<ServerConfig>(config);
    return {};
}

QString parseClock(const QStringList &args, ServeOptions &o)
{
    QStringList given;
    if (!values(args, QStringLiteral("clock-file"), given))
        return QStringLiteral("--clock-file wants a file");
    if (given.isEmpty())
        return {};
    // A server whose time anyone can set is a test aid, never a service.
    if (o.tls() || !o.host.isLoopback())
        return QStringLiteral("--clock-file is a test aid: only on loopback without TLS");
    QString error;
    std::unique_ptr<FileClock> clock = FileClock::open(given.constLast(), &error);
    if (!clock)
        return error;
    o.api.clock = std::move(clock);
    return {};
}

} // namespace

namespace {

/** The first argument serve does not know, if any: a mistyped option (--tls-crt) must stop the
 *  start, not be ignored and leave a default (plain HTTP, no limit) in its place. */
QString unknownArgument(const QStringList &args)
{
    static const QStringList known {QStringLiteral("--database"), QStringLiteral("--listen"),
        QStringLiteral("--tls-cert"), QStringLiteral("--tls-key"),
        QStringLiteral("--trusted-proxy"), QStringLiteral("--max-body"),
        QStringLiteral("--max-header-bytes"), QStringLiteral("--max-connections"),
        QStringLiteral("--workers"), QStringLiteral("--read-timeout"),
        QStringLiteral("--idle-timeout"), QStringLiteral("--token-days"),
        QStringLiteral("--login-failures-per-account"),
        QStringLiteral("--login-failures-per-address"), QStringLiteral("--config"),
        QStringLiteral("--clock-file")};
    // args: the program, "serve", then options that each take one value.
    for (qsizetype i = 2; i < args.size(); i += 2) {
        if (!known.contains(args.at(i)))
            return args.at(i).left(60);
    }
    return {};
}

} // namespace

std::variant<ServeOptions, QString> ServeOptions::parse(const QStringList &args)
{
    if (const QString unknown = unknownArgument(args); !unknown.isEmpty())
        return QStringLiteral("serve does not know \"%1\" (barntid-server --help lists the "
                              "options)")
            .arg(unknown);
    ServeOptions o;
    for (const auto step :
        {parseListen, parseTls, parseProxies, parseLimits, parseConfig, parseClock}) {
        const QString error = step(args, o);
        if (!error.isEmpty())
            return error;
    }
    return o;
}

std::optional<QSslConfiguration> ServeOptions::loadTls(QString *error) const
{
    QFile cert(tlsCertFile), key(tlsKeyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return std::nullopt;
    }
    const QSslCertificate certificate(cert.readAll(), QSsl::Pem);
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return std::nullopt;
    }
    QSslConfiguration conf;
    conf.setLocalCertificate(certificate);
    conf.setPrivateKey(privateKey);
    return conf;
}

} // namespace barntid::server
