// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitfixture.h"

#include "domain/bbic.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "store/entitytable.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace barntid::bench {

namespace {

// About the length of a real visit note; the payload size drives the outbox row's cost.
const QString noteText = QStringLiteral(
    "Besök i familjehemmet. Barnet visade sitt rum och berättade om skolan och fotbollen. "
    "Familjehemsföräldrarna beskriver att sömnen blivit bättre sedan förra besöket och att "
    "kontakten med biologiska mamman fungerar enligt planeringen. Vi gick igenom "
    "umgängesschemat inför loven och kommande möte med skolan. Inga nya orosanmälningar.");
const QString childWordsText
    = QStringLiteral("Jag gillar att bo här. Jag vill att mamma kommer på matchen på lördag.");

std::string utf8(const QString &s)
{
    return s.toStdString();
}

RawValue columnValue(ColumnType type, const QJsonValue &v)
{
    // Mirrors EntityTable::bindRecord and Statement::bindJson, so both sides store equal bytes.
    if (type == ColumnType::Bool)
        return qint64(v.toBool() ? 1 : 0);
    switch (v.type()) {
    case QJsonValue::String:
        return utf8(v.toString());
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const auto i = qint64(d);
        return double(i) == d ? RawValue(i) : RawValue(d);
    }
    case QJsonValue::Array:
        return std::string(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).constData());
    default:
        return std::monostate();
    }
}

} // namespace

VisitFixture::VisitFixture(QString caseId, QString deviceId)
    : m_caseId(std::move(caseId))
    , m_deviceId(std::move(deviceId))
{ }

Visit VisitFixture::visit(int index) const
{
    const QDateTime start
        = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(qint64(index) * 3600);
    const QDateTime end = start.addSecs(90 * 60);
    const QStringList &areas = bbicAreas();
    Visit v;
    v.caseId = m_caseId;
    v.kind = QStringLiteral("foster_home");
    v.plannedStart = start;
    v.plannedEnd = end;
    v.actualStart = start.addSecs(120);
    v.actualEnd = end.addSecs(300);
    v.checkInLat = 59.3293 + index * 1e-6;
    v.checkInLon = 18.0686 - index * 1e-6;
    v.checkInAccuracy = 12.5;
    v.checkInAt = start.addSecs(60);
    v.checkOutLat = 59.3294 + index * 1e-6;
    v.checkOutLon = 18.0687 - index * 1e-6;
    v.checkOutAccuracy = 8.0;
    v.checkOutAt = end.addSecs(360);
    v.present = QStringLiteral("child_with_carers");
    v.note = noteText + QStringLiteral(" (%1)").arg(index);
    v.childWords = childWordsText;
    v.bbic = {areas.at(index % areas.size()), areas.at((index + 7) % areas.size())};
    return v;
}

QJsonObject VisitFixture::stampedRecord(int index) const
{
    const QString now = toRfc3339(QDateTime::currentDateTimeUtc());
    QJsonObject record = visit(index).toJson();
    record.insert(QStringLiteral("id"), newId());
    record.insert(QStringLiteral("version"), 0);
    record.insert(QStringLiteral("created_at"), now);
    record.insert(QStringLiteral("updated_at"), now);
    record.insert(QStringLiteral("author_id"), QJsonValue::Null);
    record.insert(QStringLiteral("device_id"), m_deviceId);
    record.insert(QStringLiteral("deleted"), false);
    return record;
}

RawVisitRow VisitFixture::rawRow(int index) const
{
    const QJsonObject record = stampedRecord(index);
    RawVisitRow row;
    for (const Column &c : entityTable(Visit::entity).columns)
        row.visit.push_back(columnValue(c.type, record.value(c.name)));
    row.recordId = utf8(record.value(QStringLiteral("id")).toString());
    row.mutationId = utf8(newId());
    row.payload = QJsonDocument(record).toJson(QJsonDocument::Compact).toStdString();
    row.createdAt = utf8(record.value(QStringLiteral("created_at")).toString());
    return row;
}

std::vector<RawVisitRow> VisitFixture::rawRows(int count) const
{
    std::vector<RawVisitRow> rows;
    rows.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        rows.push_back(rawRow(i));
    return rows;
}

} // namespace barntid::bench
