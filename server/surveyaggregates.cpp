// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyaggregates.h"

#include "accesslogcsv.h"
#include "audit.h"
#include "cellsuppression.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/surveyresponse.h"
#include "domain/timeformat.h"
#include "questionsets.h"
#include "servererror.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace barntid::server {

const QString SurveyAggregates::municipality = QStringLiteral("municipality");

namespace {

const QString declined = QStringLiteral("declined");
const QString written = QStringLiteral("answered");

struct Group
{
    QString id, name;
    bool hidden = false; ///< children whose worker has no team: counted, never shown
};

/** One child's latest finished answer to a question in a quarter. */
struct Latest
{
    QDateTime at;
    QString value;
    QString teamId;
};

struct TableKey
{
    QString setId, quarter, questionId;
    bool operator<(const TableKey &o) const
    {
        // Newest quarter first; then the set and the question (ordered later by the set).
        if (quarter != o.quarter)
            return quarter > o.quarter;
        if (setId != o.setId)
            return setId < o.setId;
        return questionId < o.questionId;
    }
};

/** The newest wording of each question of a set: kind, options in order, place in the set. */
struct QuestionInfo
{
    Question::Kind kind = Question::Kind::Smiley5;
    QStringList options;
    int order = 0;
};

QHash<QString, QuestionInfo> questionsOf(const QList<QuestionSet> &versions)
{
    QHash<QString, QuestionInfo> out;
    for (const QuestionSet &set : versions) { // oldest first: the newest wording wins
        for (int i = 0; i < set.questions.size(); ++i) {
            const Question &q = set.questions.at(i);
            QuestionInfo info;
            info.kind = q.kind;
            info.order = i;
            if (q.kind == Question::Kind::Smiley5)
                info.options = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                    QStringLiteral("4"), QStringLiteral("5")};
            else if (q.kind == Question::Kind::Choice)
                for (const QuestionChoice &c : q.choices)
                    info.options << c.id;
            else
                info.options = {written};
            out.insert(q.id, info);
        }
    }
    return out;
}

QJsonValue published(const CellSuppression &s, int cell, int count)
{
    return s.isPublished(cell) ? QJsonValue(count) : QJsonValue();
}

} // namespace

SurveyAggregates::SurveyAggregates(Database &db, QuestionSets &sets, const Clock &clock)
    : m_db(db)
    , m_sets(sets)
    , m_clock(clock)
{ }

QString SurveyAggregates::quarterOf(const QDateTime &at)
{
    const QDate day = at.toTimeZone(stockholm()).date();
    return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
}

void SurveyAggregates::audit(const Caller &caller, const QString &outcome)
{
    Audit log(caller, m_clock);
    log.add(QStringLiteral("read"), QStringLiteral("survey_aggregates"), {}, outcome);
    log.commit(m_db);
}

QJsonObject SurveyAggregates::read(
    const Caller &caller, const QUrlQuery &query, const QString &format)
{
    if (caller.disabled) {
        audit(caller, QStringLiteral("account_disabled"));
        throw ServerError {401, QStringLiteral("account_disabled"),
            QStringLiteral("the account is disabled; the device may only deliver its changes")};
    }
    const bool admin = caller.role == u"admin";
    if (!admin && !(caller.isSupervisor() && !caller.teamId.isEmpty())) {
        audit(caller, QStringLiteral("forbidden"));
        throw ServerError {403, QStringLiteral("forbidden"),
            QStringLiteral("only supervisors and admins read the children's answers in figures")};
    }
    const QString setFilter = query.queryItemValue(QStringLiteral("question_set_id")).toLower();
    const QString quarterFilter = query.queryItemValue(QStringLiteral("quarter")).toUpper();
    static const QRegularExpression quarterPattern(QStringLiteral("^\\d{4}-Q[1-4]$"));
    if ((!setFilter.isEmpty() && !isValidId(setFilter))
        || (!quarterFilter.isEmpty() && !quarterPattern.match(quarterFilter).hasMatch()))
        throw ServerError {400, QStringLiteral("invalid"),
            QStringLiteral("question_set_id is a UUID and quarter is YYYY-Qn")};

    const QJsonObject &all = everything();
    QJsonArray tables;
    for (const QJsonValue &tv : all.value(QLatin1StringView("tables")).toArray()) {
        QJsonObject table = tv.toObject();
        if ((!setFilter.isEmpty()
                && table.value(QLatin1StringView("question_set_id")).toString() != setFilter)
            || (!quarterFilter.isEmpty()
                && table.value(QLatin1StringView("quarter")).toString() != quarterFilter))
            continue;
        QJsonArray rows;
        for (const QJsonValue &r : table.value(QLatin1StringView("rows")).toArray()) {
            const QString group = r.toObject().value(QLatin1StringView("group")).toString();
            if (admin || group == municipality || group == caller.teamId)
                rows.append(r);
        }
        table.insert(QStringLiteral("rows"), rows);
        tables.append(table);
    }
    QJsonArray shownGroups;
    for (const QJsonValue &g : all.value(QLatin1StringView("groups")).toArray()) {
        const QString id = g.toObject().value(QLatin1StringView("id")).toString();
        if (admin || id == municipality || id == caller.teamId)
            shownGroups.append(g);
    }
    audit(caller, QStringLiteral("listed:") + format);
    return {{QStringLiteral("k"), k}, {QStringLiteral("groups"), shownGroups},
        {QStringLiteral("tables"), tables}};
}

QString SurveyAggregates::fingerprint(const QList<QuestionSet> &sets)
{
    // Whatever the figures depend on: the answers and their visits (every change moves a
    // record's seq), who is in which team, the teams' names, the set versions and the quarter.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&](const QString &sql) {
        QSqlQuery q = m_db.exec(sql);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    };
    add(QStringLiteral("SELECT COALESCE(MAX(seq), 0), COUNT(*) FROM records "
                       "WHERE entity IN ('survey_response', 'visit')"));
    add(QStringLiteral("SELECT id, team_id FROM users ORDER BY id"));
    add(QStringLiteral("SELECT id, name FROM teams ORDER BY id"));
    for (const QuestionSet &set : sets)
        hash.addData(set.id.toUtf8() + '/' + QByteArray::number(set.version) + '\x1e');
    hash.addData(quarterOf(m_clock.now()).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

const QJsonObject &SurveyAggregates::everything()
{
    const QList<QuestionSet> sets = m_sets.all();
    const QString inputs = fingerprint(sets);
    if (inputs == m_cacheKey)
        return m_cache;
    QList<Group> groups;
    QSqlQuery t = m_db.exec(QStringLiteral("SELECT id, name FROM teams ORDER BY name"));
    while (t.next())
        groups.append({t.value(0).toString(), t.value(1).toString()});
    const auto teamIndex = [&](const QString &id) {
        for (int i = 0; i < groups.size(); ++i) {
            if (groups.at(i).id == id)
                return i;
        }
        return -1;
    };

    QHash<QString, QList<QuestionSet>> versions;
    for (const QuestionSet &s : sets)
        versions[s.id].append(s);
    QHash<QString, QHash<QString, QuestionInfo>> questions;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        questions.insert(it.key(), questionsOf(it.value()));

    const QString running = quarterOf(m_clock.now());
    QMap<TableKey, QHash<QString, Latest>> answers;
    QSqlQuery r = m_db.exec(QStringLiteral(
        "SELECT r.case_id, r.data, u.team_id FROM records r "
        "JOIN records v ON v.entity = 'visit' AND v.id = r.parent_id AND v.deleted = 0 "
        "LEFT JOIN users u ON u.id = v.author_id "
        "WHERE r.entity = 'survey_response' AND r.deleted = 0"));
    while (r.next()) {
        const SurveyResponse response = SurveyResponse::fromJson(
            QJsonDocument::fromJson(r.value(1).toString().toUtf8()).object());
        const std::optional<QDateTime> at = response.completedAt;
        const QString caseId = r.value(0).toString();
        if (!at || caseId.isEmpty())
            continue;
        const QString quarter = quarterOf(*at);
        if (quarter >= running)
            continue;
        const auto set = std::find_if(versions.value(response.questionSetId).cbegin(),
            versions.value(response.questionSetId).cend(),
            [&](const QuestionSet &s) { return s.version == response.questionSetVersion; });
        if (set == versions.value(response.questionSetId).cend())
            continue;
        for (const Question &q : set->questions) {
            const auto given = response.answers.constFind(q.id);
            if (given == response.answers.cend())
                continue; // the child left it before "Klar": asked, not answered
            QString value = *given;
            if (value != declined && q.kind == Question::Kind::Text)
                value = written; // never the child's words
            Latest &latest = answers[{response.questionSetId, quarter, q.id}][caseId];
            if (!latest.at.isValid() || *at > latest.at)
                latest = {*at, value, r.value(2).toString()};
        }
    }

    QJsonArray tables;
    QList<std::pair<int, QJsonObject>> ordered;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const TableKey &key = it.key();
        const QuestionInfo info = questions.value(key.setId).value(key.questionId);
        QStringList options = info.options;
        QStringList extra;
        for (const Latest &l : it.value()) {
            if (l.value != declined && !options.contains(l.value) && !extra.contains(l.value))
                extra << l.value;
        }
        extra.sort();
        options << extra << declined;

        QList<Group> cols = groups;
        QList<QList<int>> counts; // [group][option]
        for (const Latest &l : it.value()) {
            int g = teamIndex(l.teamId);
            if (g < 0) {
                if (cols.size() == groups.size())
                    cols.append({QString(), QString(), true});
                g = int(cols.size()) - 1;
            }
            while (counts.size() < cols.size())
                counts.append(QList<int>(options.size(), 0));
            ++counts[g][options.indexOf(l.value)];
        }
        while (counts.size() < cols.size())
            counts.append(QList<int>(options.size(), 0));

        CellSuppression s(k);
        QList<QList<int>> cell(cols.size());
        QList<int> groupTotal, optionTotal;
        for (int g = 0; g < cols.size(); ++g) {
            int sum = 0;
            for (int o = 0; o < options.size(); ++o) {
                cell[g].append(s.addCell(counts[g][o], cols[g].hidden));
                sum += counts[g][o];
            }
            groupTotal.append(s.addCell(sum, cols[g].hidden));
            s.addRelation(groupTotal.last(), cell[g]);
        }
        int all = 0;
        for (int o = 0; o < options.size(); ++o) {
            int sum = 0;
            QList<int> parts;
            for (int g = 0; g < cols.size(); ++g) {
                sum += counts[g][o];
                parts << cell[g][o];
            }
            all += sum;
            optionTotal.append(s.addCell(sum));
            s.addRelation(optionTotal.last(), parts);
        }
        const int allCell = s.addCell(all);
        s.addRelation(allCell, optionTotal);
        s.addRelation(allCell, groupTotal);
        s.run();

        QJsonArray rows;
        QJsonArray municipalityCounts;
        for (int o = 0; o < options.size(); ++o) {
            int sum = 0;
            for (int g = 0; g < cols.size(); ++g)
                sum += counts[g][o];
            municipalityCounts.append(published(s, optionTotal[o], sum));
        }
        rows.append(QJsonObject {{QStringLiteral("group"), municipality},
            {QStringLiteral("children"), published(s, allCell, all)},
            {QStringLiteral("counts"), municipalityCounts}});
        for (int g = 0; g < groups.size(); ++g) {
            QJsonArray row;
            int sum = 0;
            for (int o = 0; o < options.size(); ++o) {
                row.append(published(s, cell[g][o], counts[g][o]));
                sum += counts[g][o];
            }
            rows.append(QJsonObject {{QStringLiteral("group"), groups[g].id},
                {QStringLiteral("children"), published(s, groupTotal[g], sum)},
                {QStringLiteral("counts"), row}});
        }
        ordered.append({info.order,
            QJsonObject {{QStringLiteral("question_set_id"), key.setId},
                {QStringLiteral("quarter"), key.quarter},
                {QStringLiteral("question_id"), key.questionId},
                {QStringLiteral("kind"), QuestionSet::kindName(info.kind)},
                {QStringLiteral("options"), QJsonArray::fromStringList(options)},
                {QStringLiteral("rows"), rows}}});
    }
    // The map gives quarter and set order; within them, the set's own question order.
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        const QJsonObject &x = a.second, &y = b.second;
        const auto text = [](const QJsonObject &o, const char *key) {
            return o.value(QLatin1StringView(key)).toString();
        };
        if (text(x, "quarter") != text(y, "quarter"))
            return text(x, "quarter") > text(y, "quarter");
        if (text(x, "question_set_id") != text(y, "question_set_id"))
            return text(x, "question_set_id") < text(y, "question_set_id");
        return a.first < b.first;
    });
    for (const auto &[order, table] : std::as_const(ordered))
        tables.append(table);

    QJsonArray allGroups {
        QJsonObject {{QStringLiteral("id"), municipality}, {QStringLiteral("name"), QString()}}};
    for (const Group &g : std::as_const(groups))
        allGroups.append(
            QJsonObject {{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}});
    m_cache = {{QStringLiteral("groups"), allGroups}, {QStringLiteral("tables"), tables}};
    m_cacheKey = inputs;
    return m_cache;
}

SurveyAggregates::Wording::Wording(const QJsonObject &report, const QList<QuestionSet> &sets)
    : m_k(report.value(QLatin1StringView("k")).toInt(k))
{
    for (const QJsonValue &g : report.value(QLatin1StringView("groups")).toArray()) {
        const QJsonObject o = g.toObject();
        m_groups.insert(o.value(QLatin1StringView("id")).toString(),
            o.value(QLatin1StringView("name")).toString());
    }
    for (const QuestionSet &s : sets) { // oldest first: the newest wording wins
        m_titles.insert(s.id, s.title.sv);
        for (const Question &q : s.questions) {
            m_questions.insert(s.id + u'/' + q.id, q.text.sv);
            for (const QuestionChoice &c : q.choices)
                m_choices.insert(s.id + u'/' + q.id + u'/' + c.id, c.text.sv);
        }
    }
}

QString SurveyAggregates::Wording::group(const QString &id) const
{
    return id == municipality ? QStringLiteral("Hela kommunen")
                              : QStringLiteral("Team ") + m_groups.value(id, id);
}

QString SurveyAggregates::Wording::question(const QString &setId, const QString &questionId) const
{
    return m_questions.value(setId + u'/' + questionId, questionId);
}

QString SurveyAggregates::Wording::option(
    const QString &setId, const QString &questionId, const QString &option) const
{
    if (option == declined)
        return QStringLiteral("Ville inte svara");
    if (option == written)
        return QStringLiteral("Skrev ett svar");
    const QString key = setId + u'/' + questionId + u'/' + option;
    if (m_choices.contains(key))
        return m_choices.value(key);
    static const char *const smileys[] = {"Mycket dåligt", "Dåligt", "Sådär", "Bra", "Mycket bra"};
    bool number = false;
    const int n = option.toInt(&number);
    if (number && n >= 1 && n <= 5)
        return QStringLiteral("%1 (%2 av 5)").arg(QString::fromUtf8(smileys[n - 1])).arg(n);
    return option;
}

QString SurveyAggregates::Wording::withheld() const
{
    return QStringLiteral("Visas inte: färre än %1 barn, eller skulle avslöja en sådan uppgift")
        .arg(m_k);
}

QByteArray SurveyAggregates::csv(const QJsonObject &report, const Wording &words)
{
    const auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << AccessLogCsv::cell(c);
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    const auto count = [&](const QJsonValue &v) {
        return v.isNull() ? QStringList {QString(), words.withheld()}
                          : QStringList {QString::number(v.toInt()), QString()};
    };
    QString out = QStringLiteral("\uFEFF");
    out += line({QStringLiteral("Kvartal"), QStringLiteral("Frågeformulär"),
        QStringLiteral("Fråga"), QStringLiteral("Grupp"), QStringLiteral("Svar"),
        QStringLiteral("Antal barn"), QStringLiteral("Anmärkning")});
    for (const QJsonValue &tv : report.value(QLatin1StringView("tables")).toArray()) {
        const QJsonObject table = tv.toObject();
        const auto text
            = [&](const char *key) { return table.value(QLatin1StringView(key)).toString(); };
        const QString setId = text("question_set_id"), questionId = text("question_id");
        const QJsonArray options = table.value(QLatin1StringView("options")).toArray();
        for (const QJsonValue &rv : table.value(QLatin1StringView("rows")).toArray()) {
            const QJsonObject row = rv.toObject();
            const QStringList start {text("quarter"), words.set(setId),
                words.question(setId, questionId),
                words.group(row.value(QLatin1StringView("group")).toString())};
            out += line(start + QStringList {QStringLiteral("Alla som svarade")}
                + count(row.value(QLatin1StringView("children"))));
            const QJsonArray counts = row.value(QLatin1StringView("counts")).toArray();
            for (int o = 0; o < options.size(); ++o)
                out += line(start
                    + QStringList {words.option(setId, questionId, options.at(o).toString())}
                    + count(counts.at(o)));
        }
    }
    return out.toUtf8();
}

} // namespace barntid::server
