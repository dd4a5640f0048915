// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/entityspec.h"

namespace barntid::protocol {

namespace {

using T = FieldType;
constexpr auto L = [](const char *s) { return QLatin1StringView(s); };

std::vector<EntitySpec> build()
{
    return {
        {L("case"),
            {{L("case_number"), T::Text}, {L("child_name"), T::Text}, {L("birth_year"), T::Integer},
                {L("protected_identity"), T::Bool}, {L("responsible_id"), T::Text}}},
        {L("foster_home"),
            {{L("name"), T::Text}, {L("contact_persons"), T::Text}, {L("phone"), T::Text},
                {L("foster_parent_ids"), T::IdList}, {L("worker_ids"), T::IdList},
                {L("training_offered_on"), T::Text}, {L("training_completed_on"), T::Text},
                {L("supervision_status"), T::Text}, {L("placed_case_ids"), T::IdList}}},
        {L("visit"),
            {{L("case_id"), T::Text}, {L("foster_home_id"), T::Text}, {L("kind"), T::Text},
                {L("planned_start"), T::Text}, {L("planned_end"), T::Text},
                {L("actual_start"), T::Text}, {L("actual_end"), T::Text},
                {L("check_in_lat"), T::Real}, {L("check_in_lon"), T::Real},
                {L("check_in_accuracy"), T::Real}, {L("check_in_at"), T::Text},
                {L("check_out_lat"), T::Real}, {L("check_out_lon"), T::Real},
                {L("check_out_accuracy"), T::Real}, {L("check_out_at"), T::Text},
                {L("present"), T::Text}, {L("note"), T::Text}, {L("child_words"), T::Text},
                {L("bbic"), T::IdList}, {L("status"), T::Text}, {L("signed_at"), T::Text},
                {L("signed_by"), T::Text}}},
        {L("visit_amendment"),
            {{L("visit_id"), T::Text}, {L("text"), T::Text}, {L("signed_at"), T::Text},
                {L("signed_by"), T::Text}}},
        {L("child_time"),
            {{L("case_id"), T::Text}, {L("visit_id"), T::Text}, {L("starts_at"), T::Text},
                {L("ends_at"), T::Text}, {L("mode"), T::Text}}},
        {L("contact"),
            {{L("foster_home_id"), T::Text}, {L("kind"), T::Text}, {L("at"), T::Text},
                {L("duration_minutes"), T::Integer}, {L("note"), T::Text},
                {L("next_follow_up"), T::Text}}},
        {L("time_entry"),
            {{L("category"), T::Text}, {L("starts_at"), T::Text}, {L("ends_at"), T::Text},
                {L("case_id"), T::Text}, {L("visit_id"), T::Text}, {L("note"), T::Text}}},
        {L("slot"),
            {{L("owner_id"), T::Text}, {L("starts_at"), T::Text}, {L("ends_at"), T::Text},
                {L("place"), T::Text}, {L("video"), T::Bool}, {L("after_hours"), T::Bool},
                {L("video_link"), T::Text}, {L("owner_name"), T::Text}}},
        {L("booking"),
            {{L("slot_id"), T::Text}, {L("foster_home_id"), T::Text}, {L("booked_by"), T::Text},
                {L("purpose"), T::Text}, {L("status"), T::Text}, {L("cancel_reason"), T::Text},
                {L("notify_email"), T::Text}, {L("starts_at"), T::Text}, {L("ends_at"), T::Text},
                {L("place"), T::Text}, {L("video"), T::Bool}, {L("video_link"), T::Text},
                {L("after_hours"), T::Bool}, {L("owner_name"), T::Text},
                {L("cancel_until"), T::Text}}},
        {L("review"),
            {{L("target_entity"), T::Text}, {L("target_id"), T::Text}, {L("reviewer_id"), T::Text},
                {L("decision"), T::Text}, {L("comment"), T::Text},
                {L("target_version"), T::Integer}, {L("target_snapshot"), T::Text}}},
        {L("access_event"),
            {{L("case_id"), T::Text}, {L("record_entity"), T::Text}, {L("record_id"), T::Text},
                {L("opened_at"), T::Text}}},
        // Issue 16: a child's answers in child mode; scoped and locked like its visit.
        {L("survey_response"),
            {{L("visit_id"), T::Text}, {L("case_id"), T::Text}, {L("question_set_id"), T::Text},
                {L("question_set_version"), T::Integer}, {L("answers"), T::StringMap},
                {L("completed_at"), T::Text}}},
        // Written by the server's journal export only (issue 14): the note is in the case
        // system's journal, as this document version. Its id is the visit's.
        {L("journal_entry"),
            {{L("visit_id"), T::Text}, {L("case_id"), T::Text}, {L("document_version"), T::Integer},
                {L("record_version"), T::Integer}, {L("content_sha256"), T::Text},
                {L("exported_at"), T::Text}}},
    };
}

} // namespace

const std::vector<FieldSpec> &metaFields()
{
    static const std::vector<FieldSpec> fields {
        {L("id"), T::Text},
        {L("version"), T::Integer},
        {L("created_at"), T::Text},
        {L("updated_at"), T::Text},
        {L("author_id"), T::Text},
        {L("device_id"), T::Text},
        {L("deleted"), T::Bool},
    };
    return fields;
}

const std::vector<EntitySpec> &entities()
{
    static const std::vector<EntitySpec> all = build();
    return all;
}

const EntitySpec *findEntity(QAnyStringView name)
{
    for (const EntitySpec &e : entities()) {
        if (QAnyStringView::equal(e.name, name))
            return &e;
    }
    return nullptr;
}

const FieldSpec *findField(const EntitySpec &entity, QStringView field)
{
    for (const FieldSpec &f : metaFields()) {
        if (f.name == field)
            return &f;
    }
    for (const FieldSpec &f : entity.fields) {
        if (f.name == field)
            return &f;
    }
    return nullptr;
}

} // namespace barntid::protocol
