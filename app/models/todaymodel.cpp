// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/todaymodel.h"

#include "domain/case.h"
#include "domain/clock.h"
#include "domain/contact.h"
#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "domain/visitdue.h"
#include "models/reviewtext.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/reviewbook.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <algorithm>

namespace barntid {

namespace {

QString caseTitle(const std::optional<Case> &c)
{
    if (!c)
        return {};
    const QString name = c->protectedIdentity ? UiText::protectedIdentity() : c->displayName();
    return QStringLiteral("%1 · %2").arg(c->caseNumber, name);
}

// The Today card is a glance, not a list: the rest of the drafts are in their cases.
constexpr int draftsShown = 10;

QString clockTime(const QDateTime &at)
{
    return at.toTimeZone(stockholm()).toString(QStringLiteral("HH:mm"));
}

} // namespace

TodayModel::TodayModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, &TodayModel::reload);
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, &TodayModel::reload);
    reload();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ReasonRole:
        return r.reason;
    case CaseIdRole:
        return r.caseId;
    case VisitIdRole:
        return r.visitId;
    case FosterHomeIdRole:
        return r.fosterHomeId;
    case TitleRole:
    case Qt::DisplayRole:
        return r.title;
    case DetailRole:
        return r.detail;
    case UrgentRole:
        return r.urgent;
    default:
        return {};
    }
}

QHash<int, QByteArray> TodayModel::roleNames() const
{
    return {{ReasonRole, "reason"}, {CaseIdRole, "caseId"}, {VisitIdRole, "visitId"},
        {FosterHomeIdRole, "fosterHomeId"}, {TitleRole, "title"}, {DetailRole, "detail"},
        {UrgentRole, "urgent"}};
}

void TodayModel::reload()
{
    QList<Row> rows;
    int more = 0;
    Session *session = activeSession();
    if (Store *store = session ? session->store() : nullptr) {
        try {
            rows = read(*store, &more);
            setErrorText({});
        } catch (const StoreError &e) {
            setErrorText(UiText::storeError(e));
        }
    }
    beginResetModel();
    m_rows = rows;
    m_moreDrafts = more;
    endResetModel();
    emit countChanged();
}

QList<TodayModel::Row> TodayModel::read(Store &store, int *moreDrafts) const
{
    const QDateTime now = store.clock().now();
    const QDate today = now.toTimeZone(stockholm()).date();
    Repository<Case> cases(store);
    Repository<FosterHome> homes(store);
    QList<Row> rows;
    const auto subject = [&](const QString &caseId, const QString &homeId) {
        QString title = caseTitle(caseId.isEmpty() ? std::nullopt : cases.find(caseId));
        if (!title.isEmpty() || homeId.isEmpty())
            return title;
        const auto home = homes.find(homeId);
        return home ? home->name : QString();
    };
    // Returned by the supervisor first: someone waits for the answer (an amendment or an edit).
    for (const ReviewItem &item : ReviewBook(store).returnedTo(store.userId())) {
        const QString comment = item.state.latest->comment.simplified();
        const QString title = subject(item.caseId, item.fosterHomeId);
        rows.append(
            {QStringLiteral("returned"), item.caseId, item.entity == u"visit" ? item.id : QString(),
                item.fosterHomeId, title.isEmpty() ? ReviewText::kind(item) : title,
                tr("Returned to you: “%1”").arg(comment), true, item.state.latest->meta.createdAt});
    }
    // Unsigned work: a draft is a visit that is not yet documentation. Visits planned for today
    // first, then the worker's own drafts, newest first: at most draftsShown of them, the rest
    // counted, so months of unsigned drafts cannot make the case list slow to open.
    VisitRepository visits(store);
    const QStringList day {toRfc3339(today.startOfDay(stockholm())),
        toRfc3339(today.addDays(1).startOfDay(stockholm()))};
    for (const Visit &v : visits.list("AND status = 'draft' AND actual_start IS NULL "
                                      "AND planned_start >= ?1 AND planned_start < ?2 "
                                      "ORDER BY created_at DESC",
             day)) {
        rows.append({QStringLiteral("planned"), v.caseId, v.meta.id, v.fosterHomeId,
            subject(v.caseId, v.fosterHomeId),
            tr("%1 planned at %2").arg(UiText::visitKind(v.kind), clockTime(*v.plannedStart)),
            false, *v.plannedStart});
    }
    // IS: a device that has never signed in to a server writes drafts without an author.
    const QString me = store.userId().isEmpty() ? QString() : store.userId();
    const QByteArray ownDrafts = "AND status = 'draft' AND author_id IS ?1 "
                                 "AND (planned_start IS NULL OR actual_start IS NOT NULL)";
    const QByteArray newest
        = ownDrafts + " ORDER BY created_at DESC LIMIT " + QByteArray::number(draftsShown);
    for (const Visit &v : visits.list(newest.constData(), {me})) {
        const QDateTime began = v.actualStart.value_or(v.meta.createdAt);
        const bool fromToday = began.toTimeZone(stockholm()).date() == today;
        rows.append({QStringLiteral("draft"), v.caseId, v.meta.id, v.fosterHomeId,
            subject(v.caseId, v.fosterHomeId),
            fromToday
                ? tr("Draft, started at %1 · not signed").arg(clockTime(began))
                : tr("Draft from %1 · not signed")
                      .arg(began.toTimeZone(stockholm()).date().toString(QStringLiteral("d/M"))),
            !fromToday, began});
    }
    const QByteArray counted = "SELECT count(*) FROM visits WHERE deleted = 0 " + ownDrafts;
    Statement count = store.connection().prepare(counted.constData());
    count.bind(1, me);
    *moreDrafts = count.step() ? std::max(0, int(count.integer(0)) - draftsShown) : 0;
    // Placed children whose visit is due by the policy (4 a year).
    for (const FosterHome &home : homes.list()) {
        for (const QString &caseId : home.placedCaseIds) {
            const VisitDue due = VisitDue::compute(VisitRepository(store).lastVisitAt(caseId), now);
            if (!due.needsVisit() || !cases.find(caseId))
                continue;
            rows.append({QStringLiteral("overdue"), caseId, {}, home.meta.id, subject(caseId, {}),
                due.neverVisited()
                    ? tr("Placed in %1, never visited").arg(home.name)
                    : tr("Visit overdue since %1").arg(due.dueOn.toString(QStringLiteral("d/M"))),
                true, now});
        }
    }
    // Foster-home follow-ups due today or earlier: the latest contact's promise counts.
    for (const FosterHome &home : homes.list()) {
        const QList<Contact> contacts = Repository<Contact>(store).list(
            "AND foster_home_id = ? ORDER BY at DESC LIMIT 1", {home.meta.id});
        if (contacts.isEmpty() || !contacts.first().nextFollowUp
            || *contacts.first().nextFollowUp > today)
            continue;
        const QDate on = *contacts.first().nextFollowUp;
        rows.append({QStringLiteral("followUp"), {}, {}, home.meta.id, home.name,
            on == today ? tr("Follow-up due today")
                        : tr("Follow-up overdue since %1").arg(on.toString(QStringLiteral("d/M"))),
            on < today, now});
    }
    return rows;
}

void TodayModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
