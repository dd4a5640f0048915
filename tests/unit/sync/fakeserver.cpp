// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace barntid::test {

using namespace Qt::StringLiterals;

FakeServer::FakeServer() = default;

void FakeServer::serve(FakeNetwork &network)
{
    network.handler = [this](const FakeRequest &r) { return handle(r); };
}

FakeResponse FakeServer::handle(const FakeRequest &r)
{
    if (wiped)
        return FakeResponse::envelope(410, u"device_wiped"_s);
    const QString path = r.url.path();
    if (path == u"/v1/auth/login") {
        if (r.json().value("password"_L1).toString() != u"barntid-demo")
            return FakeResponse::envelope(401, u"invalid_credentials"_s);
        const QString username = r.json().value("username"_L1).toString();
        const QString user = userIds.value(username, userId);
        const QString device = r.json().value("device_id"_L1).toString();
        if (bindDevices && deviceOwners.value(device, user) != user)
            return FakeResponse::envelope(409, u"device_taken"_s);
        deviceOwners.insert(device, user);
        return FakeResponse::json(200,
            {{u"token"_s, u"token-for-"_s + username},
                {u"user"_s,
                    QJsonObject {{u"id"_s, user}, {u"role"_s, u"social_worker"_s},
                        {u"display_name"_s, u"Worker One"_s}}}});
    }
    if (!r.authorization.startsWith("Bearer token-for-"))
        return FakeResponse::envelope(401, u"unauthorized"_s);
    if (path == u"/v1/auth/logout")
        return FakeResponse::json(200, {});
    if (path == u"/v1/sync/pull")
        return pull(r.url);
    if (path != u"/v1/sync/push")
        return FakeResponse::envelope(404, u"not_found"_s);
    ++pushes;
    QJsonArray results;
    for (const QJsonValue &m : r.json().value("mutations"_L1).toArray())
        results << apply(m.toObject());
    return FakeResponse::json(200, {{u"results"_s, results}, {u"checkpoint"_s, log.size()}});
}

QJsonObject FakeServer::apply(const QJsonObject &m)
{
    const QString mutationId = m.value("mutation_id"_L1).toString();
    if (m_results.contains(mutationId)) {
        QJsonObject again = m_results.value(mutationId);
        again.insert(u"status"_s, u"duplicate"_s);
        return again;
    }
    const QString entity = m.value("entity"_L1).toString(), id = m.value("id"_L1).toString();
    const QString key = entity + u'/' + id;
    QJsonObject result {{u"mutation_id"_s, mutationId}};
    const bool exists = records.contains(key);
    const QJsonValue base = m.value("base_version"_L1);
    if (rejectIds.contains(id)) {
        result.insert(u"status"_s, u"rejected"_s);
        result.insert(u"version"_s, double(exists ? records[key].version : 0));
        result.insert(
            u"error"_s, QJsonObject {{u"code"_s, u"forbidden"_s}, {u"message"_s, u"not yours"_s}});
    } else if (exists && (base.isNull() || base.toInteger() != records[key].version)) {
        result.insert(u"status"_s, u"conflict"_s);
        result.insert(u"version"_s, double(records[key].version));
        result.insert(u"error"_s,
            QJsonObject {{u"code"_s, u"stale"_s}, {u"message"_s, u"base_version is stale"_s}});
    } else {
        QJsonObject data = m.value("data"_L1).toObject();
        if (data.value("author_id"_L1).isNull())
            data.insert(u"author_id"_s, userId);
        data.insert(u"version"_s, double(records.value(key).version + 1));
        const bool remove = m.value("op"_L1).toString() == u"delete";
        put(entity, id, data);
        records[key].deleted = remove;
        if (remove)
            log.last().insert(u"op"_s, u"delete"_s);
        result.insert(u"status"_s, u"applied"_s);
        result.insert(u"version"_s, double(records[key].version));
    }
    if (result.value("status"_L1).toString() != u"conflict")
        m_results.insert(mutationId, result);
    return result;
}

void FakeServer::put(const QString &entity, const QString &id, const QJsonObject &data)
{
    Record &r = records[entity + u'/' + id];
    r.version += 1;
    r.data = data;
    r.data.insert(u"version"_s, double(r.version));
    log << QJsonObject {{u"seq"_s, double(log.size() + 1)}, {u"entity"_s, entity}, {u"id"_s, id},
        {u"op"_s, u"upsert"_s}, {u"version"_s, double(r.version)}, {u"data"_s, r.data}};
}

void FakeServer::forget(const QString &entity, const QString &id)
{
    records.remove(entity + u'/' + id);
    for (QJsonObject &change : log) {
        if (change.value("id"_L1) == id && change.value("entity"_L1) == entity)
            change.insert(u"entity"_s, u"compacted"_s);
    }
}

FakeResponse FakeServer::pull(const QUrl &url)
{
    ++pulls;
    const QUrlQuery q(url);
    const qint64 since = q.queryItemValue(u"since"_s).toLongLong();
    const qint64 limit = q.queryItemValue(u"limit"_s).toLongLong();
    if (since > 0 && since < horizon)
        return FakeResponse::envelope(409, u"reset_required"_s);
    QJsonArray changes;
    qint64 next = since;
    for (qint64 i = since; i < log.size() && changes.size() < limit; ++i) {
        next = i + 1;
        // Entries compacted away (forget) are no longer served.
        if (log[i].value("entity"_L1).toString() == u"compacted")
            continue;
        changes << log[i];
    }
    return FakeResponse::json(200,
        {{u"changes"_s, changes}, {u"next"_s, double(next)}, {u"has_more"_s, next < log.size()}});
}

} // namespace barntid::test
