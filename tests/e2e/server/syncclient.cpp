// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "domain/ids.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace e2eserver {

namespace {

QString key(const QString &entity, const QString &id)
{
    return entity + u'/' + id;
}

} // namespace

HttpResponse Device::push(const QList<QJsonObject> &mutations)
{
    return HttpClient::finish(startPush(mutations));
}

QNetworkReply *Device::startPush(const QList<QJsonObject> &mutations)
{
    return http->start(
        "POST", QStringLiteral("/v1/sync/push"), records::pushBody(mutations), auth());
}

HttpResponse Device::pull(qint64 since, int limit)
{
    return http->send(
        "GET", QStringLiteral("/v1/sync/pull?since=%1&limit=%2").arg(since).arg(limit), {}, auth());
}

Device signIn(
    const QUrl &server, const QString &username, const QString &password, const QString &deviceId)
{
    Device d;
    d.username = username;
    d.deviceId = deviceId.isEmpty() ? barntid::newId() : deviceId;
    d.http = std::make_shared<HttpClient>(server);
    const QJsonObject body {{QStringLiteral("username"), username},
        {QStringLiteral("password"), password}, {QStringLiteral("device_id"), d.deviceId},
        {QStringLiteral("device_name"), QStringLiteral("e2e ") + username}};
    d.login = d.http->send("POST", QStringLiteral("/v1/auth/login"),
        QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (d.login.status == 200) {
        d.token = d.login.json().value(QLatin1StringView("token")).toString();
        d.user = d.login.json().value(QLatin1StringView("user")).toObject();
    }
    return d;
}

PullLog pullAll(Device &device, qint64 since, int limit)
{
    PullLog log;
    log.next = since;
    for (;;) {
        const HttpResponse r = device.pull(log.next, limit);
        if (r.status != 200) {
            log.error = QString::fromUtf8(r.describe());
            return log;
        }
        ++log.pages;
        log.bodies += r.body + '\n';
        const QJsonObject page = r.json();
        const QJsonArray changes = page.value(QLatin1StringView("changes")).toArray();
        if (changes.size() > limit) {
            log.error = QStringLiteral("a page holds more changes than the limit");
            return log;
        }
        for (const QJsonValue &c : changes)
            log.changes << c.toObject();
        const qint64 next = qint64(page.value(QLatin1StringView("next")).toDouble());
        const bool more = page.value(QLatin1StringView("has_more")).toBool();
        if (next < log.next || (more && next == log.next)) {
            log.error = QStringLiteral("the cursor went from %1 to %2").arg(log.next).arg(next);
            return log;
        }
        log.next = next;
        if (!more)
            return log;
    }
}

Snapshot::Snapshot(const QList<QJsonObject> &changes)
{
    apply(changes);
}

void Snapshot::apply(const QList<QJsonObject> &changes)
{
    for (const QJsonObject &c : changes) {
        const QString k = key(c.value(QLatin1StringView("entity")).toString(),
            c.value(QLatin1StringView("id")).toString());
        if (c.value(QLatin1StringView("op")).toString() == u"delete") {
            m_live.remove(k);
            m_deleted.insert(k, true);
        } else {
            QJsonObject data = c.value(QLatin1StringView("data")).toObject();
            data.insert(QStringLiteral("version"), c.value(QLatin1StringView("version")));
            m_live.insert(k, data);
            m_deleted.remove(k);
        }
    }
}

bool Snapshot::has(const QString &entity, const QString &id) const
{
    return m_live.contains(key(entity, id));
}

bool Snapshot::wasDeleted(const QString &entity, const QString &id) const
{
    return m_deleted.contains(key(entity, id));
}

QJsonObject Snapshot::get(const QString &entity, const QString &id) const
{
    return m_live.value(key(entity, id));
}

QList<QJsonObject> Snapshot::all(const QString &entity) const
{
    QList<QJsonObject> out;
    for (auto it = m_live.begin(); it != m_live.end(); ++it) {
        if (it.key().section(u'/', 0, 0) == entity)
            out << it.value();
    }
    return out;
}

QStringList Snapshot::ids(const QString &entity) const
{
    QStringList out;
    for (const QJsonObject &o : all(entity))
        out << o.value(QLatin1StringView("id")).toString();
    out.sort();
    return out;
}

QStringList Snapshot::entities() const
{
    QStringList out;
    for (auto it = m_live.begin(); it != m_live.end(); ++it)
        out << it.key().section(u'/', 0, 0);
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList Snapshot::keys() const
{
    QStringList out = m_live.keys();
    out.sort();
    return out;
}

QJsonObject result(const HttpResponse &push, int i)
{
    return push.json().value(QLatin1StringView("results")).toArray().at(i).toObject();
}

QString status(const HttpResponse &push, int i)
{
    return result(push, i).value(QLatin1StringView("status")).toString();
}

QStringList outcomes(const HttpResponse &push)
{
    QStringList out;
    for (const QJsonValue &v : push.json().value(QLatin1StringView("results")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString code = r.value(QLatin1StringView("error")).isObject()
            ? r.value(QLatin1StringView("error"))
                  .toObject()
                  .value(QLatin1StringView("code"))
                  .toString()
            : r.value(QLatin1StringView("error")).toString();
        out << r.value(QLatin1StringView("status")).toString()
                + (code.isEmpty() ? QString() : u':' + code);
    }
    return out;
}

} // namespace e2eserver
