// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/syncproblemmodel.h"

#include "domain/timeformat.h"
#include "engine/conflictresolver.h"
#include "models/problemtext.h"
#include "models/synccontroller.h"
#include "models/synctext.h"
#include "models/uitext.h"
#include "store/entitytable.h"
#include "store/statement.h"
#include "store/store.h"

#include <QJsonDocument>

namespace barntid {

using namespace Qt::StringLiterals;
using Outcome = sync::ConflictResolver::Outcome;

namespace {

QString recordKey(const QString &entity, const QString &id)
{
    return entity + u'/' + id;
}

/** The record as stored on the device, in its wire form; empty when it is not here. */
QJsonObject localRecord(Store &store, const QString &entity, const QString &id)
{
    if (entity.isEmpty() || id.isEmpty())
        return {};
    const EntityTable &t = entityTable(entity);
    const QByteArray sql = "SELECT " + t.jsonObjectSql + " FROM "
        + QByteArray(t.table.data(), t.table.size()) + " WHERE id = ?";
    Statement s = store.connection().prepare(sql.constData());
    s.bind(1, id);
    return s.step() ? QJsonDocument::fromJson(s.text(0).toUtf8()).object() : QJsonObject();
}

/** The day the record is about (Stockholm), from the first time field it has. */
QString dateOf(const QJsonObject &record)
{
    for (const char *field : {"actual_start", "planned_start", "starts_at", "at", "signed_at",
             "opened_at", "created_at"}) {
        const auto at = parseRfc3339(record.value(QLatin1StringView(field)).toString());
        if (at)
            return at->toTimeZone(stockholm()).toString(u"yyyy-MM-dd"_s);
    }
    return {};
}

} // namespace

SyncProblemModel::SyncProblemModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

void SyncProblemModel::setController(SyncController *controller)
{
    if (controller == m_controller)
        return;
    disconnect(m_copyConnection);
    m_controller = controller;
    if (controller)
        m_copyConnection = connect(
            controller, &SyncController::serverCopyFetched, this, &SyncProblemModel::onCopy);
    emit controllerChanged();
}

const SyncProblemModel::Copy *SyncProblemModel::copyOf(const Row &row) const
{
    const auto it = m_copies.constFind(recordKey(row.entity, row.recordId));
    return it == m_copies.cend() ? nullptr : &*it;
}

QVariant SyncProblemModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &r = *it;
    const Copy *copy = copyOf(r);
    const bool ready = copy && copy->status == u"ready";
    switch (role) {
    case EntityRole:
        return r.entity;
    case EntityTextRole:
        return r.kindText;
    case StateRole:
        return r.state;
    case ReasonRole:
        return r.reason;
    case WhenTextRole:
        return r.when.toTimeZone(stockholm()).toString(u"yyyy-MM-dd HH:mm"_s);
    case RecordIdRole:
        return r.recordId;
    case CaseIdRole:
        return r.caseId;
    case FosterHomeIdRole:
        return r.fosterHomeId;
    case CaseTextRole:
        return r.caseText;
    case DateTextRole:
        return r.dateText;
    case TitleRole: {
        QStringList parts {r.kindText};
        for (const QString &p : {r.caseText, r.dateText})
            if (!p.isEmpty())
                parts << p;
        return parts.join(u" · "_s);
    }
    case CanOpenRole:
        return r.state == u"rejected" && r.onDevice
            && (r.entity == u"visit" || !(r.caseId.isEmpty() && r.fosterHomeId.isEmpty()));
    case ServerCopyRole:
        return copy ? copy->status : QString();
    case ServerErrorRole:
        return copy ? copy->error : QString();
    case ComparisonRole:
        return ready ? comparison(r, *copy) : QVariantList();
    case CanKeepMineRole:
        return ready && r.onDevice && copy->refusal.isEmpty();
    case KeepMineNoteRole:
        return !ready                  ? QString()
            : !copy->refusal.isEmpty() ? ProblemText::keepMineRefused(copy->refusal)
            : !r.onDevice              ? ProblemText::notOnDevice()
                                       : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> SyncProblemModel::roleNames() const
{
    return {{EntityRole, "entity"}, {EntityTextRole, "entityText"}, {StateRole, "state"},
        {ReasonRole, "reason"}, {WhenTextRole, "whenText"}, {RecordIdRole, "recordId"},
        {CaseIdRole, "caseId"}, {FosterHomeIdRole, "fosterHomeId"}, {CaseTextRole, "caseText"},
        {DateTextRole, "dateText"}, {TitleRole, "title"}, {CanOpenRole, "canOpen"},
        {ServerCopyRole, "serverCopy"}, {ServerErrorRole, "serverError"},
        {ComparisonRole, "comparison"}, {CanKeepMineRole, "canKeepMine"},
        {KeepMineNoteRole, "keepMineNote"}};
}

QStringList SyncProblemModel::watchedEntities() const
{
    // The records too: a row names its case, kind and date, which may change under it.
    return {StoreChange::outbox, u"case"_s, u"visit"_s, u"visit_amendment"_s, u"child_time"_s,
        u"contact"_s, u"time_entry"_s, u"foster_home"_s, u"survey_response"_s};
}

SyncProblemModel::Row SyncProblemModel::readRow(
    Store &store, const QString &entity, const QString &id) const
{
    Row r;
    r.entity = entity;
    r.recordId = id;
    r.local = localRecord(store, entity, id);
    r.onDevice = !r.local.isEmpty();
    QJsonObject owner = r.local; // what names the case or home: the amendment's visit
    if (entity == u"visit_amendment" || entity == u"survey_response")
        owner = localRecord(store, u"visit"_s, r.local.value("visit_id"_L1).toString());
    r.caseId = entity == u"case" ? id : owner.value("case_id"_L1).toString();
    r.fosterHomeId = entity == u"foster_home" ? id : owner.value("foster_home_id"_L1).toString();
    r.kindText = ProblemText::kind(entity, r.local);
    r.dateText = dateOf(r.local);
    const QJsonObject theCase = localRecord(store, u"case"_s, r.caseId);
    if (theCase.isEmpty())
        r.caseId.clear(); // handed over and gone from the device: nothing to open there
    if (!theCase.isEmpty()) {
        r.masked = theCase.value("protected_identity"_L1).toBool();
        // As the case list: the number, and the name only where the identity is not protected.
        r.caseText = theCase.value("case_number"_L1).toString() + u" · "_s
            + (r.masked ? UiText::protectedIdentity() : theCase.value("child_name"_L1).toString());
    } else if (!r.fosterHomeId.isEmpty()) {
        r.caseText
            = localRecord(store, u"foster_home"_s, r.fosterHomeId).value("name"_L1).toString();
    }
    return r;
}

QStringList SyncProblemModel::load(Store &store)
{
    m_rows.clear();
    struct Waiting
    {
        QString key, entity, id, state, lastError, created;
    };
    QList<Waiting> waiting;
    Statement &s = store.connection().cached(
        "SELECT seq, entity, record_id, state, last_error, created_at FROM outbox "
        "WHERE state IN ('rejected', 'conflict') ORDER BY seq");
    while (s.step())
        waiting.append(
            {QString::number(s.integer(0)), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    s.reset();
    QStringList keys;
    for (const Waiting &w : std::as_const(waiting)) {
        Row r = readRow(store, w.entity, w.id);
        r.state = w.state;
        r.code = w.lastError.section(u':', 0, 0).trimmed();
        r.reason = ProblemText::explanation(r.state, r.code);
        r.when = parseRfc3339(w.created).value_or(QDateTime());
        keys << w.key;
        m_rows.insert(w.key, r);
    }
    return keys;
}

QVariantList SyncProblemModel::comparison(const Row &row, const Copy &copy) const
{
    const QJsonObject &theirs = copy.record.data;
    const bool masked = row.masked || theirs.value("protected_identity"_L1).toBool();
    QVariantList fields;
    for (const QString &field : ProblemText::comparedFields(row.entity)) {
        const QString mine = ProblemText::fieldValue(row.entity, field, row.local, masked);
        const QString server = ProblemText::fieldValue(row.entity, field, theirs, masked);
        if (mine == u"–" && server == u"–")
            continue;
        fields << QVariantMap {{u"label"_s, ProblemText::fieldLabel(field)}, {u"mine"_s, mine},
            {u"theirs"_s, server}, {u"differs"_s, mine != server}};
    }
    return fields;
}

void SyncProblemModel::showServerVersion(int row)
{
    const auto it = m_rows.constFind(keyAt(row));
    if (it == m_rows.cend() || it->state != u"conflict")
        return;
    const Row r = *it;
    m_copies.insert(recordKey(r.entity, r.recordId), Copy {u"loading"_s, {}, {}, {}});
    emit dataChanged(index(row), index(row));
    if (m_controller)
        m_controller->fetchServerCopy(r.entity, r.recordId);
    else
        onCopy(r.entity, r.recordId,
            SyncText::fetchError(sync::SyncError::of(
                sync::SyncError::Kind::Unauthorized, u"no_session"_s, u"no sync controller"_s)),
            {});
}

void SyncProblemModel::onCopy(const QString &entity, const QString &id, const QString &error,
    const sync::ServerRecord &record)
{
    const QString k = recordKey(entity, id);
    Store *s = store();
    if (!s || !m_copies.contains(k))
        return; // locked meanwhile, or resolved: nothing asked for it any more
    Copy &copy = m_copies[k];
    copy.error = error;
    copy.status = error.isEmpty() ? u"ready"_s : u"error"_s;
    copy.record = record;
    if (error.isEmpty())
        report([&] { copy.refusal = sync::ConflictResolver(*s).refusalFor(record); });
    for (int row = 0; row < rowCount(); ++row) {
        const Row &r = m_rows.value(keyAt(row));
        if (r.entity == entity && r.recordId == id)
            emit dataChanged(index(row), index(row));
    }
}

bool SyncProblemModel::takeServerVersion(int row)
{
    const Row r = m_rows.value(keyAt(row));
    const Copy *copy = copyOf(r);
    Store *s = store();
    if (!s || !copy || copy->status != u"ready")
        return false;
    const sync::ServerRecord record = copy->record;
    Outcome outcome = Outcome::Gone;
    if (!report([&] { outcome = sync::ConflictResolver(*s).takeServer(record); }))
        return false;
    if (outcome == Outcome::Busy) {
        setErrorText(ProblemText::inFlight());
        return false;
    }
    setErrorText({});
    m_copies.remove(recordKey(r.entity, r.recordId));
    return true;
}

bool SyncProblemModel::keepMine(int row)
{
    const Row r = m_rows.value(keyAt(row));
    const Copy *copy = copyOf(r);
    Store *s = store();
    if (!s || !copy || copy->status != u"ready" || !copy->refusal.isEmpty() || !r.onDevice)
        return false;
    const qint64 version = copy->record.version;
    Outcome outcome = Outcome::Gone;
    if (!report(
            [&] { outcome = sync::ConflictResolver(*s).keepMine(r.entity, r.recordId, version); }))
        return false;
    if (outcome != Outcome::Done) {
        setErrorText(outcome == Outcome::Busy ? ProblemText::inFlight() : ProblemText::resolved());
        return false;
    }
    setErrorText({});
    m_copies.remove(recordKey(r.entity, r.recordId));
    if (m_controller)
        m_controller->syncNow();
    return true;
}

} // namespace barntid
