// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/mutation.h"

#include "domain/ids.h"
#include "protocol/entityspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace barntid::protocol {

namespace {

// Longer than any field's own limit in the domain rules; stops abuse before those run.
constexpr qsizetype maxStringLength = 20000;
constexpr qsizetype maxListLength = 200;

QString typeName(FieldType t)
{
    switch (t) {
    case FieldType::Text:
        return QStringLiteral("a string or null");
    case FieldType::Integer:
        return QStringLiteral("a whole number or null");
    case FieldType::Real:
        return QStringLiteral("a number or null");
    case FieldType::Bool:
        return QStringLiteral("true or false");
    case FieldType::IdList:
        return QStringLiteral("an array of strings or null");
    case FieldType::StringMap:
        return QStringLiteral("an object of strings or null");
    }
    return {};
}

bool hasType(const QJsonValue &v, FieldType t)
{
    if (t == FieldType::Bool)
        return v.isBool();
    if (v.isNull())
        return true;
    switch (t) {
    case FieldType::Text:
        return v.isString() && v.toString().size() <= maxStringLength;
    case FieldType::Integer: {
        const double d = v.toDouble(0.5);
        return v.isDouble() && std::trunc(d) == d && std::abs(d) < 9.0e15;
    }
    case FieldType::Real:
        return v.isDouble() && std::isfinite(v.toDouble());
    case FieldType::IdList: {
        if (!v.isArray() || v.toArray().size() > maxListLength)
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(),
            [](const QJsonValue &e) { return e.isString() && e.toString().size() <= 200; });
    }
    case FieldType::StringMap: {
        if (!v.isObject() || v.toObject().size() > maxListLength)
            return false;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().size() > 200 || !it.value().isString()
                || it.value().toString().size() > maxStringLength)
                return false;
        }
        return true;
    }
    case FieldType::Bool:
        break;
    }
    return false;
}

ProtocolError fail(
    int index, const QString &code, const QString &message, const QString &field = {})
{
    return ProtocolError {code, message, index, field};
}

Mutation parseOne(const QJsonValue &value, int index, ProtocolError &error)
{
    Mutation m;
    if (!value.isObject()) {
        error = fail(
            index, QStringLiteral("invalid"), QStringLiteral("a mutation must be an object"));
        return m;
    }
    const QJsonObject o = value.toObject();
    static const QStringList keys {QStringLiteral("mutation_id"), QStringLiteral("entity"),
        QStringLiteral("op"), QStringLiteral("id"), QStringLiteral("base_version"),
        QStringLiteral("data")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key())) {
            error = fail(index, QStringLiteral("unknown_field"),
                QStringLiteral("unknown mutation field"), it.key());
            return m;
        }
    }
    m.mutationId = o.value(QLatin1StringView("mutation_id")).toString();
    m.id = o.value(QLatin1StringView("id")).toString();
    if (!isValidId(m.mutationId)) {
        error = fail(index, QStringLiteral("invalid"), QStringLiteral("mutation_id must be a UUID"),
            QStringLiteral("mutation_id"));
        return m;
    }
    if (!isValidId(m.id)) {
        error = fail(index, QStringLiteral("invalid"), QStringLiteral("id must be a UUID"),
            QStringLiteral("id"));
        return m;
    }
    m.mutationId = m.mutationId.toLower();
    m.id = m.id.toLower();
    const QJsonValue entity = o.value(QLatin1StringView("entity"));
    const EntitySpec *spec = findEntity(entity.toString());
    if (!entity.isString() || !spec) {
        error = fail(index, QStringLiteral("unknown_entity"), QStringLiteral("unknown entity"),
            QStringLiteral("entity"));
        return m;
    }
    m.entity = spec->name;
    const QString op = o.value(QLatin1StringView("op")).toString();
    if (op == u"upsert")
        m.op = Op::Upsert;
    else if (op == u"delete")
        m.op = Op::Delete;
    else {
        error = fail(index, QStringLiteral("invalid"),
            QStringLiteral("op must be upsert or delete"), QStringLiteral("op"));
        return m;
    }
    const QJsonValue base = o.value(QLatin1StringView("base_version"));
    if (!base.isUndefined() && !base.isNull()) {
        if (!hasType(base, FieldType::Integer) || base.toDouble() < 0) {
            error = fail(index, QStringLiteral("invalid"),
                QStringLiteral("base_version must be null or a whole number ≥ 0"),
                QStringLiteral("base_version"));
            return m;
        }
        m.baseVersion = qint64(base.toDouble());
    }
    const QJsonValue data = o.value(QLatin1StringView("data"));
    if (data.isUndefined() || data.isNull()) {
        if (m.op == Op::Upsert) {
            error = fail(index, QStringLiteral("invalid"), QStringLiteral("an upsert needs data"),
                QStringLiteral("data"));
        }
        return m;
    }
    if (!data.isObject()) {
        error = fail(index, QStringLiteral("invalid"), QStringLiteral("data must be an object"),
            QStringLiteral("data"));
        return m;
    }
    m.data = data.toObject();
    for (auto it = m.data.begin(); it != m.data.end(); ++it) {
        const FieldSpec *field = findField(*spec, it.key());
        if (!field) {
            error = fail(index, QStringLiteral("unknown_field"),
                QStringLiteral("field is not allowed for %1").arg(spec->name), it.key());
            return m;
        }
        if (!hasType(it.value(), field->type)) {
            error = fail(index, QStringLiteral("invalid"),
                QStringLiteral("%1 must be %2").arg(it.key(), typeName(field->type)), it.key());
            return m;
        }
    }
    return m;
}

} // namespace

QString opName(Op op)
{
    return op == Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete");
}

QJsonObject Mutation::toJson() const
{
    return {{QStringLiteral("mutation_id"), mutationId}, {QStringLiteral("entity"), entity},
        {QStringLiteral("op"), opName(op)}, {QStringLiteral("id"), id},
        {QStringLiteral("base_version"),
            baseVersion ? QJsonValue(double(*baseVersion)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("data"), data}};
}

QByteArray PushRequest::toJson() const
{
    QJsonArray array;
    for (const Mutation &m : mutations)
        array.append(m.toJson());
    return QJsonDocument(QJsonObject {{QStringLiteral("mutations"), array}})
        .toJson(QJsonDocument::Compact);
}

PushRequest PushRequest::parse(const QByteArray &body, ProtocolError &error)
{
    PushRequest request;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error = fail(
            -1, QStringLiteral("invalid_json"), QStringLiteral("the body is not a JSON object"));
        return request;
    }
    const QJsonObject root = doc.object();
    if (root.size() != 1 || !root.value(QLatin1StringView("mutations")).isArray()) {
        error = fail(-1, QStringLiteral("invalid"),
            QStringLiteral("the body must be {\"mutations\": [...]}"), QStringLiteral("mutations"));
        return request;
    }
    const QJsonArray array = root.value(QLatin1StringView("mutations")).toArray();
    if (array.size() > maxMutations) {
        error = fail(-1, QStringLiteral("too_many"),
            QStringLiteral("at most %1 mutations per push").arg(maxMutations));
        return request;
    }
    request.mutations.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        request.mutations.append(parseOne(array.at(i), i, error));
        if (error.isError()) {
            request.mutations.clear();
            return request;
        }
    }
    return request;
}

} // namespace barntid::protocol
