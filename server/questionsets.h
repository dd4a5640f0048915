// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/questionset.h"

#include <QJsonObject>
#include <QList>

namespace barntid::server {

class Database;
struct Caller;

/** The municipality's child surveys (DESIGN.md §4 question_set): imported by an admin from a
 *  JSON file, read by staff. Every version is kept: a child's answers name the version they were
 *  given, and a set that changed is a new version, never an edit. */
class QuestionSets
{
public:
    QuestionSets(Database &db, const Clock &clock);

    struct Imported
    {
        QuestionSet set; ///< with the version it has now
        bool changed = false; ///< false: the newest version already had this content
    };

    /** The sets of a file: one set, or {"question_sets": [...]}. Throws ServerError 400 with the
     *  first problem; nothing is imported then. */
    static QList<QuestionSet> parseFile(const QByteArray &json);
    /** Stores each set whose content differs from its newest version as the next version, all
     *  in one transaction. */
    QList<Imported> import(const QList<QuestionSet> &sets);
    /** Every version of every set, by id and version. */
    QList<QuestionSet> all();
    /** One version of a set, if it was imported. */
    std::optional<QuestionSet> find(const QString &id, int version);
    /** GET /v1/question-sets: staff read every version; foster parents are refused (403) and
     *  the refusal audited; a disabled account gets 401. */
    QJsonObject read(const Caller &caller);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace barntid::server
