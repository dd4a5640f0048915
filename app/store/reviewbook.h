// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"
#include "domain/visitamendment.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace barntid {

class Store;

/** One entry a supervisor reviews (a signed visit with its amendments, a contact, a time entry)
 *  and where it stands, as this device knows it. */
struct ReviewItem
{
    QString entity;
    QString id;
    qint64 version = 0; ///< the entry's server version (a visit's grows with each amendment)
    QString authorId;
    QDateTime at; ///< signed, contact or start time
    QString caseId;
    QString fosterHomeId;
    QString kind; ///< visit kind, contact kind or time category
    QJsonObject record; ///< the entry's stored fields
    QList<VisitAmendment> amendments; ///< a visit's, oldest first
    /** The live decisions that count (refused ones are left out), oldest first. */
    QList<Review> reviews;
    ReviewState state;
    bool decisionPending = false; ///< a decision of this device is not on the server yet
    QString refusedCode; ///< the server refused this device's last decision (e.g. already_reviewed)
    /** The author answered the last return here (an amendment or an edit made after it) and it
     *  waits for the next review. */
    bool answered = false;

    QString key() const { return entity + u':' + id; }
};

/** Reads the entries under review and writes decisions. A decision is a new `review` record
 *  written with its outbox row in one transaction, so it works offline and syncs later. */
class ReviewBook
{
public:
    explicit ReviewBook(Store &store);

    /** Every entry not written by `self` (a supervisor's device holds only the team's). */
    QList<ReviewItem> teamEntries(const QString &self);
    /** The entries of `author` whose latest decision is a return at their current version. */
    QList<ReviewItem> returnedTo(const QString &author);
    std::optional<ReviewItem> item(const QString &entity, const QString &id);

    /** Records approve or return on the item's current version; throws StoreError(Invalid)
     *  (e.g. a return without a comment). */
    Review decide(const ReviewItem &item, const QString &decision, const QString &comment);

private:
    QList<ReviewItem> load(const char *where, const QStringList &binds);
    void complete(QList<ReviewItem> &items);

    Store &m_store;
};

} // namespace barntid
