// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamroster.h"

#include "engine/syncengine.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace barntid {

// The engine writes it: one name for both (a function, so no static initialisation order).
const QString TeamRoster::settingKey = sync::SyncEngine::teamRosterKey();

TeamRoster::TeamRoster(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session)
        connect(session, &Session::stateChanged, this, &TeamRoster::refresh);
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::changed, this, &TeamRoster::refresh);
    refresh();
}

TeamRoster *TeamRoster::create(QQmlEngine *, QJSEngine *)
{
    return new TeamRoster(Session::instance());
}

QList<TeamRoster::Member> TeamRoster::parse(const QByteArray &json, QString *teamName)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (teamName)
        *teamName = root.value(QLatin1StringView("team"))
                        .toObject()
                        .value(QLatin1StringView("name"))
                        .toString();
    QList<Member> members;
    const QJsonArray list = root.value(QLatin1StringView("members")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Member m;
        m.id = o.value(QLatin1StringView("id")).toString();
        if (m.id.isEmpty())
            continue;
        m.username = o.value(QLatin1StringView("username")).toString();
        m.displayName = o.value(QLatin1StringView("display_name")).toString();
        if (m.displayName.isEmpty())
            m.displayName = m.username;
        m.role = o.value(QLatin1StringView("role")).toString();
        m.active = o.value(QLatin1StringView("active")).toBool(true);
        const QJsonArray devices = o.value(QLatin1StringView("devices")).toArray();
        for (const QJsonValue &d : devices) {
            const QJsonObject dev = d.toObject();
            m.devices.append({dev.value(QLatin1StringView("id")).toString(),
                dev.value(QLatin1StringView("name")).toString(), m.id,
                dev.value(QLatin1StringView("last_seen_at")).toString()});
        }
        members.append(m);
    }
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(members.begin(), members.end(), [&](const Member &a, const Member &b) {
        return collator.compare(a.displayName, b.displayName) < 0;
    });
    return members;
}

QHash<QString, QString> TeamRoster::namesIn(const Store &store)
{
    QHash<QString, QString> names;
    for (const Member &m : parse(store.setting(settingKey).toUtf8()))
        names.insert(m.id, m.displayName);
    return names;
}

QVariantList TeamRoster::members() const
{
    QVariantList list;
    for (const Member &m : m_members) {
        list.append(QVariantMap {{QStringLiteral("id"), m.id},
            {QStringLiteral("displayName"), m.displayName}, {QStringLiteral("role"), m.role},
            {QStringLiteral("active"), m.active}});
    }
    return list;
}

QVariantList TeamRoster::workers() const
{
    QVariantList list;
    for (const Member &m : m_members) {
        if (m.active && m.role == QLatin1String("social_worker"))
            list.append(QVariantMap {
                {QStringLiteral("id"), m.id}, {QStringLiteral("displayName"), m.displayName}});
    }
    return list;
}

QString TeamRoster::nameOf(const QString &userId) const
{
    for (const Member &m : m_members) {
        if (m.id == userId)
            return m.displayName;
    }
    return {};
}

void TeamRoster::refresh()
{
    QByteArray raw;
    if (Store *store = m_session ? m_session->store() : nullptr) {
        try {
            raw = store->setting(settingKey).toUtf8();
        } catch (const StoreError &) {
            raw.clear(); // locked or unreadable: no names, as before the first sync
        }
    }
    if (raw == m_raw)
        return;
    m_raw = raw;
    m_members = parse(raw, &m_teamName);
    emit changed();
}

} // namespace barntid
