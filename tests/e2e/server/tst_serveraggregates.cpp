// SPDX-License-Identifier: GPL-3.0-or-later
// What children say, in figures (issue 16, DESIGN.md §5 survey_response: "aggregates (k ≥ 5)")
// on the real server: GET /v1/survey-aggregates and the admin's page /barnens-svar with its CSV.
// Two teams' workers record ~60 children's answers over three quarters; the test counts them
// itself (each child once per question and ended quarter, their latest finished answer, in the
// team of the visit's author; free text only as written or declined) and checks that every
// figure the server publishes is that count, that no count under k leaves it or can be worked
// out from what does, that the running quarter and unfinished answers count nowhere, and that
// no child's words, name or case appear. Supervisors read their team and the municipality,
// admins every team, nobody else anything.
#include "csvreader.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "records.h"
#include "serverharness.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookie>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString applied = QStringLiteral("applied");
const QString municipality = QStringLiteral("municipality");
const QString declined = QStringLiteral("declined");
const QString answered = QStringLiteral("answered");
const QString aggregates = QStringLiteral("/v1/survey-aggregates");
constexpr int k = 5;

// ---------------------------------------------------------------------------------------------
// The words set, version 1 (deploy/question-sets/barntid-default.json), in its own order.

enum class Kind { Smiley, Choice, Text };

struct QuestionSpec
{
    const char *id;
    Kind kind;
    const char *kindName;
};

const QuestionSpec questions[] = {{"home", Kind::Smiley, "smiley5"},
    {"school", Kind::Smiley, "smiley5"}, {"safe", Kind::Smiley, "smiley5"},
    {"talk_to", Kind::Choice, "choice"}, {"listened_to", Kind::Smiley, "smiley5"},
    {"tell_worker", Kind::Text, "text"}, {"do_better", Kind::Text, "text"}};
constexpr int questionCount = int(std::size(questions));

/** The options a table has, in the order the server lists them (no other value can be pushed:
 *  the server checks each answer against its question). */
QStringList optionsOf(Kind kind)
{
    switch (kind) {
    case Kind::Smiley:
        return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5"), declined};
    case Kind::Choice:
        return {QStringLiteral("adult_home"), QStringLiteral("other_adult"),
            QStringLiteral("friend"), QStringLiteral("social_worker"), QStringLiteral("nobody"),
            declined};
    case Kind::Text:
        return {answered, declined};
    }
    return {};
}

const QuestionSpec *questionSpec(const QString &id)
{
    for (const QuestionSpec &q : questions) {
        if (id == QLatin1StringView(q.id))
            return &q;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Quarters by the Stockholm calendar.

struct Quarter
{
    int year = 0;
    int q = 0;

    QString name() const { return QStringLiteral("%1-Q%2").arg(year).arg(q); }
    QDate first() const { return QDate(year, (q - 1) * 3 + 1, 1); }
    Quarter previous() const { return q == 1 ? Quarter {year - 1, 4} : Quarter {year, q - 1}; }
    bool operator<(const Quarter &o) const { return year != o.year ? year < o.year : q < o.q; }
};

Quarter quarterOf(const QDateTime &at)
{
    const QDate d = at.toTimeZone(barntid::stockholm()).date();
    return {d.year(), (d.month() - 1) / 3 + 1};
}

/** A wall-clock time in Stockholm. */
QDateTime local(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), barntid::stockholm());
}

// ---------------------------------------------------------------------------------------------
// The children's latest answers in the previous quarter, by design: per team and question, how
// many children give which value ("" = the child leaves the question out). Chosen so that the
// tables hold cells ≥ k, cells of 1-4, zeros, and rows with a single small cell (norr/home,
// syd/tell_worker) that subtraction would give away without secondary suppression.

struct Share
{
    const char *value;
    int count;
};
using Design = QList<QList<Share>>; // per question, in `questions` order

const Design norrDesign {
    {{"1", 5}, {"2", 6}, {"3", 8}, {"4", 12}, {"5", 11}, {"declined", 3}}, // home
    {{"1", 2}, {"2", 4}, {"3", 10}, {"4", 15}, {"5", 12}, {"declined", 2}}, // school
    {{"2", 1}, {"3", 5}, {"4", 17}, {"5", 20}, {"declined", 2}}, // safe
    {{"adult_home", 14}, {"other_adult", 7}, {"friend", 12}, {"social_worker", 8},
        {"declined", 4}}, // talk_to
    {{"1", 1}, {"2", 3}, {"3", 9}, {"4", 13}, {"5", 14}, {"", 5}}, // listened_to
    {{"answered", 38}, {"declined", 7}}, // tell_worker
    {{"answered", 30}, {"declined", 4}, {"", 11}}, // do_better
};
const Design sydDesign {
    {{"2", 1}, {"3", 2}, {"4", 5}, {"5", 4}}, // home
    {{"3", 3}, {"4", 6}, {"5", 3}}, // school
    {{"3", 1}, {"4", 5}, {"5", 6}}, // safe
    {{"adult_home", 5}, {"other_adult", 1}, {"friend", 4}, {"declined", 2}}, // talk_to
    {{"3", 2}, {"4", 3}, {"5", 5}, {"", 2}}, // listened_to
    {{"answered", 11}, {"declined", 1}}, // tell_worker
    {{"answered", 12}}, // do_better
};

/** The value child i of n gives to question qi: the design expanded and walked with a stride
 *  coprime to n, so that every question spreads its values differently over the children. */
QString designed(const Design &design, int n, int i, int qi, int stride, int shift)
{
    QStringList expanded;
    for (const Share &s : design.at(qi)) {
        for (int c = 0; c < s.count; ++c)
            expanded << QString::fromLatin1(s.value);
    }
    Q_ASSERT(expanded.size() == n);
    return expanded.at((i * stride + qi * shift) % n);
}

// ---------------------------------------------------------------------------------------------
// What the test pushed and what it expects.

struct Pushed
{
    QString caseId;
    QString teamId;
    std::optional<QDateTime> completedAt; ///< none: unfinished
    QJsonObject answers;
};

struct Scenario
{
    QList<std::pair<QString, QString>> teams; ///< id, name; ordered by name
    QList<Pushed> pushed;
    QStringList words; ///< a unique mark in every free-text answer: never in any figure
    QStringList secrets; ///< case ids, numbers, child names, visit and answer ids: likewise
    Quarter current, previous, older;

    QString teamName(const QString &id) const
    {
        for (const auto &[teamId, name] : teams) {
            if (teamId == id)
                return name;
        }
        return {};
    }
};

/** quarter → question → group → option → children. */
using Counts = QHash<QString, QHash<QString, int>>;
using Expected = QMap<QString, QMap<QString, Counts>>;

Expected expect(const Scenario &s)
{
    struct Last
    {
        QDateTime at;
        QString value;
        QString teamId;
    };
    QMap<QString, QMap<QString, QHash<QString, Last>>> latest; // quarter → question → case
    for (const Pushed &p : s.pushed) {
        if (!p.completedAt)
            continue;
        const Quarter quarter = quarterOf(*p.completedAt);
        if (!(quarter < s.current))
            continue; // a running quarter is never counted
        for (const QuestionSpec &q : questions) {
            const QString id = QString::fromLatin1(q.id);
            if (!p.answers.contains(id))
                continue;
            QString value = p.answers.value(id).toString();
            if (q.kind == Kind::Text && value != declined)
                value = answered;
            Last &last = latest[quarter.name()][id][p.caseId];
            if (!last.at.isValid() || *p.completedAt > last.at)
                last = {*p.completedAt, value, p.teamId};
        }
    }
    Expected out;
    for (auto qt = latest.cbegin(); qt != latest.cend(); ++qt) {
        for (auto qu = qt.value().cbegin(); qu != qt.value().cend(); ++qu) {
            Counts &c = out[qt.key()][qu.key()];
            for (const Last &l : qu.value()) {
                ++c[municipality][l.value];
                ++c[l.teamId][l.value];
            }
        }
    }
    return out;
}

int countOf(const Counts &c, const QString &group, const QString &option)
{
    return c.value(group).value(option);
}

int childrenOf(const Counts &c, const QString &group)
{
    int n = 0;
    for (int v : c.value(group))
        n += v;
    return n;
}

// ---------------------------------------------------------------------------------------------
// Can a withheld cell be worked out? Checked independently of the server's algorithm.

/** Rank of a matrix over GF(p), p = 2^31 - 1. Each relation's row holds 0 and ±1 with at most 8
 *  non-zero entries, so a minor of r rows is at most (√8)^r in absolute value (Hadamard), below
 *  p for r ≤ 20 (here r ≤ 3 groups + 7 columns): the rank over GF(p) is the rank over the
 *  rationals. */
int rankModP(QList<QList<qint64>> m)
{
    constexpr qint64 p = 2147483647;
    const auto power = [&](qint64 b, qint64 e) {
        qint64 out = 1;
        b %= p;
        for (; e > 0; e >>= 1, b = b * b % p) {
            if (e & 1)
                out = out * b % p;
        }
        return out;
    };
    for (auto &row : m) {
        for (qint64 &v : row)
            v = ((v % p) + p) % p;
    }
    int rank = 0;
    const int width = m.isEmpty() ? 0 : int(m.first().size());
    for (int c = 0; c < width && rank < m.size(); ++c) {
        int pivot = -1;
        for (int r = rank; r < m.size(); ++r) {
            if (m[r][c] != 0) {
                pivot = r;
                break;
            }
        }
        if (pivot < 0)
            continue;
        m.swapItemsAt(rank, pivot);
        const qint64 inv = power(m[rank][c], p - 2);
        for (int r = 0; r < m.size(); ++r) {
            if (r == rank || m[r][c] == 0)
                continue;
            const qint64 f = m[r][c] * inv % p;
            for (int j = 0; j < width; ++j)
                m[r][j] = ((m[r][j] - f * m[rank][j]) % p + p) % p;
        }
        ++rank;
    }
    return rank;
}

struct Tally
{
    int cells = 0;
    int withheld = 0;
    int secondary = 0; ///< withheld although the true count is ≥ k
};

/** One table as the admin reads it: every group's row, [group][option] plus the children in the
 *  last column; the published values (nullopt where withheld) and the test's true counts. */
struct Grid
{
    QList<QList<std::optional<int>>> shown;
    QList<QList<int>> truth;
};

/** The sums an outsider knows: each row's children are the sum of its options, and each column
 *  of the municipality is the sum of the teams'. Returns "where: why" for each cell a reader
 *  could work out, or a zero remainder (withheld parts all zero). */
QStringList attacks(const Grid &g, const QString &where)
{
    QStringList found;
    const int groups = int(g.shown.size());
    const int width = int(g.shown.first().size()); // options + children
    using Cell = std::pair<int, int>;
    struct Relation
    {
        Cell total;
        QList<Cell> parts;
        QString name;
    };
    QList<Relation> relations;
    for (int row = 0; row < groups; ++row) {
        Relation rel {{row, width - 1}, {}, QStringLiteral("row %1").arg(row)};
        for (int o = 0; o < width - 1; ++o)
            rel.parts << Cell {row, o};
        relations << rel;
    }
    for (int o = 0; o < width; ++o) {
        Relation rel {{0, o}, {}, QStringLiteral("column %1").arg(o)};
        for (int row = 1; row < groups; ++row)
            rel.parts << Cell {row, o};
        relations << rel;
    }
    const auto withheld = [&](const Cell &c) { return !g.shown.at(c.first).at(c.second); };
    const auto truth = [&](const Cell &c) { return g.truth.at(c.first).at(c.second); };
    for (const Relation &rel : std::as_const(relations)) {
        QList<Cell> hidden;
        if (withheld(rel.total))
            hidden << rel.total;
        int remainder = withheld(rel.total) ? 0 : *g.shown.at(rel.total.first).at(rel.total.second);
        for (const Cell &c : rel.parts) {
            if (withheld(c))
                hidden << c;
            else
                remainder -= *g.shown.at(c.first).at(c.second);
        }
        if (hidden.size() == 1)
            found << QStringLiteral("%1 %2: the only withheld cell (%3,%4), true %5, is the "
                                    "difference of the published ones")
                         .arg(where, rel.name)
                         .arg(hidden.first().first)
                         .arg(hidden.first().second)
                         .arg(truth(hidden.first()));
        else if (!hidden.isEmpty() && !withheld(rel.total) && remainder == 0)
            found << QStringLiteral("%1 %2: %3 withheld parts with a remainder of 0 are all 0")
                         .arg(where, rel.name)
                         .arg(hidden.size());
    }
    // Any combination of the sums: a withheld cell is exactly known when its unit vector lies in
    // the row space of the relations over the withheld cells.
    QHash<Cell, int> column;
    for (int row = 0; row < groups; ++row) {
        for (int o = 0; o < width; ++o) {
            if (withheld({row, o}))
                column.insert({row, o}, int(column.size()));
        }
    }
    QList<QList<qint64>> matrix;
    for (const Relation &rel : std::as_const(relations)) {
        QList<qint64> line(column.size(), 0);
        if (withheld(rel.total))
            line[column.value(rel.total)] += 1;
        for (const Cell &c : rel.parts) {
            if (withheld(c))
                line[column.value(c)] -= 1;
        }
        matrix << line;
    }
    const int rank = rankModP(matrix);
    for (auto it = column.cbegin(); it != column.cend(); ++it) {
        if (truth(it.key()) >= k)
            continue; // a secondary cell: known or not, it tells nothing small
        QList<QList<qint64>> more = matrix;
        QList<qint64> unit(column.size(), 0);
        unit[it.value()] = 1;
        more << unit;
        if (rankModP(more) == rank)
            found << QStringLiteral("%1: cell (%2,%3), true %4, follows from the published sums")
                         .arg(where)
                         .arg(it.key().first)
                         .arg(it.key().second)
                         .arg(truth(it.key()));
    }
    return found;
}

/** The bounds an attacker finds by knowing that no count is negative: a withheld cell below k
 *  must be able to take another value in some table of non-negative counts that agrees with
 *  every published cell. The unknowns are the teams' withheld cells (the municipality's row and
 *  the children column are their sums). The sums form two laminar families, so the constraint
 *  matrix is totally unimodular and any other solution differs from the true one by a sum of
 *  conformal circuits with entries in {-1, 0, 1}: trying every such step from the true counts
 *  finds a second value for each cell that has one. */
QStringList pinned(const Grid &g, const QString &where)
{
    const int groups = int(g.shown.size());
    const int options = int(g.shown.first().size()) - 1; // the last column holds the children
    QList<std::pair<int, int>> unknowns;
    for (int row = 1; row < groups; ++row) {
        for (int o = 0; o < options; ++o) {
            if (!g.shown.at(row).at(o))
                unknowns.append({row, o});
        }
    }
    if (unknowns.size() > 14)
        return {where + QStringLiteral(": too many withheld cells to search for bounds")};
    const auto published = [&](int row, int column) { return bool(g.shown.at(row).at(column)); };
    QList<QList<bool>> moves(groups, QList<bool>(options + 1, false));
    const int n = int(unknowns.size());
    qint64 steps = 1;
    for (int i = 0; i < n; ++i)
        steps *= 3;
    QList<int> d(n, 0);
    QList<int> rowChange(groups, 0), columnChange(options, 0);
    for (qint64 code = 1; code < steps; ++code) {
        qint64 rest = code;
        bool possible = true;
        std::fill(rowChange.begin(), rowChange.end(), 0);
        std::fill(columnChange.begin(), columnChange.end(), 0);
        int grand = 0;
        for (int i = 0; i < n; ++i) {
            d[i] = int(rest % 3) - 1;
            rest /= 3;
            const auto [row, o] = unknowns.at(i);
            if (g.truth.at(row).at(o) + d[i] < 0)
                possible = false;
            rowChange[row] += d[i];
            columnChange[o] += d[i];
            grand += d[i];
        }
        for (int row = 1; possible && row < groups; ++row)
            possible = rowChange[row] == 0 || !published(row, options);
        for (int o = 0; possible && o < options; ++o)
            possible = columnChange[o] == 0 || !published(0, o);
        possible = possible && (grand == 0 || !published(0, options));
        if (!possible)
            continue;
        for (int i = 0; i < n; ++i) {
            if (d[i] != 0)
                moves[unknowns.at(i).first][unknowns.at(i).second] = true;
        }
        for (int row = 1; row < groups; ++row)
            moves[row][options] = moves[row][options] || rowChange[row] != 0;
        for (int o = 0; o < options; ++o)
            moves[0][o] = moves[0][o] || columnChange[o] != 0;
        moves[0][options] = moves[0][options] || grand != 0;
    }
    QStringList found;
    for (int row = 0; row < groups; ++row) {
        for (int column = 0; column <= options; ++column) {
            if (!published(row, column) && g.truth.at(row).at(column) < k && !moves[row][column])
                found << QStringLiteral("%1: cell (%2,%3), true %4, has one possible value given "
                                        "the published cells and counts being non-negative")
                             .arg(where)
                             .arg(row)
                             .arg(column)
                             .arg(g.truth.at(row).at(column));
        }
    }
    return found;
}

QString tableKey(const QJsonObject &t)
{
    return t.value(QLatin1StringView("quarter")).toString() + u'/'
        + t.value(QLatin1StringView("question_id")).toString();
}

std::optional<int> cellValue(const QJsonValue &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

/** Everything the admin's report must be, compared with the test's own counts; problems as text.
 *  The report holds every ended quarter's tables, or only `onlyQuarter`'s when it was asked for
 *  one. The tally counts the cells of the previous quarter. */
QStringList checkAdminReport(const QJsonObject &report, const Scenario &s, const Expected &e,
    Tally *tally, const QString &onlyQuarter = {})
{
    QStringList problems;
    if (report.value(QLatin1StringView("k")).toInt() != k)
        problems << QStringLiteral("k is not %1").arg(k);
    // Groups: the municipality, then every team by name.
    QJsonArray groups {
        QJsonObject {{QStringLiteral("id"), municipality}, {QStringLiteral("name"), QString()}}};
    QStringList groupIds {municipality};
    for (const auto &[id, name] : s.teams) {
        groups.append(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
        groupIds << id;
    }
    if (report.value(QLatin1StringView("groups")).toArray() != groups)
        problems << QStringLiteral("groups: ")
                + QString::fromUtf8(
                    QJsonDocument(report.value(QLatin1StringView("groups")).toArray()).toJson());

    // Tables: exactly the expected ones, newest quarter first, then the set's question order.
    QStringList wantedKeys;
    for (auto qt = e.cbegin(); qt != e.cend(); ++qt) {
        if (!onlyQuarter.isEmpty() && qt.key() != onlyQuarter)
            continue;
        for (const QuestionSpec &q : questions) {
            if (qt.value().contains(QString::fromLatin1(q.id)))
                wantedKeys << qt.key() + u'/' + QString::fromLatin1(q.id);
        }
    }
    std::stable_sort(wantedKeys.begin(), wantedKeys.end(),
        [](const QString &a, const QString &b) { return a.left(7) > b.left(7); });
    QStringList gotKeys;
    const QJsonArray tables = report.value(QLatin1StringView("tables")).toArray();
    for (const QJsonValue &tv : tables)
        gotKeys << tableKey(tv.toObject());
    if (gotKeys != wantedKeys)
        problems << QStringLiteral("tables %1, expected %2")
                        .arg(gotKeys.join(u' '), wantedKeys.join(u' '));

    for (const QJsonValue &tv : tables) {
        const QJsonObject t = tv.toObject();
        const QString key = tableKey(t);
        const QString quarter = t.value(QLatin1StringView("quarter")).toString();
        const QString questionId = t.value(QLatin1StringView("question_id")).toString();
        const QuestionSpec *spec = questionSpec(questionId);
        if (t.value(QLatin1StringView("question_set_id")).toString() != r::wordsSet || !spec
            || !e.contains(quarter) || !e.value(quarter).contains(questionId)) {
            problems << key + QStringLiteral(": not a table the test expects");
            continue;
        }
        if (quarter == s.current.name())
            problems << key + QStringLiteral(": the running quarter is counted");
        if (t.value(QLatin1StringView("kind")).toString() != QLatin1StringView(spec->kindName))
            problems << key + QStringLiteral(": kind ")
                    + t.value(QLatin1StringView("kind")).toString();
        const QStringList options = optionsOf(spec->kind);
        QStringList gotOptions;
        for (const QJsonValue &o : t.value(QLatin1StringView("options")).toArray())
            gotOptions << o.toString();
        if (gotOptions != options) {
            problems << key + QStringLiteral(": options ") + gotOptions.join(u',');
            continue;
        }
        const Counts &c = e.value(quarter).value(questionId);
        const QJsonArray rows = t.value(QLatin1StringView("rows")).toArray();
        QStringList rowGroups;
        for (const QJsonValue &rv : rows)
            rowGroups << rv.toObject().value(QLatin1StringView("group")).toString();
        if (rowGroups != groupIds) {
            problems << key + QStringLiteral(": rows ") + rowGroups.join(u',');
            continue;
        }
        Grid grid;
        for (const QJsonValue &rv : rows) {
            const QJsonObject row = rv.toObject();
            const QString group = row.value(QLatin1StringView("group")).toString();
            const QJsonArray counts = row.value(QLatin1StringView("counts")).toArray();
            if (counts.size() != options.size()) {
                problems << key + u' ' + group + QStringLiteral(": wrong number of counts");
                break;
            }
            QList<std::optional<int>> shown;
            QList<int> truth;
            for (int o = 0; o <= options.size(); ++o) {
                const bool total = o == options.size();
                const QJsonValue v
                    = total ? row.value(QLatin1StringView("children")) : counts.at(o);
                const int want = total ? childrenOf(c, group) : countOf(c, group, options.at(o));
                const QString where
                    = QStringLiteral("%1 %2 %3")
                          .arg(key, s.teamName(group).isEmpty() ? group : s.teamName(group),
                              total ? QStringLiteral("children") : options.at(o));
                if (!v.isNull() && !v.isDouble())
                    problems << where + QStringLiteral(": neither a number nor null");
                else if (!v.isNull() && v.toInt() != want)
                    problems << QStringLiteral("%1: published %2, the children's count is %3")
                                    .arg(where)
                                    .arg(v.toInt())
                                    .arg(want);
                else if (!v.isNull() && want < k)
                    problems
                        << QStringLiteral("%1: %2 is under k and published").arg(where).arg(want);
                shown << cellValue(v);
                truth << want;
                if (quarter == s.previous.name()) {
                    ++tally->cells;
                    if (v.isNull()) {
                        ++tally->withheld;
                        tally->secondary += want >= k ? 1 : 0;
                    }
                }
            }
            grid.shown << shown;
            grid.truth << truth;
        }
        if (grid.shown.size() == rows.size())
            problems << attacks(grid, key) << pinned(grid, key);
    }
    return problems;
}

/** Nothing a child wrote and nothing that names a child, in a body the reader gets. */
QStringList leaks(const QByteArray &body, const Scenario &s)
{
    QStringList out;
    for (const QString &w : s.words) {
        if (body.contains(w.toUtf8()))
            out << QStringLiteral("a child's words: ") + w;
    }
    for (const QString &x : s.secrets) {
        if (body.contains(x.toUtf8()))
            out << QStringLiteral("an identifying value: ") + x;
    }
    return out;
}

QString joined(const QStringList &problems)
{
    return problems.mid(0, 25).join(u'\n')
        + (problems.size() > 25 ? QStringLiteral("\n… %1 more").arg(problems.size() - 25)
                                : QString());
}

HttpResponse get(Device &d, const QString &pathAndQuery)
{
    return d.http->send("GET", pathAndQuery, {}, d.auth());
}

QString filter(const QString &setId, const QString &quarter)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("question_set_id"), setId);
    q.addQueryItem(QStringLiteral("quarter"), quarter);
    return aggregates + u'?' + q.toString(QUrl::FullyEncoded);
}

// ---------------------------------------------------------------------------------------------
// A browser for /barnens-svar over plain HTTP: keeps the cookies itself, follows no redirect.

struct WebAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray contentType;
    QByteArray contentDisposition;
    QList<QNetworkCookie> setCookies;

    bool sets(const QByteArray &name) const
    {
        return std::any_of(setCookies.cbegin(), setCookies.cend(),
            [&](const QNetworkCookie &c) { return c.name() == name && !c.value().isEmpty(); });
    }
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + ' ' + body.left(400);
    }
};

class Browser
{
public:
    explicit Browser(const QUrl &base)
        : m_base(base)
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    WebAnswer get(const QString &pathAndQuery) { return send("GET", pathAndQuery, {}); }
    WebAnswer post(const QString &path, const QList<std::pair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &[name, value] : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return send("POST", path, body);
    }
    QByteArray cookie(const QByteArray &name) const { return m_cookies.value(name); }

    /** GET the form, then POST it with the token of the login cookie. */
    WebAnswer signIn(const QString &username, const QString &password)
    {
        const WebAnswer form = get(QStringLiteral("/barnens-svar"));
        if (form.status != 200 || cookie("barntid_admin_login").isEmpty())
            return form;
        return post(QStringLiteral("/barnens-svar/logga-in"),
            {{QStringLiteral("token"), QString::fromLatin1(cookie("barntid_admin_login"))},
                {QStringLiteral("anvandarnamn"), username},
                {QStringLiteral("losenord"), password}});
    }

private:
    WebAnswer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QByteArrayList cookies;
        for (auto it = m_cookies.cbegin(); it != m_cookies.cend(); ++it)
            cookies << it.key() + '=' + it.value();
        if (!cookies.isEmpty())
            request.setRawHeader("Cookie", cookies.join("; "));
        if (method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply
            = method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method, body);
        if (!reply->isFinished()) {
            QEventLoop loop;
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
            timer.start(60'000);
            loop.exec();
        }
        WebAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.location = reply->rawHeader("Location");
        a.contentType = reply->rawHeader("Content-Type");
        a.contentDisposition = reply->rawHeader("Content-Disposition");
        a.setCookies
            = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        reply->deleteLater();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QNetworkCookie &c : std::as_const(a.setCookies)) {
            if (c.value().isEmpty() || (c.expirationDate().isValid() && c.expirationDate() <= now))
                m_cookies.remove(c.name());
            else
                m_cookies.insert(c.name(), c.value());
        }
        return a;
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QMap<QByteArray, QByteArray> m_cookies;
};

} // namespace

class TestServerAggregates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void adminReadsEveryTeamWithSmallCountsWithheld();
    void supervisorsReadTheirTeamOthersNothing();
    void adminPageShowsAndDownloadsTheFigures();
    void staffPagesAnswerEveryAddressAlike();

private:
    /** Backdates the demo accounts (a finished answer may not predate its author), starts the
     *  server and has the workers record the children's answers. Empty on success. */
    QString populate(ServerFixture &f, Scenario &s);
};

QString TestServerAggregates::populate(ServerFixture &f, Scenario &s)
{
    f.db().rows(QStringLiteral("UPDATE users SET created_at = ?"),
        {QStringLiteral("2020-01-01T00:00:00.000Z")});
    if (!f.db().lastError().isEmpty())
        return f.db().lastError();
    if (!f.start())
        return f.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.current = quarterOf(now);
    s.previous = s.current.previous();
    s.older = s.previous.previous();
    for (const QVariantList &row : f.db().rows(QStringLiteral("SELECT id, name FROM teams")))
        s.teams.append({row.at(0).toString(), row.at(1).toString()});
    std::sort(s.teams.begin(), s.teams.end(),
        [](const auto &a, const auto &b) { return a.second < b.second; });

    int serial = 0;
    const auto newWords = [&] {
        // Commas, quotes and markup, so that an escaped copy would show too: the mark is what
        // is searched for.
        const QString mark = QStringLiteral("ordhemlis%1x").arg(++serial, 3, 10, QChar(u'0'));
        s.words << mark;
        return mark + QStringLiteral(": jag vill bo kvar, \"tack\" & <hej>");
    };
    // The design value as pushed: words for a written answer.
    const auto pushedValue = [&](const QString &v) { return v == answered ? newWords() : v; };
    // Another answer than v, for an earlier or a later time: never the same option.
    const auto otherValue = [&](Kind kind, const QString &v) -> QString {
        switch (kind) {
        case Kind::Smiley:
            return v.isEmpty()  ? QStringLiteral("2")
                : v == declined ? QStringLiteral("3")
                : v == u"1"     ? QStringLiteral("5")
                                : QStringLiteral("1");
        case Kind::Choice:
            return v == u"nobody" ? QStringLiteral("friend") : QStringLiteral("nobody");
        case Kind::Text:
            return v == answered ? declined : newWords();
        }
        return {};
    };

    struct Plan
    {
        const char *team;
        QStringList workers;
        int children;
        const Design *design;
    };
    const Plan plans[] = {
        {"norr", {QStringLiteral("worker1"), QStringLiteral("worker2"), QStringLiteral("worker3")},
            45, &norrDesign},
        {"syd", {QStringLiteral("worker4")}, 12, &sydDesign}};
    QMap<QString, QList<QJsonObject>> setup, answers; // by worker
    const auto respond
        = [&](const QString &worker, const QString &teamId, const QString &visitId,
              const QString &caseId, const QJsonObject &given, std::optional<QDateTime> at) {
              QJsonObject data = r::surveyResponse(visitId, caseId, given, bool(at));
              if (at)
                  data.insert(QStringLiteral("completed_at"), barntid::toRfc3339(*at));
              const QString id = barntid::newId();
              s.secrets << id;
              answers[worker] << r::upsert(QStringLiteral("survey_response"), id, data);
              s.pushed << Pushed {caseId, teamId, at, given};
          };

    for (const Plan &plan : plans) {
        const QString team = QString::fromLatin1(plan.team);
        QString teamId;
        for (const auto &[id, name] : s.teams) {
            if (name == team)
                teamId = id;
        }
        if (teamId.isEmpty())
            return QStringLiteral("the demo has no team ") + team;
        for (int qi = 0; qi < questionCount; ++qi) {
            int sum = 0;
            for (const Share &sh : plan.design->at(qi))
                sum += sh.count;
            if (sum != plan.children)
                return QStringLiteral("the design of %1/%2 has %3 children, not %4")
                    .arg(team, QString::fromLatin1(questions[qi].id))
                    .arg(sum)
                    .arg(plan.children);
        }
        const int n = plan.children;
        for (int i = 0; i < n; ++i) {
            const QString worker = plan.workers.at(i % plan.workers.size());
            const QString caseId = barntid::newId(), visitId = barntid::newId();
            const QString number = QStringLiteral("SVAR-%1-%2").arg(team).arg(i);
            const QString child = QStringLiteral("Svarbarn%1%2 K.").arg(team).arg(i);
            QJsonObject caseData = r::caseData(number);
            caseData.insert(QStringLiteral("child_name"), child);
            s.secrets << caseId << visitId << number << child;
            setup[worker] << r::upsert(QStringLiteral("case"), caseId, caseData)
                          << r::upsert(QStringLiteral("visit"), visitId,
                                 r::visit(caseId, QStringLiteral("Besök för barnets svar")));

            // The latest answer in the previous quarter, by design. The first child answered
            // twenty minutes into the quarter, Stockholm time: still the quarter before in UTC.
            QStringList designedValues;
            QJsonObject latest;
            for (int qi = 0; qi < questionCount; ++qi) {
                designedValues << designed(*plan.design, n, i, qi, 7, 5);
                if (!designedValues.last().isEmpty())
                    latest.insert(
                        QString::fromLatin1(questions[qi].id), pushedValue(designedValues.last()));
            }
            const QDateTime latestAt = i == 0
                ? local(s.previous.first(), 0, 20)
                : local(s.previous.first().addMonths(1).addDays(9 + i % 15), 8 + i % 9, i * 7 % 60);

            // Some children answered earlier the same quarter, otherwise (every question, also
            // one they then left out): only the latest counts, whatever order it arrives in.
            const bool twice = team == u"norr" ? i % 9 == 4 : i % 5 == 2;
            std::optional<std::pair<QJsonObject, QDateTime>> earlier;
            if (twice) {
                QJsonObject before;
                for (int qi = 0; qi < questionCount; ++qi)
                    before.insert(QString::fromLatin1(questions[qi].id),
                        otherValue(questions[qi].kind, designedValues.at(qi)));
                earlier = {before, local(s.previous.first().addDays(2 + i % 5), 9, i % 60)};
            }
            QString earlierVisit = visitId;
            if (twice && i % 2 == 0) { // on a visit of its own
                earlierVisit = barntid::newId();
                s.secrets << earlierVisit;
                setup[worker] << r::upsert(QStringLiteral("visit"), earlierVisit,
                    r::visit(caseId, QStringLiteral("Ett tidigare besök")));
            }
            const bool latestFirst = twice && (i / 2) % 2 == 0;
            if (earlier && !latestFirst)
                respond(worker, teamId, earlierVisit, caseId, earlier->first, earlier->second);
            respond(worker, teamId, visitId, caseId, latest, latestAt);
            if (earlier && latestFirst)
                respond(worker, teamId, earlierVisit, caseId, earlier->first, earlier->second);

            // The quarter before: its own table, the same child counted there too.
            if (i % 7 == 3) {
                QJsonObject old;
                for (int qi = 0; qi < questionCount; ++qi) {
                    const QString v = designed(*plan.design, n, i, qi, 11, 3);
                    if (!v.isEmpty())
                        old.insert(QString::fromLatin1(questions[qi].id), pushedValue(v));
                }
                respond(worker, teamId, visitId, caseId, old,
                    local(s.older.first().addMonths(1).addDays(14), 10, i % 60));
            }

            // The running quarter: later than everything above, counted nowhere yet. One twenty
            // minutes into it, Stockholm time (the quarter before in UTC).
            if (i % 4 == 1) {
                QJsonObject running;
                for (int qi = 0; qi < questionCount; ++qi)
                    running.insert(QString::fromLatin1(questions[qi].id),
                        otherValue(questions[qi].kind, designedValues.at(qi)));
                const QDateTime start = local(s.current.first(), 0, 20);
                const QDateTime at = i == 1 && start < now.addSecs(-120)
                    ? start
                    : std::max(
                        local(s.current.first(), 0, 0).addSecs(60), now.addSecs(-60 * (i + 2)));
                respond(worker, teamId, visitId, caseId, running, at);
            }

            // Unfinished: the child stopped before "Klar".
            if (i % 6 == 2) {
                QJsonObject open {{QStringLiteral("home"), QStringLiteral("1")},
                    {QStringLiteral("talk_to"), QStringLiteral("nobody")},
                    {QStringLiteral("tell_worker"), newWords()}};
                respond(worker, teamId, visitId, caseId, open, std::nullopt);
            }
        }
    }

    for (const QString &worker : setup.keys()) {
        Device &d = f.device(worker);
        if (!d.isValid())
            return QString::fromUtf8(d.login.describe());
        for (const QList<QJsonObject> &batch : {setup.value(worker), answers.value(worker)}) {
            const HttpResponse push = d.push(batch);
            const QStringList got = outcomes(push);
            if (push.status != 200 || got.size() != batch.size()
                || got.count(applied) != batch.size())
                return QStringLiteral("%1's push: %2 %3")
                    .arg(worker, QString::fromUtf8(push.describe()), got.join(u' '));
        }
    }
    return {};
}

void TestServerAggregates::adminReadsEveryTeamWithSmallCountsWithheld()
{
    ServerFixture f(currentBackend());
    Scenario s;
    const QString problem = populate(f, s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Expected e = expect(s);

    // The test's own data holds what the rules are about.
    QVERIFY(e.contains(s.previous.name()) && e.contains(s.older.name()));
    QVERIFY(!e.contains(s.current.name()));
    bool big = false, small = false, zero = false, single = false;
    const QMap<QString, Counts> previousCounts = e.value(s.previous.name());
    for (auto it = previousCounts.cbegin(); it != previousCounts.cend(); ++it) {
        const QuestionSpec *spec = questionSpec(it.key());
        if (spec == nullptr)
            QFAIL(qPrintable(it.key() + QStringLiteral(": a question the test does not know")));
        const QStringList options = optionsOf(spec->kind);
        for (const auto &team : s.teams) {
            int under = 0;
            for (const QString &o : options) {
                const int v = countOf(it.value(), team.first, o);
                big = big || v >= k;
                small = small || (v > 0 && v < k);
                zero = zero || v == 0;
                under += v < k ? 1 : 0;
            }
            single = single || under == 1;
        }
    }
    QVERIFY2(big && small && zero && single, "the test data lacks a kind of cell");

    Device &admin = f.device(QStringLiteral("admin"));
    QVERIFY2(admin.isValid(), admin.login.describe());
    const HttpResponse all = get(admin, aggregates);
    QVERIFY2(all.status == 200, all.describe());
    QVERIFY(all.contentType.startsWith("application/json"));
    Tally tally;
    const QStringList problems = checkAdminReport(all.json(), s, e, &tally);
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    QVERIFY2(tally.withheld < tally.cells, "nothing is published");
    const QStringList leaked = leaks(all.body, s);
    QVERIFY2(leaked.isEmpty(), qPrintable(joined(leaked)));
    QVERIFY(!all.body.contains(s.current.name().toUtf8()));

    // The filters give the same tables, only those.
    const HttpResponse previous = get(admin, filter(r::wordsSet, s.previous.name()));
    QVERIFY2(previous.status == 200, previous.describe());
    Tally ignored;
    const QStringList filtered
        = checkAdminReport(previous.json(), s, e, &ignored, s.previous.name());
    QVERIFY2(filtered.isEmpty(), qPrintable(joined(filtered)));
    QJsonArray previousTables;
    for (const QJsonValue &t : all.json().value(QLatin1StringView("tables")).toArray()) {
        if (t.toObject().value(QLatin1StringView("quarter")).toString() == s.previous.name())
            previousTables.append(t);
    }
    QCOMPARE(previous.json().value(QLatin1StringView("tables")).toArray(), previousTables);
    const HttpResponse running = get(admin, filter(r::wordsSet, s.current.name()));
    QVERIFY2(running.status == 200, running.describe());
    QCOMPARE(running.json().value(QLatin1StringView("tables")).toArray(), QJsonArray());
    const HttpResponse otherSet = get(admin, filter(barntid::newId(), s.previous.name()));
    QVERIFY2(otherSet.status == 200, otherSet.describe());
    QCOMPARE(otherSet.json().value(QLatin1StringView("tables")).toArray(), QJsonArray());

    qInfo("%s: %d cells of quarter %s, %d withheld, %d of them secondarily (true count >= %d)",
        currentBackend() == Backend::Postgres ? "postgresql" : "sqlite", tally.cells,
        qPrintable(s.previous.name()), tally.withheld, tally.secondary, k);

    // The read is in the audit log.
    QVERIFY(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'read' AND "
                                         "entity = 'survey_aggregates' AND user_id = ? AND "
                                         "device_id = ? AND outcome = 'listed:json'"),
                {admin.userId(), admin.deviceId})
        >= 4);

    // A late answer of the previous quarter reaches the server: the next read counts it (the
    // server keeps the worked-out figures only while nothing they depend on has changed).
    QString sydId;
    for (const auto &[id, name] : s.teams) {
        if (name == u"syd")
            sydId = id;
    }
    Device &w4 = f.device(QStringLiteral("worker4"));
    QVERIFY2(w4.isValid(), w4.login.describe());
    const QString caseId = barntid::newId(), visitId = barntid::newId();
    const QString number = QStringLiteral("SVAR-sent");
    QCOMPARE(outcomes(w4.push({r::upsert(QStringLiteral("case"), caseId, r::caseData(number)),
                 r::upsert(QStringLiteral("visit"), visitId,
                     r::visit(caseId, QStringLiteral("Ett sent besök")))})),
        (QStringList {applied, applied}));
    QJsonObject given;
    for (int qi = 0; qi < questionCount; ++qi)
        given.insert(QString::fromLatin1(questions[qi].id), declined);
    const QDateTime late = local(s.previous.first().addMonths(2).addDays(20), 12, 0);
    QJsonObject data = r::surveyResponse(visitId, caseId, given, true);
    data.insert(QStringLiteral("completed_at"), barntid::toRfc3339(late));
    QCOMPARE(
        outcomes(w4.push({r::upsert(QStringLiteral("survey_response"), barntid::newId(), data)})),
        QStringList {applied});
    s.pushed << Pushed {caseId, sydId, late, given};
    s.secrets << caseId << visitId << number;
    const HttpResponse again = get(admin, aggregates);
    QVERIFY2(again.status == 200, again.describe());
    QVERIFY(again.body != all.body);
    Tally later;
    const QStringList recounted = checkAdminReport(again.json(), s, expect(s), &later);
    QVERIFY2(recounted.isEmpty(), qPrintable(joined(recounted)));
}

void TestServerAggregates::supervisorsReadTheirTeamOthersNothing()
{
    ServerFixture f(currentBackend());
    Scenario s;
    const QString problem = populate(f, s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Device &admin = f.device(QStringLiteral("admin"));
    const HttpResponse full = get(admin, aggregates);
    QVERIFY2(full.status == 200, full.describe());
    const QJsonObject adminReport = full.json();
    QVERIFY(!adminReport.value(QLatin1StringView("tables")).toArray().isEmpty());

    for (const auto &[account, team] :
        {std::pair {"supervisor1", "norr"}, std::pair {"supervisor2", "syd"}}) {
        QString teamId;
        for (const auto &[id, name] : s.teams) {
            if (name == QLatin1StringView(team))
                teamId = id;
        }
        Device &d = f.device(QString::fromLatin1(account));
        QVERIFY2(d.isValid(), d.login.describe());
        const HttpResponse answer = get(d, aggregates);
        QVERIFY2(answer.status == 200, answer.describe());
        const QJsonObject report = answer.json();
        QCOMPARE(report.value(QLatin1StringView("groups")).toArray(),
            QJsonArray({QJsonObject {{QStringLiteral("id"), municipality},
                            {QStringLiteral("name"), QString()}},
                QJsonObject {{QStringLiteral("id"), teamId},
                    {QStringLiteral("name"), QString::fromLatin1(team)}}}));
        // The admin's tables with only the municipality's and the own team's rows.
        QJsonArray expected;
        for (const QJsonValue &tv : adminReport.value(QLatin1StringView("tables")).toArray()) {
            QJsonObject t = tv.toObject();
            QJsonArray rows;
            for (const QJsonValue &rv : t.value(QLatin1StringView("rows")).toArray()) {
                const QString group = rv.toObject().value(QLatin1StringView("group")).toString();
                if (group == municipality || group == teamId)
                    rows.append(rv);
            }
            t.insert(QStringLiteral("rows"), rows);
            expected.append(t);
        }
        QCOMPARE(report.value(QLatin1StringView("tables")).toArray(), expected);
        for (const auto &[otherId, otherName] : s.teams) {
            if (otherId != teamId)
                QVERIFY2(!answer.body.contains(otherId.toUtf8()), qPrintable(otherName));
        }
        const QStringList leaked = leaks(answer.body, s);
        QVERIFY2(leaked.isEmpty(), qPrintable(joined(leaked)));
    }

    // Nobody else reads them, and the refusal is audited.
    const QString audited = QStringLiteral(
        "SELECT COUNT(*) FROM audit WHERE action = 'read' AND entity = 'survey_aggregates' AND "
        "user_id = ? AND device_id = ? AND outcome = ?");
    for (const char *account : {"worker1", "worker4", "foster1"}) {
        Device &d = f.device(QString::fromLatin1(account));
        QVERIFY2(d.isValid(), d.login.describe());
        const HttpResponse answer = get(d, aggregates);
        QVERIFY2(answer.status == 403 && answer.hasEnvelope(), answer.describe());
        QCOMPARE(answer.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(f.db().number(audited, {d.userId(), d.deviceId, QStringLiteral("forbidden")}), 1);
    }
    QVERIFY(f.db().number(audited, {admin.userId(), admin.deviceId, QStringLiteral("listed:json")})
        >= 1);
    HttpClient anonymous(f.url());
    const HttpResponse noToken = anonymous.send("GET", aggregates);
    QVERIFY2(noToken.status == 401 && noToken.hasEnvelope(), noToken.describe());
    const HttpResponse badToken = anonymous.send("GET", aggregates, {}, HttpClient::bearer("nope"));
    QVERIFY2(badToken.status == 401, badToken.describe());

    // A filter that is not one: 400 invalid, for anyone allowed to ask.
    for (const QString &bad : {aggregates + QStringLiteral("?quarter=2026-Q5"),
             aggregates + QStringLiteral("?question_set_id=nope"),
             aggregates + QStringLiteral("?quarter=26-Q1"),
             aggregates + QStringLiteral("?quarter=2026-Q3%27%20OR%201%3D1")}) {
        const HttpResponse answer = get(admin, bad);
        QVERIFY2(answer.status == 400 && answer.hasEnvelope(), qPrintable(bad));
        QCOMPARE(answer.errorCode(), QStringLiteral("invalid"));
    }
    QCOMPARE(get(f.device(QStringLiteral("supervisor1")),
                 aggregates + QStringLiteral("?quarter=2026-Q5"))
                 .status,
        400);
    // Not a GET: refused, nothing counted.
    const HttpResponse post = admin.http->send("POST", aggregates, "{}", admin.auth());
    QVERIFY2(post.status == 405 || post.status == 400, post.describe());

    // A leaver reads nothing more, at once.
    Device &supervisor2 = f.device(QStringLiteral("supervisor2"));
    const CliRun disable = f.cli({QStringLiteral("user"), QStringLiteral("disable"),
        QStringLiteral("--username"), QStringLiteral("supervisor2")});
    QVERIFY2(disable.ok(), qPrintable(disable.describe()));
    const HttpResponse gone = get(supervisor2, aggregates);
    QVERIFY2(gone.status == 401 && gone.hasEnvelope(), gone.describe());
    QCOMPARE(gone.errorCode(), QStringLiteral("account_disabled"));
    QVERIFY(!gone.body.contains("tables"));
    QCOMPARE(f.db().number(audited,
                 {supervisor2.userId(), supervisor2.deviceId, QStringLiteral("account_disabled")}),
        1);
    // The other supervisor is untouched.
    QCOMPARE(get(f.device(QStringLiteral("supervisor1")), aggregates).status, 200);
}

void TestServerAggregates::adminPageShowsAndDownloadsTheFigures()
{
    ServerFixture f(currentBackend());
    Scenario s;
    const QString problem = populate(f, s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString previous = s.previous.name();

    Device &admin = f.device(QStringLiteral("admin"));
    const HttpResponse json = get(admin, filter(r::wordsSet, previous));
    QVERIFY2(json.status == 200, json.describe());
    const QJsonArray tables = json.json().value(QLatin1StringView("tables")).toArray();
    QCOMPARE(tables.size(), questionCount);
    // The wording, as the municipality keeps it in the set.
    const HttpResponse sets = get(admin, QStringLiteral("/v1/question-sets"));
    QVERIFY2(sets.status == 200, sets.describe());
    QString title;
    QHash<QString, QString> texts;
    for (const QJsonValue &v : sets.json().value(QLatin1StringView("question_sets")).toArray()) {
        const QJsonObject set = v.toObject();
        if (set.value(QLatin1StringView("id")).toString() != r::wordsSet)
            continue;
        title = set.value(QLatin1StringView("title"))
                    .toObject()
                    .value(QLatin1StringView("sv"))
                    .toString();
        for (const QJsonValue &q : set.value(QLatin1StringView("questions")).toArray())
            texts.insert(q.toObject().value(QLatin1StringView("id")).toString(),
                q.toObject()
                    .value(QLatin1StringView("text"))
                    .toObject()
                    .value(QLatin1StringView("sv"))
                    .toString());
    }
    QCOMPARE(texts.size(), questionCount);

    // Only the admin signs in; a supervisor gets the same neutral refusal as a wrong password.
    Browser supervisor(f.url());
    const WebAnswer refused = supervisor.signIn(QStringLiteral("supervisor1"), demoPassword);
    QVERIFY2(refused.status == 401, refused.describe());
    QVERIFY(!refused.sets("barntid_admin"));
    QVERIFY(supervisor.cookie("barntid_admin").isEmpty());
    Browser wrong(f.url());
    const WebAnswer mistyped = wrong.signIn(QStringLiteral("admin"), QStringLiteral("fel-losen"));
    QVERIFY2(mistyped.status == 401, mistyped.describe());
    static const QRegularExpression alert(QStringLiteral("<p class=\"error\"[^>]*>([^<]*)</p>"));
    const QString refusal = alert.match(QString::fromUtf8(refused.body)).captured(1);
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(alert.match(QString::fromUtf8(mistyped.body)).captured(1), refusal);
    QVERIFY(!refused.body.contains("tables") && !refused.body.contains("<table"));
    // The supervisor's own figures stay in the API: a web session is not opened for them.
    QCOMPARE(supervisor.get(QStringLiteral("/barnens-svar/barnens-svar.csv")).status / 100, 3);

    Browser browser(f.url());
    const WebAnswer signedIn = browser.signIn(QStringLiteral("admin"), demoPassword);
    QVERIFY2(signedIn.status == 303 || signedIn.status == 302, signedIn.describe());
    QVERIFY2(signedIn.location.endsWith("/barnens-svar"), signedIn.location.constData());
    QVERIFY(signedIn.sets("barntid_admin"));
    QVERIFY(!browser.cookie("barntid_admin").isEmpty());

    // The page of the previous quarter: the set's questions, the same cells as the JSON.
    QUrlQuery choice;
    choice.addQueryItem(QStringLiteral("formular"), r::wordsSet);
    choice.addQueryItem(QStringLiteral("kvartal"), previous);
    const WebAnswer page
        = browser.get(QStringLiteral("/barnens-svar?") + choice.toString(QUrl::FullyEncoded));
    QVERIFY2(page.status == 200, page.describe());
    QVERIFY(page.contentType.startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY2(html.contains(title.toHtmlEscaped()), qPrintable(title));
    for (const QString &text : std::as_const(texts))
        QVERIFY2(html.contains(text.toHtmlEscaped()), qPrintable(text));
    QVERIFY(html.contains(QStringLiteral("visas inte")));
    QList<std::optional<int>> shownCells;
    static const QRegularExpression td(QStringLiteral("<td( class=\"withheld\")?>([^<]*)</td>"));
    for (auto it = td.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            QCOMPARE(m.captured(2), QStringLiteral("visas inte"));
            shownCells << std::nullopt;
        } else {
            bool number = false;
            shownCells << m.captured(2).toInt(&number);
            QVERIFY2(number, qPrintable(m.captured(0)));
        }
    }
    QList<std::optional<int>> jsonCells;
    int nulls = 0;
    for (const QJsonValue &tv : tables) {
        const QJsonObject t = tv.toObject();
        const QJsonArray rows = t.value(QLatin1StringView("rows")).toArray();
        const int options = int(t.value(QLatin1StringView("options")).toArray().size());
        for (int o = 0; o <= options; ++o) {
            for (const QJsonValue &rv : rows) {
                const QJsonObject row = rv.toObject();
                const QJsonValue v = o == options
                    ? row.value(QLatin1StringView("children"))
                    : row.value(QLatin1StringView("counts")).toArray().at(o);
                jsonCells << cellValue(v);
                nulls += v.isNull() ? 1 : 0;
            }
        }
    }
    QVERIFY(nulls > 0);
    QCOMPARE(shownCells, jsonCells);
    const QStringList pageLeaks = leaks(page.body, s);
    QVERIFY2(pageLeaks.isEmpty(), qPrintable(joined(pageLeaks)));

    // The CSV of the same choice: one line per cell, the same numbers.
    const WebAnswer csv = browser.get(
        QStringLiteral("/barnens-svar/barnens-svar.csv?") + choice.toString(QUrl::FullyEncoded));
    QVERIFY2(csv.status == 200, csv.describe());
    QVERIFY2(csv.contentType.startsWith("text/csv"), csv.contentType.constData());
    QVERIFY2(csv.contentDisposition.startsWith("attachment"), csv.contentDisposition.constData());
    QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));
    const QStringList csvLeaks = leaks(csv.body, s);
    QVERIFY2(csvLeaks.isEmpty(), qPrintable(joined(csvLeaks)));
    const QList<QStringList> lines = parseCsv(QString::fromUtf8(csv.body.mid(3)));
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(),
        QStringList({QStringLiteral("Kvartal"), QStringLiteral("Frågeformulär"),
            QStringLiteral("Fråga"), QStringLiteral("Grupp"), QStringLiteral("Svar"),
            QStringLiteral("Antal barn"), QStringLiteral("Anmärkning")}));
    int line = 1;
    for (const QJsonValue &tv : tables) {
        const QJsonObject t = tv.toObject();
        const QString questionId = t.value(QLatin1StringView("question_id")).toString();
        const QJsonArray options = t.value(QLatin1StringView("options")).toArray();
        for (const QJsonValue &rv : t.value(QLatin1StringView("rows")).toArray()) {
            const QJsonObject row = rv.toObject();
            const QString group = row.value(QLatin1StringView("group")).toString();
            for (int o = -1; o < options.size(); ++o) {
                QVERIFY2(line < lines.size(), "the CSV ends early");
                const QStringList &cells = lines.at(line++);
                const QString where = QStringLiteral("CSV line %1: ").arg(line) + cells.join(u',');
                QVERIFY2(cells.size() == 7, qPrintable(where));
                QVERIFY2(cells.at(0) == previous, qPrintable(where));
                QVERIFY2(cells.at(1) == title, qPrintable(where));
                QVERIFY2(cells.at(2) == texts.value(questionId), qPrintable(where));
                QVERIFY2(group == municipality ? cells.at(3) == QStringLiteral("Hela kommunen")
                                               : cells.at(3).contains(s.teamName(group)),
                    qPrintable(where));
                QVERIFY2(
                    o >= 0 || cells.at(4) == QStringLiteral("Alla som svarade"), qPrintable(where));
                QVERIFY2(!cells.at(4).isEmpty(), qPrintable(where));
                const QJsonValue v = o < 0 ? row.value(QLatin1StringView("children"))
                                           : row.value(QLatin1StringView("counts")).toArray().at(o);
                if (v.isNull())
                    QVERIFY2(cells.at(5).isEmpty() && !cells.at(6).isEmpty(), qPrintable(where));
                else
                    QVERIFY2(cells.at(5) == QString::number(v.toInt()) && cells.at(6).isEmpty(),
                        qPrintable(where));
            }
        }
    }
    QCOMPARE(line, lines.size());

    // Both reads are audited as the admin's, by their format.
    const QString audited
        = QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'read' AND entity = "
                         "'survey_aggregates' AND user_id = ? AND outcome = ?");
    QVERIFY(f.db().number(audited, {admin.userId(), QStringLiteral("listed:html")}) >= 1);
    QVERIFY(f.db().number(audited, {admin.userId(), QStringLiteral("listed:csv")}) >= 1);

    // Without a session: to the sign-in, no figures.
    Browser stranger(f.url());
    const WebAnswer away = stranger.get(
        QStringLiteral("/barnens-svar/barnens-svar.csv?") + choice.toString(QUrl::FullyEncoded));
    QVERIFY2(away.status == 303 || away.status == 302, away.describe());
    QVERIFY2(away.location.endsWith("/barnens-svar"), away.location.constData());
    QVERIFY(!away.body.contains("Kvartal"));
    const WebAnswer form
        = stranger.get(QStringLiteral("/barnens-svar?") + choice.toString(QUrl::FullyEncoded));
    QCOMPARE(form.status, 200);
    QVERIFY(!form.body.contains("<table"));
}

// /barnens-svar and /loggkontroll share their addresses (WebSignIn::route): each is checked as a
// stranger's browser meets it, nothing signed in.
void TestServerAggregates::staffPagesAnswerEveryAddressAlike()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    for (const QString &base : {QStringLiteral("/barnens-svar"), QStringLiteral("/loggkontroll")}) {
        Browser stranger(f.url());
        const WebAnswer css = stranger.get(base + QStringLiteral("/stil.css"));
        QCOMPARE(css.status, 200);
        QVERIFY2(css.contentType.startsWith("text/css"), css.contentType.constData());
        QVERIFY(css.body.contains("body"));
        const WebAnswer form = stranger.get(base);
        QCOMPARE(form.status, 200);
        QVERIFY2(form.body.contains("logga-in"), form.describe());
        QCOMPARE(form.setCookies.size(), 1); // the sign-in form's token, no session
        for (const QString &csv : {base + QStringLiteral("/barnens-svar.csv"),
                 base + QStringLiteral("/loggkontroll.csv")}) {
            const WebAnswer answer = stranger.get(csv);
            // Its own CSV sends a stranger to the sign-in; the other page's is no address here.
            if (csv.endsWith(base.mid(1) + QStringLiteral(".csv"))) {
                QVERIFY2(answer.status == 303 || answer.status == 302, answer.describe());
                QVERIFY2(answer.location.endsWith(base.toLatin1()), answer.location.constData());
            } else {
                QVERIFY2(answer.status == 404, qPrintable(csv + u' ' + answer.describe()));
            }
            QVERIFY(!answer.body.contains("<table"));
        }
        const WebAnswer out = stranger.post(base + QStringLiteral("/logga-ut"), {});
        QVERIFY2(out.status == 303 || out.status == 302, out.describe());
        // Known addresses asked the wrong way, and unknown ones: a page in words, no sign-in.
        for (const auto &[method, path, status] : {std::tuple {"POST", base, 405},
                 std::tuple {"GET", base + QStringLiteral("/logga-in"), 405},
                 std::tuple {"GET", base + QStringLiteral("/logga-ut"), 405},
                 std::tuple {"POST", base + QStringLiteral("/stil.css"), 405},
                 std::tuple {"GET", base + QStringLiteral("/finns-inte"), 404}}) {
            const WebAnswer answer
                = qstrcmp(method, "POST") == 0 ? stranger.post(path, {}) : stranger.get(path);
            QVERIFY2(answer.status == status, qPrintable(path + u' ' + answer.describe()));
            QVERIFY2(answer.contentType.startsWith("text/html"), answer.contentType.constData());
            QVERIFY(answer.body.contains(status == 404 ? "Sidan finns inte" : "Fel metod"));
            QVERIFY(!answer.body.contains("losenord"));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerAggregates)
#include "tst_serveraggregates.moc"
