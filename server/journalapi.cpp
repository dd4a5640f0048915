// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalapi.h"

#include "audit.h"
#include "database.h"
#include "domain/ids.h"
#include "journalpdf.h"
#include "journalsource.h"
#include "recordstore.h"
#include "servererror.h"

#include <algorithm>

namespace barntid::server {

JournalApi::JournalApi(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

void JournalApi::audit(
    const Caller &caller, const QString &entity, const QString &id, const QString &outcome)
{
    m_db.finishAll(); // no read snapshot left open under the audit write
    Audit rows(caller, m_clock);
    rows.add(QStringLiteral("read"), entity, id, outcome);
    m_db.begin();
    rows.write(m_db);
    m_db.commit();
}

void JournalApi::refuse(const Caller &caller, const QString &entity, const QString &id, int status,
    const QString &code, const QString &message)
{
    audit(caller, entity, id, code);
    throw ServerError {status, code, message};
}

QString JournalApi::checkCaller(const Caller &caller, const QString &entity, const QString &id)
{
    const QString lower = isValidId(id) ? id.toLower() : QString();
    if (caller.disabled)
        refuse(caller, entity, lower, 401, QStringLiteral("account_disabled"),
            QStringLiteral("the account is disabled; the device may only deliver its changes"));
    if (!caller.isWorker() && !caller.isSupervisor())
        refuse(caller, entity, lower, 403, QStringLiteral("forbidden"),
            QStringLiteral("journal documents are for social workers and supervisors"));
    if (lower.isEmpty())
        refuse(caller, entity, {}, 400, QStringLiteral("invalid"),
            QStringLiteral("the id is no UUID"));
    return lower;
}

bool JournalApi::inScope(const Caller &caller, const QString &entity, const QString &id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT r.deleted FROM records r JOIN audience a ON "
                                           "a.entity = r.entity AND a.id = r.id AND a.key = ? "
                                           "WHERE r.entity = ? AND r.id = ?"),
        {caller.audienceKey(), entity, id});
    const bool found = q.next() && q.value(0).toInt() == 0;
    q.finish();
    return found;
}

HttpReply JournalApi::visit(const Caller &caller, const QString &rawId, const QString &format)
{
    const QString visit = QStringLiteral("visit");
    const QString id = checkCaller(caller, visit, rawId);
    if (!inScope(caller, visit, id))
        refuse(
            caller, visit, id, 404, QStringLiteral("not_found"), QStringLiteral("no such record"));
    const std::optional<StoredRecord> record = RecordStore(m_db).find(visit, id);
    if (!record || record->text("status") != u"signed")
        refuse(caller, visit, id, 409, QStringLiteral("not_signed"),
            QStringLiteral("only a signed note is a journal document"));
    const JournalDocument d
        = JournalDocument::build(JournalSource(m_db).complete({*record}).constFirst());
    HttpReply reply;
    const QByteArray name = QStringLiteral("%1_%2").arg(d.date, d.recordId).toLatin1();
    if (format == u"text") {
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = d.text().toUtf8();
        reply.headers.append({QByteArrayLiteral("Content-Disposition"),
            "attachment; filename=\"" + name + ".txt\""});
        audit(caller, visit, id, QStringLiteral("journal_text"));
        return reply;
    }
    reply.contentType = QByteArrayLiteral("application/pdf");
    reply.body = JournalPdf::render({d}, d.title);
    reply.headers.append(
        {QByteArrayLiteral("Content-Disposition"), "inline; filename=\"" + name + ".pdf\""});
    audit(caller, visit, id, QStringLiteral("journal_pdf"));
    return reply;
}

HttpReply JournalApi::casePdf(const Caller &caller, const QString &rawId)
{
    const QString entity = QStringLiteral("case");
    const QString id = checkCaller(caller, entity, rawId);
    if (!inScope(caller, entity, id))
        refuse(
            caller, entity, id, 404, QStringLiteral("not_found"), QStringLiteral("no such record"));
    // The notes the batch export has sent, as they stand now, and only those the caller reads.
    QSet<QString> exported;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT DISTINCT record_id FROM journal_exports WHERE case_id = ?"), {id});
    while (q.next())
        exported.insert(q.value(0).toString());
    q.finish();
    QList<JournalDocument> documents;
    for (const JournalDocument::Input &in : JournalSource(m_db).signedVisitsOfCase(id)) {
        const QString visitId = in.visit.value(QLatin1StringView("id")).toString();
        if (exported.contains(visitId) && inScope(caller, QStringLiteral("visit"), visitId))
            documents.append(JournalDocument::build(in));
    }
    if (documents.isEmpty())
        refuse(caller, entity, id, 409, QStringLiteral("not_exported"),
            QStringLiteral("no note of this case has been exported to the journal yet"));
    std::sort(
        documents.begin(), documents.end(), [](const JournalDocument &a, const JournalDocument &b) {
            return std::tie(a.date, a.signedAt, a.recordId)
                < std::tie(b.date, b.signedAt, b.recordId);
        });
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/pdf");
    const QString title = JournalDocument::caseTitle(documents.constFirst());
    reply.body = JournalPdf::render(documents, title);
    reply.headers.append({QByteArrayLiteral("Content-Disposition"),
        "inline; filename=\"journal_" + id.toLatin1() + ".pdf\""});
    audit(caller, entity, id, QStringLiteral("journal_case"));
    return reply;
}

} // namespace barntid::server
