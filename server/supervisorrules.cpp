// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorrules.h"

#include "scope.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace barntid::server {

namespace {

/** The fields every record carries, which the server decides, and the one a handover changes. */
bool handoverMayDiffer(const QString &field)
{
    static const QStringList fields {QStringLiteral("id"), QStringLiteral("version"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("author_id"),
        QStringLiteral("device_id"), QStringLiteral("deleted"), QStringLiteral("responsible_id")};
    return fields.contains(field);
}

/** Absent and null are the same value on the wire. */
QJsonValue valueOf(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    return v.isUndefined() ? QJsonValue() : v;
}

} // namespace

SupervisorRules::SupervisorRules(const Caller &caller, Scope &scope)
    : m_caller(caller)
    , m_scope(scope)
{ }

QString SupervisorRules::review(StoredRecord &review)
{
    const std::optional<StoredRecord> target
        = m_scope.lookup(review.text("target_entity"), review.parentId);
    // One answer for absent, deleted and another team's: existence is not revealed.
    if (!target || target->deleted || !m_scope.keys(*target).contains(m_caller.audienceKey()))
        return QStringLiteral("forbidden|not a record of your team");
    if (target->authorId == m_caller.userId)
        return QStringLiteral("forbidden|a record of your own is reviewed by someone else");
    if (target->entity == u"visit" && target->text("status") != u"signed")
        return QStringLiteral("invalid|a draft is not reviewed; it is reviewed once signed");
    const qint64 version = review.data.value(QLatin1StringView("target_version")).toInteger();
    if (version != target->version)
        return QStringLiteral("review_stale|the entry changed since it was read");
    for (const StoredRecord &other : m_scope.children(*target)) {
        if (other.entity == u"review" && other.id != review.id
            && other.data.value(QLatin1StringView("target_version")).toInteger() == version)
            return QStringLiteral("already_reviewed|this version of the entry is already decided");
    }
    review.data.insert(QStringLiteral("target_snapshot"), snapshot(*target));
    return {};
}

QString SupervisorRules::snapshot(const StoredRecord &target)
{
    QJsonObject copy = target.data;
    if (target.entity == u"visit") {
        QList<StoredRecord> amendments;
        for (const StoredRecord &r : m_scope.children(target)) {
            if (r.entity == u"visit_amendment")
                amendments << r;
        }
        // Oldest first, as they stand below the note; ids (UUID v7) break ties.
        std::sort(amendments.begin(), amendments.end(), [](const auto &a, const auto &b) {
            return std::pair(a.text("signed_at"), a.id) < std::pair(b.text("signed_at"), b.id);
        });
        QJsonArray list;
        for (const StoredRecord &a : std::as_const(amendments)) {
            list.append(
                QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("text"), a.text("text")},
                    {QStringLiteral("signed_at"), a.text("signed_at")},
                    {QStringLiteral("signed_by"), a.text("signed_by")}});
        }
        copy.insert(QStringLiteral("amendments"), list);
    }
    return QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact));
}

bool SupervisorRules::mayHandOver(const StoredRecord &stored)
{
    return stored.entity == u"case" && m_scope.keys(stored).contains(m_caller.audienceKey());
}

QString SupervisorRules::handover(const QJsonObject &incoming, const StoredRecord &stored) const
{
    QStringList fields = incoming.keys() + stored.data.keys();
    fields.removeDuplicates();
    for (const QString &field : std::as_const(fields)) {
        if (!handoverMayDiffer(field) && valueOf(incoming, field) != valueOf(stored.data, field))
            return QStringLiteral("forbidden|a supervisor changes only who is responsible");
    }
    return {};
}

} // namespace barntid::server
