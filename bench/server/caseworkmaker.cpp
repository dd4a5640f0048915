// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkmaker.h"

#include "domain/timeformat.h"

#include <QJsonArray>

#include <array>

namespace barntid::bench {

namespace {

const std::array<const char *, 10> sentences {
    "Barnet berättade om skolan och om kompisarna i klassen.",
    "Familjehemmet beskriver en lugn period med bättre sömn.",
    "Vi gick igenom vårdplanen och vad som ska följas upp.",
    "Umgänget med föräldrarna fungerar enligt överenskommelsen.",
    "Barnet visade sitt rum och ville prata om fritiden.",
    "Skolan har erbjudit extra stöd i matematik under terminen.",
    "Samtalet hölls delvis utan familjehemmets närvaro.",
    "Inga nya oroande uppgifter framkom vid besöket.",
    "Nästa besök planeras om ungefär en månad.",
    "Familjehemmet önskar mer handledning inför sommaren.",
};

const QStringList firstNames {QStringLiteral("Alva"), QStringLiteral("Hugo"),
    QStringLiteral("Elsa"), QStringLiteral("Omar"), QStringLiteral("Maja"), QStringLiteral("Liam"),
    QStringLiteral("Wilma"), QStringLiteral("Noah"), QStringLiteral("Ella"), QStringLiteral("Ali")};
const QStringList kinds {QStringLiteral("home"), QStringLiteral("home"),
    QStringLiteral("foster_home"), QStringLiteral("foster_home"), QStringLiteral("school"),
    QStringLiteral("office"), QStringLiteral("video")};
const QStringList presences {QStringLiteral("child_alone"), QStringLiteral("child_with_carers"),
    QStringLiteral("child_not_present")};
const QStringList categories {QStringLiteral("child_contact"), QStringLiteral("family_contact"),
    QStringLiteral("foster_home_contact"), QStringLiteral("documentation"),
    QStringLiteral("travel"), QStringLiteral("meetings"), QStringLiteral("training"),
    QStringLiteral("other")};
const QStringList contactKinds {QStringLiteral("visit"), QStringLiteral("phone"),
    QStringLiteral("video"), QStringLiteral("supervision"), QStringLiteral("training")};

QString stamp(const QDateTime &t)
{
    return toRfc3339(t.toTimeZone(stockholm()));
}

} // namespace

CaseworkMaker::CaseworkMaker(quint32 seed, int team, int worker)
    : m_random(seed ^ (quint32(team) * 7919u) ^ (quint32(worker) * 104729u))
    , m_team(team)
    , m_worker(worker)
{ }

QString CaseworkMaker::id(const QDateTime &at)
{
    // UUID v7: 48 bits of milliseconds, the version, then seeded randomness with the variant.
    const quint64 ms = quint64(at.toMSecsSinceEpoch()) & 0xffffffffffffULL;
    const quint64 a = m_random.generate64();
    const quint64 b = m_random.generate64();
    return QStringLiteral("%1-%2-7%3-%4-%5")
        .arg(ms >> 16, 8, 16, QLatin1Char('0'))
        .arg(ms & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((a >> 12) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

protocol::Mutation CaseworkMaker::make(const QString &entity, QJsonObject data, const QDateTime &at)
{
    data.insert(QStringLiteral("created_at"), stamp(at));
    data.insert(QStringLiteral("updated_at"), stamp(at));
    const QString recordId = id(at);
    return protocol::Mutation {id(at), entity, protocol::Op::Upsert, recordId, std::nullopt, data};
}

QString CaseworkMaker::text(int minLength)
{
    QString out;
    while (out.size() < minLength) {
        if (!out.isEmpty())
            out += u' ';
        out += QString::fromUtf8(sentences.at(m_random.bounded(int(sentences.size()))));
    }
    return out;
}

QDateTime CaseworkMaker::dayIn(const QDateTime &from, const QDateTime &to, int hour)
{
    // Two days' margin before the quarter's end: a note is signed after the visit, never after
    // the push that carries it.
    const int days = int(from.daysTo(to)) - 2;
    const QDate day = from.date().addDays(m_random.bounded(days));
    return QDateTime(day, QTime(hour, 15 * m_random.bounded(4)), stockholm());
}

QList<protocol::Mutation> CaseworkMaker::fosterHomes(const QDateTime &at, int count)
{
    QList<protocol::Mutation> out;
    for (int i = 0; i < count; ++i) {
        out.append(make(QStringLiteral("foster_home"),
            {{QStringLiteral("name"),
                 QStringLiteral("Familjehemmet %1-%2-%3")
                     .arg(m_team)
                     .arg(m_worker)
                     .arg(m_homes.size() + 1)},
                {QStringLiteral("contact_persons"),
                    pick(firstNames) + QStringLiteral(" och ") + pick(firstNames)},
                {QStringLiteral("phone"), QStringLiteral("070-000 00 00")},
                {QStringLiteral("supervision_status"), QStringLiteral("ongoing")}},
            at));
        m_homes.append(out.last().id);
    }
    return out;
}

void CaseworkMaker::newCases(int count, const QDateTime &at, QList<protocol::Mutation> &out)
{
    for (int i = 0; i < count; ++i) {
        ++m_cases;
        out.append(make(QStringLiteral("case"),
            {{QStringLiteral("case_number"),
                 QStringLiteral("K%1-%2-%3").arg(m_team).arg(m_worker).arg(m_cases)},
                {QStringLiteral("child_name"),
                    pick(firstNames) + u' ' + QChar(u'A' + m_random.bounded(26)) + u'.'},
                {QStringLiteral("birth_year"), 2006 + m_random.bounded(16)},
                {QStringLiteral("protected_identity"), m_random.bounded(100) < 3}},
            at));
        m_openCases.append(out.last().id);
    }
    // Closed cases stay the worker's (their history is in scope); visits go to the open ones.
    while (m_openCases.size() > 22)
        m_openCases.removeFirst();
}

void CaseworkMaker::visit(
    const QDateTime &from, const QDateTime &to, QList<protocol::Mutation> &out)
{
    const QDateTime start = dayIn(from, to, 8 + m_random.bounded(8));
    const QDateTime end = start.addSecs(60 * (45 + m_random.bounded(60)));
    const QString caseId = pick(m_openCases);
    const QString kind = pick(kinds);
    const bool isSigned = m_random.bounded(100) < 75;
    QJsonObject data {{QStringLiteral("case_id"), caseId}, {QStringLiteral("kind"), kind},
        {QStringLiteral("actual_start"), stamp(start)}, {QStringLiteral("actual_end"), stamp(end)},
        {QStringLiteral("present"), pick(presences)},
        {QStringLiteral("note"), text(300 + m_random.bounded(300))},
        {QStringLiteral("bbic"), QJsonArray {QStringLiteral("needs.education")}},
        {QStringLiteral("status"), isSigned ? QStringLiteral("signed") : QStringLiteral("draft")}};
    if (kind == u"foster_home")
        data.insert(QStringLiteral("foster_home_id"), pick(m_homes));
    if (m_random.bounded(100) < 70)
        data.insert(QStringLiteral("child_words"), text(40));
    if (isSigned)
        data.insert(QStringLiteral("signed_at"), stamp(end.addSecs(7200)));
    out.append(make(QStringLiteral("visit"), data, end));
    const QString visitId = out.last().id;
    if (isSigned)
        m_signedVisits.append(visitId);
    if (m_random.bounded(100) < 60) {
        out.append(make(QStringLiteral("child_time"),
            {{QStringLiteral("case_id"), caseId}, {QStringLiteral("visit_id"), visitId},
                {QStringLiteral("starts_at"), stamp(start.addSecs(600))},
                {QStringLiteral("ends_at"), stamp(start.addSecs(2400))},
                {QStringLiteral("mode"),
                    kind == u"video" ? QStringLiteral("video") : QStringLiteral("in_person")}},
            end));
    }
    out.append(make(QStringLiteral("access_event"),
        {{QStringLiteral("case_id"), caseId},
            {QStringLiteral("record_entity"), QStringLiteral("visit")},
            {QStringLiteral("record_id"), visitId},
            {QStringLiteral("opened_at"), stamp(end.addSecs(3600))}},
        end));
}

void CaseworkMaker::timeEntries(
    const QDateTime &from, const QDateTime &to, QList<protocol::Mutation> &out)
{
    for (int i = 0; i < 75; ++i) {
        const QDateTime start = dayIn(from, to, 8 + m_random.bounded(8));
        const QString category = pick(categories);
        QJsonObject data {{QStringLiteral("category"), category},
            {QStringLiteral("starts_at"), stamp(start)},
            {QStringLiteral("ends_at"), stamp(start.addSecs(60 * (30 + m_random.bounded(150))))}};
        if (category == u"child_contact" || category == u"family_contact")
            data.insert(QStringLiteral("case_id"), pick(m_openCases));
        out.append(make(QStringLiteral("time_entry"), data, start));
    }
}

void CaseworkMaker::contacts(
    const QDateTime &from, const QDateTime &to, QList<protocol::Mutation> &out)
{
    for (int i = 0; i < 10; ++i) {
        const QDateTime at = dayIn(from, to, 9 + m_random.bounded(7));
        out.append(make(QStringLiteral("contact"),
            {{QStringLiteral("foster_home_id"), pick(m_homes)},
                {QStringLiteral("kind"), pick(contactKinds)}, {QStringLiteral("at"), stamp(at)},
                {QStringLiteral("duration_minutes"), 15 + m_random.bounded(75)},
                {QStringLiteral("note"), text(150)},
                {QStringLiteral("next_follow_up"),
                    at.date().addDays(30 + m_random.bounded(30)).toString(Qt::ISODate)}},
            at));
    }
}

void CaseworkMaker::publishSlots(const QDateTime &to, QList<protocol::Mutation> &out)
{
    // Three weeks apart, so a worker's slots never overlap.
    m_newSlots.clear();
    for (int i = 0; i < 4; ++i) {
        const QDateTime start(to.date().addDays(7 + 21 * i), QTime(17, 0), stockholm());
        out.append(make(QStringLiteral("slot"),
            {{QStringLiteral("starts_at"), stamp(start)},
                {QStringLiteral("ends_at"), stamp(start.addSecs(3600))},
                {QStringLiteral("place"), QStringLiteral("Socialkontoret, Storgatan 1")},
                {QStringLiteral("video"), false}},
            to));
        m_newSlots.append(out.last().id);
    }
}

QList<protocol::Mutation> CaseworkMaker::quarter(const QDateTime &from, const QDateTime &to)
{
    QList<protocol::Mutation> out;
    newCases(m_cases == 0 ? 18 : 2, from, out);
    m_signedVisits.clear();
    for (int i = 0; i < 25; ++i)
        visit(from, to, out);
    timeEntries(from, to, out);
    contacts(from, to, out);
    publishSlots(to, out);
    return out;
}

QList<protocol::Mutation> CaseworkMaker::bookings(const QDateTime &at)
{
    QList<protocol::Mutation> out;
    for (int i = 0; i < m_newSlots.size(); i += 2) {
        out.append(make(QStringLiteral("booking"),
            {{QStringLiteral("slot_id"), m_newSlots.at(i)},
                {QStringLiteral("purpose"), QStringLiteral("Samtal om sommarens planering")},
                {QStringLiteral("status"), QStringLiteral("requested")}},
            at));
    }
    return out;
}

QList<protocol::Mutation> CaseworkMaker::reviews(const QDateTime &at)
{
    QList<protocol::Mutation> out;
    for (int i = 0; i < m_signedVisits.size(); i += 2) {
        const bool approved = m_random.bounded(100) < 85;
        QJsonObject data {{QStringLiteral("target_entity"), QStringLiteral("visit")},
            {QStringLiteral("target_id"), m_signedVisits.at(i)},
            {QStringLiteral("decision"),
                approved ? QStringLiteral("approved") : QStringLiteral("returned")},
            {QStringLiteral("target_version"), 1}};
        if (!approved)
            data.insert(QStringLiteral("comment"), text(80));
        out.append(make(QStringLiteral("review"), data, at));
    }
    return out;
}

} // namespace barntid::bench
