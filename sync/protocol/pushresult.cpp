// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/pushresult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace barntid::protocol {

namespace {
constexpr MutationResult::Status statuses[]
    = {MutationResult::Status::Applied, MutationResult::Status::Duplicate,
        MutationResult::Status::Rejected, MutationResult::Status::Conflict};
} // namespace

QString MutationResult::statusName(Status s)
{
    switch (s) {
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject o {{QStringLiteral("mutation_id"), mutationId},
        {QStringLiteral("status"), statusName(status)}, {QStringLiteral("version"), version}};
    if (!errorCode.isEmpty()) {
        o.insert(QStringLiteral("error"),
            QJsonObject {
                {QStringLiteral("code"), errorCode}, {QStringLiteral("message"), errorMessage}});
    }
    return o;
}

MutationResult MutationResult::fromJson(const QJsonObject &o, bool *ok)
{
    MutationResult r;
    r.mutationId = o.value(QLatin1StringView("mutation_id")).toString();
    r.version = o.value(QLatin1StringView("version")).toInteger();
    const QString status = o.value(QLatin1StringView("status")).toString();
    bool known = false;
    for (Status s : statuses) {
        if (statusName(s) == status) {
            r.status = s;
            known = true;
        }
    }
    const QJsonObject error = o.value(QLatin1StringView("error")).toObject();
    r.errorCode = error.value(QLatin1StringView("code")).toString();
    r.errorMessage = error.value(QLatin1StringView("message")).toString();
    *ok = known && !r.mutationId.isEmpty();
    return r;
}

QByteArray PushResponse::toJson() const
{
    QJsonArray array;
    for (const MutationResult &r : results)
        array.append(r.toJson());
    return QJsonDocument(QJsonObject {{QStringLiteral("results"), array},
                             {QStringLiteral("checkpoint"), checkpoint}})
        .toJson(QJsonDocument::Compact);
}

PushResponse PushResponse::parse(const QByteArray &body, ProtocolError &error)
{
    PushResponse response;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1StringView("results")).isArray()) {
        error = {QStringLiteral("invalid_json"), QStringLiteral("a push answer without results"),
            -1, {}};
        return response;
    }
    for (const QJsonValue &v : root.value(QLatin1StringView("results")).toArray()) {
        bool ok = false;
        response.results.append(MutationResult::fromJson(v.toObject(), &ok));
        if (!ok) {
            error = {QStringLiteral("invalid_json"), QStringLiteral("a push result is malformed"),
                int(response.results.size() - 1), {}};
            return response;
        }
    }
    response.checkpoint = root.value(QLatin1StringView("checkpoint")).toInteger();
    return response;
}

} // namespace barntid::protocol
