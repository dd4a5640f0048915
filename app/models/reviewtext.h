// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/reviewbook.h"

#include <QCoreApplication>
#include <QHash>

namespace barntid {

class Store;

/** The review screens' words: an entry's kind, its title, where it stands (English source,
 *  Swedish through the translator). */
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    /** "Visit", "Contact", "Time entry" (the visit's own kind where known). */
    static QString kind(const ReviewItem &item);
    /** The status code the filters use: toReview, returned, approved. */
    static QString statusCode(const ReviewItem &item);
    /** Where the entry stands, in a supervisor's words. */
    static QString status(const ReviewItem &item);
    /** Where the author's own entry stands (the author's tablet). */
    static QString authorStatus(const ReviewItem &item);
    /** Why this device's decision did not go through. */
    static QString refused(const QString &code);
    static QString decision(const QString &decision);
    static QString unknownPerson();
};

/** Titles of entries: the case number and the child's name (masked for protected identity), or
 *  the foster home's name. Reads the cases and homes once. */
class ReviewTitles
{
public:
    explicit ReviewTitles(Store &store);
    QString title(const ReviewItem &item) const;
    bool masked(const ReviewItem &item) const;

private:
    QHash<QString, QString> m_cases;
    QHash<QString, bool> m_protected;
    QHash<QString, QString> m_homes;
};

} // namespace barntid
