// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplerecords.h"

#include "domain/bbic.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "protocol/entityspec.h"
#include "protocol/recordcheck.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace roundtrip {

namespace {

constexpr int everyone = Worker | Supervisor | FosterParent;
constexpr int team = Worker | Supervisor;

const QDateTime startOfRun = QDateTime::currentDateTimeUtc();

/** Now plus the offset, in the form a device writes (UTC, milliseconds, Z). */
QString when(qint64 seconds)
{
    return barntid::toRfc3339(startOfRun.addSecs(seconds));
}

QString day(int days)
{
    return barntid::toIsoDate(startOfRun.date().addDays(days));
}

void fillIds(QString (&ids)[3])
{
    for (QString &id : ids)
        id = barntid::newId();
}

} // namespace

SampleRecords::SampleRecords(DemoIds demo)
    : m_demo(std::move(demo))
{
    for (QString(*ids)[3] :
        {&m_case, &m_home, &m_slot, &m_visit, &m_childTime, &m_contact, &m_timeEntry, &m_booking})
        fillIds(*ids);
    m_homeOnlyVisit = barntid::newId();
    addCases();
    addFosterHomes();
    addSlots();
    addVisits();
    addVisitParts();
    addBookings();
    addReviews();
    addBookingUpdates();
}

QList<Sample> SampleRecords::all() const
{
    QList<Sample> out;
    for (const Batch &b : m_batches)
        out += b.samples;
    return out;
}

QString SampleRecords::text(qsizetype length)
{
    static const QString pattern
        = u"Åsa, Örjan & Märta – \"läxor\" \\ 😀🧒🏽 ✓ é\n"_s;
    QString out;
    while (out.size() < length)
        out += pattern;
    out.truncate(length);
    // Never half an emoji: a lone surrogate is no text at all.
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.back() = u'x';
    return out;
}

QJsonObject SampleRecords::withNulls(const QString &entity, const QJsonObject &minimal)
{
    const barntid::protocol::EntitySpec *spec = barntid::protocol::findEntity(entity);
    Q_ASSERT(spec);
    QJsonObject out = minimal;
    const auto consider = [&](const barntid::protocol::FieldSpec &f) {
        if (f.type == barntid::protocol::FieldType::Bool || f.name == "id"_L1
            || out.contains(f.name))
            return;
        QJsonObject probe = out;
        probe.insert(f.name, QJsonValue::Null);
        probe.insert("id"_L1, barntid::newId());
        for (const barntid::ValidationIssue &i : barntid::protocol::checkRecord(entity, probe)) {
            if (i.field == f.name)
                return; // null is no value for this field: it stays absent
        }
        out.insert(f.name, QJsonValue::Null);
    };
    for (const barntid::protocol::FieldSpec &f : barntid::protocol::metaFields())
        consider(f);
    for (const barntid::protocol::FieldSpec &f : spec->fields)
        consider(f);
    return out;
}

QJsonObject SampleRecords::meta(const QString &id, const QString &author) const
{
    // A device's own copy: version 0, its clock and its id; the server decides them anew.
    return {{u"id"_s, id}, {u"version"_s, 0}, {u"created_at"_s, when(-7200)},
        {u"updated_at"_s, when(-60)}, {u"author_id"_s, author}, {u"device_id"_s, barntid::newId()},
        {u"deleted"_s, false}};
}

Sample &SampleRecords::add(Batch &batch, const QString &entity, const QString &variant,
    const QString &id, const QJsonObject &data, int audience)
{
    batch.samples.append(Sample {entity, variant, id, data, std::nullopt, audience});
    return batch.samples.last();
}

void SampleRecords::addTriple(Batch &batch, const QString &entity, const QString (&ids)[3],
    const QJsonObject &minimal, const QJsonObject &maximal, int audience)
{
    QJsonObject full = meta(ids[1],
        batch.writer == Worker           ? m_demo.worker
            : batch.writer == Supervisor ? m_demo.supervisor
                                         : m_demo.fosterParent);
    for (auto it = maximal.begin(); it != maximal.end(); ++it)
        full.insert(it.key(), it.value());
    add(batch, entity, u"minimal"_s, ids[0], minimal, audience);
    add(batch, entity, u"maximal"_s, ids[1], full, audience);
    add(batch, entity, u"nulls"_s, ids[2], withNulls(entity, minimal), audience);
}

void SampleRecords::addCases()
{
    Batch b {Worker, {}};
    // The maximal case is protected: nothing with a position refers to it, so every position of
    // the samples reaches the devices.
    addTriple(b, u"case"_s, m_case, {{u"case_number"_s, u"RT-1"_s}, {u"child_name"_s, u"Åke Ö"_s}},
        {{u"case_number"_s, text(32)}, {u"child_name"_s, text(80)}, {u"birth_year"_s, 2100},
            {u"protected_identity"_s, true}, {u"responsible_id"_s, m_demo.worker}},
        team);
    m_batches.append(b);
}

void SampleRecords::addFosterHomes()
{
    Batch b {Worker, {}};
    const QJsonObject details {{u"contact_persons"_s, text(500)},
        {u"phone"_s, u"+46 (0)70-123 45 67"_s.leftJustified(40, u'0')},
        {u"training_offered_on"_s, day(-400)}, {u"training_completed_on"_s, day(-400)},
        {u"placed_case_ids"_s, QJsonArray {m_case[0], m_case[2]}}};
    QJsonObject maximal = details;
    maximal.insert(u"name"_s, text(120));
    maximal.insert(u"foster_parent_ids"_s, QJsonArray {barntid::newId(), barntid::newId()});
    maximal.insert(u"worker_ids"_s, QJsonArray {m_demo.worker});
    maximal.insert(u"supervision_status"_s, u"declined"_s);
    addTriple(b, u"foster_home"_s, m_home, {{u"name"_s, u"Familjehemmet Öst"_s}}, maximal, team);

    // foster1's own home, edited to its limits by its worker: foster1 pulls a limited copy.
    QJsonObject edit = m_demo.fosterHome;
    for (auto it = details.begin(); it != details.end(); ++it)
        edit.insert(it.key(), it.value());
    edit.insert(u"name"_s, text(120));
    edit.insert(u"supervision_status"_s, u"completed"_s);
    Sample &s = add(b, u"foster_home"_s, u"maximal edit of foster1's home"_s,
        edit.value("id"_L1).toString(), edit, everyone);
    s.baseVersion = qint64(edit.value("version"_L1).toDouble());
    m_batches.append(b);
}

void SampleRecords::addSlots()
{
    Batch b {Worker, {}};
    // A worker's slots may not overlap, neither each other nor the demo seed's Tuesday evenings
    // (16-19 UTC at most): mornings at 06:00 UTC, and a whole day from 20:00 UTC that does not
    // run into a Tuesday.
    const auto morning
        = [](int days) { return QDateTime(startOfRun.date().addDays(days), QTime(6, 0), Qt::UTC); };
    int from = 4;
    while (startOfRun.date().addDays(from + 1).dayOfWeek() == Qt::Tuesday)
        ++from;
    const QDateTime evening(startOfRun.date().addDays(from), QTime(20, 0), Qt::UTC);
    // A whole day from an evening: the longest slot there is, and after hours.
    addTriple(b, u"slot"_s, m_slot,
        {{u"starts_at"_s, barntid::toRfc3339(morning(2))},
            {u"ends_at"_s, barntid::toRfc3339(morning(2).addSecs(3600))}},
        {{u"owner_id"_s, m_demo.worker}, {u"starts_at"_s, barntid::toRfc3339(evening)},
            {u"ends_at"_s, barntid::toRfc3339(evening.addDays(1))}, {u"place"_s, text(200)},
            {u"video"_s, true}, {u"video_link"_s, u"https://meet.kommun.se/r/%C3%A5sa?x=1"_s},
            {u"after_hours"_s, true}, {u"owner_name"_s, text(200)}},
        everyone);
    b.samples.last().data.insert(u"starts_at"_s, barntid::toRfc3339(morning(3)));
    b.samples.last().data.insert(u"ends_at"_s, barntid::toRfc3339(morning(3).addSecs(3600)));
    m_batches.append(b);
}

void SampleRecords::addVisits()
{
    Batch b {Worker, {}};
    QJsonArray areas;
    for (const QString &area : barntid::bbicAreas())
        areas.append(area);
    // Signed, with both positions (one at the edge of the globe), every BBIC area, the longest
    // texts and a planned visit of no length.
    const QJsonObject maximal {{u"case_id"_s, m_case[0]},
        {u"foster_home_id"_s, m_demo.fosterHome.value("id"_L1)}, {u"kind"_s, u"foster_home"_s},
        {u"planned_start"_s, when(-4 * 3600)}, {u"planned_end"_s, when(-4 * 3600)},
        {u"actual_start"_s, when(-3 * 3600)}, {u"actual_end"_s, when(-2 * 3600)},
        {u"check_in_lat"_s, 59.329323}, {u"check_in_lon"_s, 18.068581},
        {u"check_in_accuracy"_s, 4.5}, {u"check_in_at"_s, when(-3 * 3600)},
        {u"check_out_lat"_s, -90.0}, {u"check_out_lon"_s, 180.0}, {u"check_out_accuracy"_s, 0.0},
        {u"check_out_at"_s, when(-2 * 3600)}, {u"present"_s, u"child_alone"_s},
        {u"note"_s, text(20000)}, {u"child_words"_s, text(10000)}, {u"bbic"_s, areas},
        {u"status"_s, u"signed"_s}, {u"signed_at"_s, when(-3600)}, {u"signed_by"_s, m_demo.worker}};
    addTriple(
        b, u"visit"_s, m_visit, {{u"case_id"_s, m_case[0]}, {u"kind"_s, u"home"_s}}, maximal, team);
    add(b, u"visit"_s, u"minimal, foster home only"_s, m_homeOnlyVisit,
        {{u"foster_home_id"_s, m_home[0]}, {u"kind"_s, u"foster_home"_s}}, team);
    m_batches.append(b);
}

void SampleRecords::addVisitParts()
{
    Batch b {Worker, {}};
    const QString amendments[3] = {barntid::newId(), barntid::newId(), barntid::newId()};
    addTriple(b, u"visit_amendment"_s, amendments,
        {{u"visit_id"_s, m_visit[1]}, {u"text"_s, u"Rättelse: fel skola."_s},
            {u"signed_at"_s, when(-1200)}},
        {{u"visit_id"_s, m_visit[1]}, {u"text"_s, text(10000)}, {u"signed_at"_s, when(-1800)},
            {u"signed_by"_s, m_demo.worker}},
        team);
    // Exactly the longest child time (24 h), starting in another offset and with microseconds.
    const QDateTime start = startOfRun.addDays(-2);
    const QString startText
        = start.toOffsetFromUtc(7200).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u".250000+02:00"_s;
    const QString endText
        = barntid::toRfc3339(start.addMSecs(250 - start.time().msec()).addSecs(86400));
    addTriple(b, u"child_time"_s, m_childTime,
        {{u"case_id"_s, m_case[0]}, {u"starts_at"_s, when(-5400)}, {u"ends_at"_s, when(-3600)},
            {u"mode"_s, u"in_person"_s}},
        {{u"case_id"_s, m_case[0]}, {u"visit_id"_s, m_visit[1]}, {u"starts_at"_s, startText},
            {u"ends_at"_s, endText}, {u"mode"_s, u"video"_s}},
        team);
    addTriple(b, u"contact"_s, m_contact,
        {{u"foster_home_id"_s, m_home[0]}, {u"kind"_s, u"phone"_s}, {u"at"_s, when(-600)}},
        {{u"foster_home_id"_s, m_demo.fosterHome.value("id"_L1)}, {u"kind"_s, u"supervision"_s},
            {u"at"_s, when(-86400)}, {u"duration_minutes"_s, 1440}, {u"note"_s, text(20000)},
            {u"next_follow_up"_s, day(365)}},
        team);
    addTriple(b, u"time_entry"_s, m_timeEntry,
        {{u"category"_s, u"other"_s}, {u"starts_at"_s, when(-7200)}, {u"ends_at"_s, when(-6600)}},
        {{u"category"_s, u"documentation"_s}, {u"starts_at"_s, when(-3 * 86400)},
            {u"ends_at"_s, when(-2 * 86400)}, {u"case_id"_s, m_case[0]},
            {u"visit_id"_s, m_visit[0]}, {u"note"_s, text(2000)}},
        team);
    const QString events[3] = {barntid::newId(), barntid::newId(), barntid::newId()};
    addTriple(b, u"access_event"_s, events,
        {{u"case_id"_s, m_case[0]}, {u"record_entity"_s, u"visit"_s}, {u"record_id"_s, m_visit[0]},
            {u"opened_at"_s, when(-60)}},
        {{u"case_id"_s, m_case[1]}, {u"record_entity"_s, text(40)}, {u"record_id"_s, m_visit[1]},
            {u"opened_at"_s, when(-30)}},
        team);
    // A child's answers to the demo's words set (version 1), on the draft visit of the case.
    const QString surveys[3] = {barntid::newId(), barntid::newId(), barntid::newId()};
    const QString wordsSet = u"0193d5a0-4c00-7000-8000-000000000917"_s;
    addTriple(b, u"survey_response"_s, surveys,
        {{u"visit_id"_s, m_visit[0]}, {u"case_id"_s, m_case[0]}, {u"question_set_id"_s, wordsSet},
            {u"question_set_version"_s, 1}},
        {{u"visit_id"_s, m_visit[0]}, {u"case_id"_s, m_case[0]}, {u"question_set_id"_s, wordsSet},
            {u"question_set_version"_s, 1},
            {u"answers"_s,
                QJsonObject {{u"home"_s, u"5"_s}, {u"school"_s, u"declined"_s},
                    {u"talk_to"_s, u"social_worker"_s}, {u"tell_worker"_s, text(2000)},
                    {u"do_better"_s, u"declined"_s}}},
            {u"completed_at"_s, when(-90)}},
        team);
    m_batches.append(b);
}

void SampleRecords::addBookings()
{
    Batch b {FosterParent, {}};
    const QString requested = u"requested"_s;
    QJsonObject maximal {{u"slot_id"_s, m_slot[1]},
        {u"foster_home_id"_s, m_demo.fosterHome.value("id"_L1)},
        {u"booked_by"_s, m_demo.fosterParent}, {u"purpose"_s, text(500)}, {u"status"_s, requested},
        {u"cancel_reason"_s, text(500)}, {u"notify_email"_s, u"familjen.sjogren@example.se"_s},
        // The device's word on the copy of the slot; the server writes its own.
        {u"starts_at"_s, when(60)}, {u"ends_at"_s, when(120)}, {u"place"_s, text(200)},
        {u"video"_s, false}, {u"video_link"_s, u"https://example.se/x"_s},
        {u"after_hours"_s, false}, {u"owner_name"_s, text(200)}, {u"cancel_until"_s, when(0)}};
    // A purpose is required; the copy of the slot and cancel_until are the server's.
    addTriple(b, u"booking"_s, m_booking,
        {{u"slot_id"_s, m_slot[0]}, {u"status"_s, requested}, {u"purpose"_s, u"Samtal"_s}}, maximal,
        everyone);
    // Each booking takes its own slot.
    b.samples.last().data.insert(u"slot_id"_s, m_slot[2]);
    m_batches.append(b);
}

void SampleRecords::addReviews()
{
    Batch b {Supervisor, {}};
    const QString reviews[3] = {barntid::newId(), barntid::newId(), barntid::newId()};
    // Each names the version it decided on: the maximal visit is at 4 after its three
    // amendments; the others are as first written. The server fills target_snapshot.
    addTriple(b, u"review"_s, reviews,
        {{u"target_entity"_s, u"visit"_s}, {u"target_id"_s, m_visit[1]},
            {u"decision"_s, u"approved"_s}, {u"target_version"_s, 4}},
        {{u"target_entity"_s, u"time_entry"_s}, {u"target_id"_s, m_timeEntry[1]},
            {u"reviewer_id"_s, m_demo.supervisor}, {u"decision"_s, u"returned"_s},
            {u"comment"_s, text(4000)}, {u"target_version"_s, 1}, {u"target_snapshot"_s, u"{}"_s}},
        team);
    b.samples.last().data.insert(u"target_entity"_s, u"contact"_s);
    b.samples.last().data.insert(u"target_id"_s, m_contact[0]);
    b.samples.last().data.insert(u"target_version"_s, 1);
    // The supervisor's own reading: the team's pull only.
    const QString event = barntid::newId();
    add(b, u"access_event"_s, u"minimal, by the supervisor"_s, event,
        {{u"case_id"_s, m_case[0]}, {u"record_entity"_s, u"visit"_s}, {u"record_id"_s, m_visit[1]},
            {u"opened_at"_s, when(-10)}},
        Supervisor);
    m_batches.append(b);
}

void SampleRecords::addBookingUpdates()
{
    Batch worker {Worker, {}};
    add(worker, u"booking"_s, u"minimal, confirmed by the worker"_s, m_booking[0],
        {{u"slot_id"_s, m_slot[0]}, {u"status"_s, u"confirmed"_s}}, everyone)
        .baseVersion
        = 1;
    m_batches.append(worker);
    Batch family {FosterParent, {}};
    add(family, u"booking"_s, u"nulls, cancelled by the family"_s, m_booking[2],
        {{u"slot_id"_s, m_slot[2]}, {u"status"_s, u"cancelled"_s}, {u"cancel_reason"_s, text(500)}},
        everyone)
        .baseVersion
        = 1;
    m_batches.append(family);
}

} // namespace roundtrip
