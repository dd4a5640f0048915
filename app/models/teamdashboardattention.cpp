// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamdashboardattention.h"

#include "domain/case.h"
#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "domain/visitdue.h"
#include "models/fosterhometext.h"
#include "models/teamdashboardtext.h"
#include "models/uitext.h"
#include "models/visitduemodel.h"
#include "store/repository.h"

#include <QCollator>

#include <algorithm>

namespace barntid {
namespace {

QString nameIn(const QList<TeamRoster::Member> &roster, const QString &id)
{
    for (const TeamRoster::Member &m : roster) {
        if (m.id == id)
            return m.displayName;
    }
    return {};
}

QVariantList childrenDue(Store &store, const QList<TeamRoster::Member> &roster)
{
    struct Row
    {
        Case record;
        VisitDue due;
    };
    QList<Row> rows;
    QSet<QString> seen;
    Repository<Case> cases(store);
    for (const FosterHome &home : Repository<FosterHome>(store).list()) {
        for (const QString &caseId : home.placedCaseIds) {
            const std::optional<Case> c = seen.contains(caseId) ? std::nullopt : cases.find(caseId);
            seen.insert(caseId);
            if (!c || c->meta.deleted)
                continue;
            const VisitDue due
                = VisitDueModel::dueFor(store, caseId, VisitDue::defaultVisitsPerYear);
            if (due.needsVisit())
                rows.append({*c, due});
        }
    }
    // As on the foster home's page: never visited first, then by due date.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.due.neverVisited() != b.due.neverVisited())
            return a.due.neverVisited();
        return a.due.dueOn < b.due.dueOn;
    });
    QVariantList out;
    for (const Row &r : rows) {
        const bool masked = r.record.protectedIdentity;
        out << QVariantMap {{QStringLiteral("caseId"), r.record.meta.id},
            {QStringLiteral("caseNumber"), r.record.caseNumber},
            {QStringLiteral("displayName"),
                masked ? UiText::protectedIdentity() : r.record.displayName()},
            {QStringLiteral("protectedIdentity"), masked},
            {QStringLiteral("dueText"),
                FosterHomeText::visitDue(r.due.dueOn, r.due.overdue, r.due.neverVisited())},
            {QStringLiteral("workerName"), nameIn(roster, r.record.responsibleId)}};
    }
    return out;
}

QVariantList homesToFollowUp(Store &store)
{
    QList<FosterHome> homes;
    for (const FosterHome &h : Repository<FosterHome>(store).list()) {
        if (!h.trainingOfferedOn || h.supervisionStatus == u"none")
            homes.append(h);
    }
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(homes.begin(), homes.end(), [&](const FosterHome &a, const FosterHome &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    QVariantList out;
    for (const FosterHome &h : homes) {
        const bool noTraining = !h.trainingOfferedOn.has_value();
        const bool noSupervision = h.supervisionStatus == u"none";
        out << QVariantMap {{QStringLiteral("id"), h.meta.id}, {QStringLiteral("name"), h.name},
            {QStringLiteral("reasons"),
                TeamDashboardText::fosterHomeReasons(noTraining, noSupervision)},
            {QStringLiteral("noTraining"), noTraining},
            {QStringLiteral("noSupervision"), noSupervision}};
    }
    return out;
}

} // namespace

QVariantList TeamAttention::staleDevicesOf(
    const QList<TeamRoster::Member> &roster, const QDateTime &now)
{
    struct Row
    {
        TeamRoster::Device device;
        QString owner;
        QDateTime lastSeen; // invalid: never seen
    };
    QList<Row> rows;
    for (const TeamRoster::Member &m : roster) {
        for (const TeamRoster::Device &d : m.devices) {
            const QDateTime seen = parseRfc3339(d.lastSeenAt).value_or(QDateTime());
            if (!seen.isValid() || seen.secsTo(now) > staleSeconds)
                rows.append({d, m.displayName, seen});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.lastSeen.isValid() != b.lastSeen.isValid())
            return !a.lastSeen.isValid();
        return a.lastSeen < b.lastSeen;
    });
    QVariantList out;
    for (const Row &r : rows) {
        out << QVariantMap {{QStringLiteral("id"), r.device.id},
            {QStringLiteral("name"), r.device.name}, {QStringLiteral("ownerName"), r.owner},
            {QStringLiteral("lastSeenText"), TeamDashboardText::lastSeen(r.lastSeen)},
            {QStringLiteral("neverSeen"), !r.lastSeen.isValid()}};
    }
    return out;
}

TeamAttention TeamAttention::load(
    Store &store, const QList<TeamRoster::Member> &roster, const QDateTime &now)
{
    return {childrenDue(store, roster), homesToFollowUp(store), staleDevicesOf(roster, now)};
}

} // namespace barntid
