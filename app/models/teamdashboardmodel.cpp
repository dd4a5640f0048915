// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamdashboardmodel.h"

#include "domain/clock.h"
#include "domain/timeentry.h"
#include "models/teamdashboardtext.h"
#include "store/statement.h"
#include "store/store.h"

#include <QCollator>

#include <algorithm>

namespace barntid {

TeamDashboardModel::TeamDashboardModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QHash<int, QByteArray> TeamDashboardModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {DisplayNameRole, "displayName"}, {IsTeamRole, "isTeam"},
        {ChildSecondsRole, "childSeconds"}, {RegisteredSecondsRole, "registeredSeconds"},
        {ShareRole, "share"}, {ShareTextRole, "shareText"}, {ChildTextRole, "childText"},
        {RegisteredTextRole, "registeredText"}, {HasTimeRole, "hasTime"},
        {DescriptionRole, "description"}};
}

QVariant TeamDashboardModel::value(const QString &key, int role) const
{
    const auto it = m_workers.constFind(key);
    if (it == m_workers.cend())
        return {};
    const WorkerTime &t = it->time;
    switch (role) {
    case UserIdRole:
        return key;
    case DisplayNameRole:
        return it->name;
    case IsTeamRole:
        return key == teamKey;
    case ChildSecondsRole:
        return t.childSeconds;
    case RegisteredSecondsRole:
        return t.registeredSeconds;
    case ShareRole:
        return t.share();
    case ShareTextRole:
        return TeamDashboardText::share(t);
    case ChildTextRole:
        return WeekText::duration(t.childSeconds);
    case RegisteredTextRole:
        return WeekText::duration(t.registeredSeconds);
    case HasTimeRole:
        return t.registeredSeconds > 0;
    case DescriptionRole:
        return TeamDashboardText::row(it->name, t);
    default:
        return {};
    }
}

QString TeamDashboardModel::periodKind() const
{
    return m_period.kind == Period::Kind::Month ? QStringLiteral("month") : QStringLiteral("week");
}

void TeamDashboardModel::setPeriodKind(const QString &kind)
{
    const Period::Kind k = kind == u"month" ? Period::Kind::Month : Period::Kind::Week;
    if (k == m_period.kind)
        return;
    // The month of the week shown, or the first week of the month shown.
    setPeriod(Period::containing(k, m_period.first));
}

QString TeamDashboardModel::periodLabel() const
{
    return TeamDashboardText::periodLabel(m_period);
}

void TeamDashboardModel::setPeriod(const Period &period)
{
    if (period == m_period)
        return;
    m_period = period;
    emit periodChanged();
    reload();
}

void TeamDashboardModel::previous()
{
    if (m_period.isValid())
        setPeriod(m_period.shifted(-1));
}

void TeamDashboardModel::next()
{
    if (m_period.isValid())
        setPeriod(m_period.shifted(1));
}

void TeamDashboardModel::showDay(const QString &isoDate)
{
    if (const auto day = parseIsoDate(isoDate))
        setPeriod(Period::containing(m_period.kind, *day));
}

QStringList TeamDashboardModel::watchedEntities() const
{
    // The figures, the attention lists' cases and homes, and the roster the sync engine keeps.
    return {QStringLiteral("child_time"), QStringLiteral("time_entry"), QStringLiteral("visit"),
        QStringLiteral("case"), QStringLiteral("foster_home"), TeamRoster::settingKey};
}

QStringList TeamDashboardModel::load(Store &store)
{
    if (!m_period.isValid()) {
        m_period
            = Period::containing(m_period.kind, store.clock().now().toTimeZone(stockholm()).date());
        emit periodChanged();
    }
    reset();
    const QList<TeamRoster::Member> roster
        = TeamRoster::parse(store.setting(TeamRoster::settingKey).toUtf8(), &m_teamName);
    const int count = m_period.kind == Period::Kind::Week ? trendWeeks : trendMonths;
    const Interval window {m_period.shifted(1 - count).interval().start, m_period.interval().end};
    // The supervisor's own time is not the team's barntid.
    const QString self = store.userId();
    m_rows = WeekData::rowsIn(store, window);
    m_rows.removeIf([&](const WeekRow &r) { return r.authorId.isEmpty() || r.authorId == self; });
    QList<TeamSpan> spans;
    for (const WeekRow &r : std::as_const(m_rows))
        spans.append({r.authorId, {r.startsAt, r.endsAt}, r.category, r.withChild});

    const QStringList keys = workerKeys(store, roster);
    m_figures = summarizeTeam(m_period, spans, keys);
    for (const QString &key : keys)
        m_workers[key].time = m_figures.workers.value(key);
    m_workers.insert(teamKey, {TeamDashboardText::wholeTeam(), m_figures.team});
    makeTrend(spans, keys);
    m_attention = TeamAttention::load(store, roster, store.clock().now());
    emit figuresChanged();
    return keys + QStringList {teamKey};
}

QStringList TeamDashboardModel::workerKeys(Store &store, const QList<TeamRoster::Member> &roster)
{
    // Everyone with time on the device, not only in the periods shown: without a roster (a
    // server before /v1/team) the rows still stay put from one period to the next.
    QSet<QString> authors;
    Statement &s = store.connection().cached(
        "SELECT author_id FROM child_times UNION SELECT author_id FROM time_entries "
        "UNION SELECT author_id FROM visits");
    while (s.step()) {
        if (const QString id = s.text(0); !id.isEmpty() && id != store.userId())
            authors.insert(id);
    }
    s.reset();
    for (const WeekRow &r : std::as_const(m_rows))
        authors.insert(r.authorId);
    for (const TeamRoster::Member &m : roster) {
        // Workers of the team, and anyone else whose records are in (a former worker's).
        const bool worker = m.role == u"social_worker" && m.active;
        if ((worker || authors.contains(m.id)) && m.id != store.userId())
            m_workers.insert(m.id, {m.displayName, {}});
    }
    QStringList unnamed;
    for (const QString &id : std::as_const(authors)) {
        if (!m_workers.contains(id))
            unnamed << id;
    }
    unnamed.sort();
    for (qsizetype i = 0; i < unnamed.size(); ++i)
        m_workers.insert(unnamed.at(i), {TeamDashboardText::unnamedWorker(int(i) + 1), {}});
    QStringList keys = m_workers.keys();
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const int c = collator.compare(m_workers.value(a).name, m_workers.value(b).name);
        return c != 0 ? c < 0 : a < b;
    });
    return keys;
}

void TeamDashboardModel::makeTrend(const QList<TeamSpan> &spans, const QStringList &keys)
{
    const int count = m_period.kind == Period::Kind::Week ? trendWeeks : trendMonths;
    const QList<TeamPeriod> periods = teamTrend(m_period, count, spans, keys);
    QList<WorkerTime> team;
    for (const TeamPeriod &p : periods) {
        m_ticks << TeamDashboardText::tick(p.period);
        team << p.team;
    }
    const auto values = [&](const QString &key) {
        QVariantList out;
        for (const TeamPeriod &p : periods) {
            const WorkerTime t = key == teamKey ? p.team : p.workers.value(key);
            out << (t.registeredSeconds > 0 ? t.share() : -1.0);
        }
        return out;
    };
    for (const QString &key : keys + QStringList {teamKey}) {
        m_trend << QVariantMap {{QStringLiteral("id"), key},
            {QStringLiteral("name"), m_workers.value(key).name},
            {QStringLiteral("isTeam"), key == teamKey}, {QStringLiteral("values"), values(key)}};
    }
    m_trendSummary = TeamDashboardText::trendSummary(periodKind(), m_ticks, team);
}

void TeamDashboardModel::clearRows()
{
    reset();
    emit figuresChanged();
}

void TeamDashboardModel::reset()
{
    m_rows.clear();
    m_workers.clear();
    m_figures = TeamPeriod {};
    m_teamName.clear();
    m_trend.clear();
    m_ticks.clear();
    m_trendSummary.clear();
    m_attention = TeamAttention {};
}

QVariantList TeamDashboardModel::categoriesOf(const QString &userId) const
{
    QVariantList out;
    const QMap<QString, qint64> seconds = m_workers.value(userId).time.categorySeconds;
    for (const QString &code : TimeEntry::categories()) {
        const qint64 s = seconds.value(code);
        if (s <= 0)
            continue;
        out << QVariantMap {{QStringLiteral("code"), code},
            {QStringLiteral("label"), WeekText::category(code)}, {QStringLiteral("seconds"), s},
            {QStringLiteral("text"), WeekText::duration(s)}};
    }
    return out;
}

QVariantList TeamDashboardModel::entries(const QString &userId, const QString &category) const
{
    QVariantList out;
    if (!m_period.isValid())
        return out;
    const Interval window = m_period.interval();
    for (const WeekRow &r : m_rows) {
        if ((userId != teamKey && r.authorId != userId)
            || (!category.isEmpty() && r.category != category) || r.endsAt <= window.start
            || r.startsAt >= window.end)
            continue;
        out << QVariantMap {{QStringLiteral("id"), r.id}, {QStringLiteral("category"), r.category},
            {QStringLiteral("categoryText"), WeekText::category(r.category)},
            {QStringLiteral("text"), r.note}, {QStringLiteral("withChild"), r.withChild},
            {QStringLiteral("workerName"), nameOf(r.authorId)},
            {QStringLiteral("timesText"), TeamDashboardText::entryTimes(r.startsAt, r.endsAt)},
            {QStringLiteral("durationText"),
                WeekText::duration(Interval {r.startsAt, r.endsAt}.seconds())}};
    }
    return out;
}

QString TeamDashboardModel::nameOf(const QString &userId) const
{
    return m_workers.value(userId).name;
}

} // namespace barntid
