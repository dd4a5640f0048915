// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace barntid::server {

/** (entity, id): ids are made on devices, so the entity is part of a record's identity. */
struct RecordKey
{
    QString entity;
    QString id;
    bool operator==(const RecordKey &) const = default;
};

inline size_t qHash(const RecordKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.entity, k.id);
}

/** A synced record as the server keeps it: wire data plus the columns scope and locks need. */
struct StoredRecord
{
    QString entity;
    QString id;
    qint64 version = 0;
    qint64 seq = 0;
    bool deleted = false;
    bool locked = false; ///< approved by a supervisor: no more writes
    QString authorId;
    QString deviceId;
    QString caseId;
    QString fosterHomeId;
    QString parentId; ///< visit of an amendment or survey, target of a review, slot of a booking
    QJsonObject data; ///< the wire fields, meta included
    QString updatedAt; ///< server time of the last write
    QString receivedAt; ///< server time the last version from a device arrived

    /** Signed, approved, an amendment, a review, an access-log row, a journal entry or a child's
     *  finished survey: no device changes it. */
    bool isLocked() const
    {
        return locked || (entity == u"visit" && text("status") == u"signed")
            || entity == u"visit_amendment" || entity == u"review" || entity == u"access_event"
            || entity == u"journal_entry"
            || (entity == u"survey_response" && !text("completed_at").isEmpty());
    }

    RecordKey key() const { return {entity, id}; }
    /** Sets case_id, foster_home_id and parent_id from the wire data. */
    void deriveColumns()
    {
        caseId = entity == u"case" ? id : text("case_id");
        fosterHomeId = entity == u"foster_home" ? id : text("foster_home_id");
        if (entity == u"visit_amendment" || entity == u"journal_entry"
            || entity == u"survey_response")
            parentId = text("visit_id");
        else if (entity == u"review")
            parentId = text("target_id");
        else if (entity == u"booking")
            parentId = text("slot_id");
    }
    QString text(const char *field) const
    {
        return data.value(QLatin1StringView(field)).toString();
    }
};

} // namespace barntid::server
