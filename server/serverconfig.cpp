// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace barntid::server {

namespace {

QString readSmtp(const QJsonObject &o, SmtpSettings &smtp)
{
    smtp.host = o.value(QLatin1StringView("host")).toString();
    smtp.from = o.value(QLatin1StringView("from")).toString();
    smtp.username = o.value(QLatin1StringView("username")).toString();
    smtp.passwordFile = o.value(QLatin1StringView("password_file")).toString();
    const int port = o.value(QLatin1StringView("port")).toInt(25);
    if (port < 1 || port > 65535)
        return QStringLiteral("smtp.port wants 1-65535");
    smtp.port = quint16(port);
    smtp.retrySeconds = o.value(QLatin1StringView("retry_seconds")).toInt(smtp.retrySeconds);
    if (smtp.retrySeconds < 1 || smtp.retrySeconds > 3600)
        return QStringLiteral("smtp.retry_seconds wants 1-3600");
    const QString security
        = o.value(QLatin1StringView("security")).toString(QStringLiteral("starttls"));
    if (security == u"none")
        smtp.security = SmtpSettings::Security::None;
    else if (security == u"starttls")
        smtp.security = SmtpSettings::Security::StartTls;
    else if (security == u"tls")
        smtp.security = SmtpSettings::Security::Tls;
    else
        return QStringLiteral("smtp.security wants none, starttls or tls");
    if (smtp.enabled() && smtp.from.isEmpty())
        return QStringLiteral("smtp.from is needed when smtp.host is set");
    if (smtp.username.isEmpty() != smtp.passwordFile.isEmpty())
        return QStringLiteral("smtp.username and smtp.password_file go together");
    return {};
}

} // namespace

std::variant<ServerConfig, QString> ServerConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return QStringLiteral("the configuration is not a JSON object: %1")
            .arg(parseError.errorString());
    const QJsonObject o = doc.object();
    static const QStringList known {QStringLiteral("opening_hours"),
        QStringLiteral("cancel_cutoff_hours"), QStringLiteral("password_help"),
        QStringLiteral("unit_name"), QStringLiteral("smtp")};
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            return QStringLiteral("unknown configuration key \"%1\"").arg(key.left(40));
    }
    ServerConfig config;
    auto hours = OpeningHours::fromJson(o.value(QLatin1StringView("opening_hours")).toObject());
    if (const QString *error = std::get_if<QString>(&hours))
        return *error;
    config.openingHours = std::get<OpeningHours>(hours);
    config.cancelCutoffHours = o.value(QLatin1StringView("cancel_cutoff_hours")).toInt(24);
    if (config.cancelCutoffHours < 0 || config.cancelCutoffHours > 24 * 14)
        return QStringLiteral("cancel_cutoff_hours wants 0-336");
    config.passwordHelp = o.value(QLatin1StringView("password_help")).toString(config.passwordHelp);
    config.unitName = o.value(QLatin1StringView("unit_name")).toString(config.unitName);
    const QString smtpError = readSmtp(o.value(QLatin1StringView("smtp")).toObject(), config.smtp);
    if (!smtpError.isEmpty())
        return smtpError;
    return config;
}

std::variant<ServerConfig, QString> ServerConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the configuration %1").arg(path);
    return fromJson(file.read(1024 * 1024));
}

} // namespace barntid::server
