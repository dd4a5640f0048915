// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/accesslogwriter.h"

#include "domain/timeformat.h"
#include "protocol/recordcheck.h"
#include "store/entitytable.h"
#include "store/recordwriter.h"
#include "store/storeerror.h"

namespace barntid {

using namespace Qt::StringLiterals;

namespace {
constexpr QStringView eventEntity = u"access_event";
} // namespace

AccessLogWriter::AccessLogWriter(Store &store)
    : m_store(store)
{ }

QString AccessLogWriter::recordOpening(const QString &entity, const QString &recordId)
{
    const QString caseId = caseOf(entity, recordId);
    if (caseId.isEmpty())
        return {};
    RecordWriter writer(m_store, entityTable(eventEntity));
    const RecordMeta meta = writer.newMeta({});
    QJsonObject event;
    meta.writeJson(event);
    event.insert("case_id"_L1, caseId);
    event.insert("record_entity"_L1, entity);
    event.insert("record_id"_L1, recordId);
    event.insert("opened_at"_L1, toRfc3339(meta.createdAt));
    RecordWriter::requireValid(protocol::checkRecord(eventEntity, event));
    writer.insert(event);
    return meta.id;
}

QString AccessLogWriter::caseOf(const QString &entity, const QString &recordId)
{
    if (entity != u"case" && entity != u"visit")
        throw StoreError(StoreErrorCode::Invalid, u"an access event is about a case or a visit"_s);
    if (recordId.isEmpty())
        return {};
    const auto record = RecordWriter(m_store, entityTable(entity)).find(recordId);
    if (!record)
        return {};
    return entity == u"case" ? recordId : record->value("case_id"_L1).toString();
}

} // namespace barntid
