// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "domain/clock.h"
#include "domain/questionset.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace barntid::server {

class Database;
class QuestionSets;

/** What children say, for the municipality's plan (issue 16, DESIGN.md §5 survey_response):
 *  the children's finished answers counted per question × team or municipality × quarter, the
 *  only groupings there are.
 *
 *  A child counts once per question and quarter: their latest finished answer that quarter, in
 *  the team of the worker whose visit it was. A cell is the number of children who gave that
 *  answer; free text is only counted as written or declined. Cells under k (zeros too) and the
 *  cells that would give one away (CellSuppression) leave the server as null. Only quarters that
 *  have ended are counted: within a running quarter, a figure that moves by one after a visit
 *  would tell its reader what that child answered.
 *
 *  Supervisors read their team and the municipality, admins every team; everyone else gets 403,
 *  audited like every read. */
class SurveyAggregates
{
public:
    static constexpr int k = 5;
    static const QString municipality; ///< the group id of the whole municipality

    SurveyAggregates(Database &db, QuestionSets &sets, const Clock &clock);

    /** GET /v1/survey-aggregates[?question_set_id=…&quarter=YYYY-Qn]:
     *  {"k", "groups":[{id,name}], "tables":[{question_set_id, quarter, question_id, kind,
     *  options:[…], rows:[{group, children, counts:[…]}]}]}; null where withheld. Throws 400 for
     *  a bad filter, 401 for a disabled account and 403 for other roles. */
    QJsonObject read(const Caller &caller, const QUrlQuery &query, const QString &format);

    /** The report's ids in Swedish words, for the admin page and its CSV. */
    class Wording
    {
    public:
        Wording(const QJsonObject &report, const QList<QuestionSet> &sets);
        QString group(const QString &id) const;
        QString set(const QString &id) const { return m_titles.value(id, id); }
        QString question(const QString &setId, const QString &questionId) const;
        QString option(
            const QString &setId, const QString &questionId, const QString &option) const;
        /** What a withheld cell says. */
        QString withheld() const;

    private:
        QHash<QString, QString> m_groups, m_titles, m_questions, m_choices;
        int m_k = k;
    };

    /** The report as CSV (UTF-8 with BOM, comma-separated, one line per cell) for the admin. */
    static QByteArray csv(const QJsonObject &report, const Wording &words);

    /** "2026-Q3" for a time, by the Stockholm calendar. */
    static QString quarterOf(const QDateTime &at);

private:
    void audit(const Caller &caller, const QString &outcome);
    /** Every table with every team's row, worked out again only when what it depends on
     *  changed (the suppression's linear programmes are the cost). */
    const QJsonObject &everything();
    QString fingerprint(const QList<QuestionSet> &sets);

    Database &m_db;
    QuestionSets &m_sets;
    const Clock &m_clock;
    QString m_cacheKey;
    QJsonObject m_cache;
};

} // namespace barntid::server
