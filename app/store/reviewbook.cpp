// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/reviewbook.h"

#include "domain/jsonfields.h"
#include "store/entitytable.h"
#include "store/outbox.h"
#include "store/recordwriter.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <algorithm>

namespace barntid {

namespace {

struct Source
{
    const char *entity;
    const char *filter; ///< only signed visits are reviewed; drafts are the author's own
    const char *atField;
    const char *kindField;
};

const Source sources[] = {
    {"visit", "AND status = 'signed' ", "signed_at", "kind"},
    {"contact", "", "at", "kind"},
    {"time_entry", "", "starts_at", "category"},
};

QString text(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1StringView(field)).toString();
}

} // namespace

ReviewBook::ReviewBook(Store &store)
    : m_store(store)
{ }

QList<ReviewItem> ReviewBook::teamEntries(const QString &self)
{
    return load("AND (author_id IS NULL OR author_id <> ?) ", {self});
}

QList<ReviewItem> ReviewBook::returnedTo(const QString &author)
{
    QList<ReviewItem> items = load("AND author_id = ? ", {author});
    items.removeIf([](const ReviewItem &i) {
        return i.state.status != ReviewState::Status::Returned || i.answered;
    });
    return items;
}

std::optional<ReviewItem> ReviewBook::item(const QString &entity, const QString &id)
{
    QList<ReviewItem> items = load("AND id = ? ", {id});
    for (const ReviewItem &i : std::as_const(items)) {
        if (i.entity == entity)
            return i;
    }
    return std::nullopt;
}

QList<ReviewItem> ReviewBook::load(const char *where, const QStringList &binds)
{
    QList<ReviewItem> items;
    for (const Source &source : sources) {
        RecordWriter records(m_store, entityTable(QLatin1StringView(source.entity)));
        const QByteArray sql = QByteArray(source.filter) + where + "ORDER BY created_at";
        for (const QJsonObject &o : records.list(sql.constData(), binds)) {
            ReviewItem item;
            item.entity = QLatin1StringView(source.entity);
            item.id = text(o, "id");
            item.version = o.value(QLatin1StringView("version")).toInteger();
            item.authorId = text(o, "author_id");
            jsonfields::read(o, QLatin1StringView(source.atField), item.at);
            item.caseId = text(o, "case_id");
            item.fosterHomeId = text(o, "foster_home_id");
            item.kind = text(o, source.kindField);
            item.record = o;
            items.append(item);
        }
    }
    complete(items);
    return items;
}

void ReviewBook::complete(QList<ReviewItem> &items)
{
    if (items.isEmpty())
        return;
    const QHash<QString, UnsentChange> unsent
        = Outbox(m_store).unsentByRecord(QStringLiteral("review"));
    QHash<QString, QList<Review>> reviews;
    QHash<QString, std::pair<QString, QDateTime>> refused;
    QHash<QString, bool> pending;
    for (const Review &r : Repository<Review>(m_store).list("ORDER BY created_at")) {
        const QString key = r.targetEntity + u':' + r.targetId;
        const auto state = unsent.constFind(r.meta.id);
        if (state != unsent.cend() && state->refused()) {
            refused.insert(key, {state->code, r.meta.createdAt}); // the latest refusal wins
            continue;
        }
        if (state != unsent.cend())
            pending.insert(key, true);
        reviews[key].append(r);
    }
    QHash<QString, QList<VisitAmendment>> amendments;
    for (const VisitAmendment &a : Repository<VisitAmendment>(m_store).list("ORDER BY signed_at"))
        amendments[a.visitId].append(a);
    for (ReviewItem &item : items) {
        const QString key = item.key();
        item.reviews = reviews.value(key);
        item.amendments = amendments.value(item.id);
        item.state = ReviewState::of(item.version, item.reviews);
        item.decisionPending = pending.value(key);
        const auto refusal = refused.constFind(key);
        // A refusal matters until a later decision of this entry went through.
        if (refusal != refused.cend()
            && (!item.state.latest || item.state.latest->meta.createdAt < refusal->second))
            item.refusedCode = refusal->first;
        if (item.state.status == ReviewState::Status::Returned) {
            // The server makes the answer a new version; until that is pulled, an amendment or
            // an edit made here after the return is the answer.
            const QDateTime returnedAt = item.state.latest->meta.createdAt;
            QDateTime changedAt;
            jsonfields::read(item.record, QLatin1StringView("updated_at"), changedAt);
            const bool newerAmendment
                = std::any_of(item.amendments.cbegin(), item.amendments.cend(),
                    [&](const VisitAmendment &a) { return a.meta.createdAt > returnedAt; });
            item.answered = newerAmendment || (item.entity != u"visit" && changedAt > returnedAt);
        }
    }
}

Review ReviewBook::decide(const ReviewItem &item, const QString &decision, const QString &comment)
{
    Review review;
    review.targetEntity = item.entity;
    review.targetId = item.id;
    review.targetVersion = item.version;
    review.decision = decision;
    review.comment = comment.trimmed();
    return Repository<Review>(m_store).create(review);
}

} // namespace barntid
