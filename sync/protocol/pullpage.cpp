// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/pullpage.h"

#include "domain/ids.h"
#include "protocol/entityspec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace barntid::protocol {

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), id}, {QStringLiteral("op"), opName(op)},
        {QStringLiteral("version"), version}, {QStringLiteral("data"), data}};
}

namespace {

QByteArray jsonString(const QString &s)
{
    // Entities and ids (nearly every string here) need no escaping: quote them directly.
    const bool plain = std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
    });
    if (plain)
        return '"' + s.toLatin1() + '"';
    const QByteArray array = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray PullPage::toJson() const
{
    // Written by hand around the changes' data, so a stored record's text goes out unparsed.
    QByteArray out;
    qsizetype size = 64;
    for (const Change &c : changes)
        size += c.rawData.size() + 160;
    out.reserve(size);
    out += "{\"changes\":[";
    for (const Change &c : changes) {
        if (&c != &changes.first())
            out += ',';
        out += "{\"seq\":";
        out += QByteArray::number(c.seq);
        out += ",\"entity\":";
        out += jsonString(c.entity);
        out += ",\"id\":";
        out += jsonString(c.id);
        out += ",\"op\":\"";
        out += opName(c.op).toLatin1();
        out += "\",\"version\":";
        out += QByteArray::number(c.version);
        out += ",\"data\":";
        out += c.rawData.isEmpty() ? QJsonDocument(c.data).toJson(QJsonDocument::Compact)
                                   : c.rawData;
        out += '}';
    }
    out += "],\"next\":" + QByteArray::number(next) + ",\"has_more\":";
    out += hasMore ? "true}" : "false}";
    return out;
}

PullPage PullPage::parse(const QByteArray &body, ProtocolError &error)
{
    PullPage page;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const auto bad = [&](int index, const QString &message) {
        error = {QStringLiteral("invalid_json"), message, index, {}};
        page.changes.clear();
        return page;
    };
    if (!root.value(QLatin1StringView("changes")).isArray()
        || !root.value(QLatin1StringView("next")).isDouble()
        || !root.value(QLatin1StringView("has_more")).isBool())
        return bad(-1, QStringLiteral("a pull answer needs changes, next and has_more"));
    const QJsonArray array = root.value(QLatin1StringView("changes")).toArray();
    page.changes.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Change c;
        c.seq = o.value(QLatin1StringView("seq")).toInteger(-1);
        c.entity = o.value(QLatin1StringView("entity")).toString();
        c.id = o.value(QLatin1StringView("id")).toString();
        c.version = o.value(QLatin1StringView("version")).toInteger(-1);
        c.data = o.value(QLatin1StringView("data")).toObject();
        const QString op = o.value(QLatin1StringView("op")).toString();
        if (c.seq < 0 || c.version < 0 || c.entity.isEmpty() || !isValidId(c.id)
            || (op != u"upsert" && op != u"delete"))
            return bad(i, QStringLiteral("a change is malformed"));
        const EntitySpec *spec = findEntity(c.entity);
        if (!spec) {
            ++page.ignored;
            continue;
        }
        c.op = op == u"upsert" ? Op::Upsert : Op::Delete;
        for (auto it = c.data.begin(); it != c.data.end();) {
            if (findField(*spec, it.key()))
                ++it;
            else
                it = c.data.erase(it);
        }
        page.changes.append(c);
    }
    page.next = root.value(QLatin1StringView("next")).toInteger();
    page.hasMore = root.value(QLatin1StringView("has_more")).toBool();
    return page;
}

} // namespace barntid::protocol
