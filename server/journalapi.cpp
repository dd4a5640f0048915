// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalapi.h"

#include "audit.h"
#include "database.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "journalpdf.h"
#include "journalsource.h"
#include "recordstore.h"
#include "secrets.h"
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
    Audit rows(caller, m_clock);
    rows.add(QStringLiteral("read"), entity, id, outcome);
    rows.commit(m_db); // begin() leaves no read snapshot open under the write
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

JournalDocument JournalApi::visitDocument(const Caller &caller, const QString &rawId)
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
    return JournalDocument::build(JournalSource(m_db).complete({*record}).constFirst());
}

QList<JournalDocument> JournalApi::caseDocuments(const Caller &caller, const QString &rawId)
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
    return documents;
}

HttpReply JournalApi::visit(const Caller &caller, const QString &rawId, const QString &format)
{
    const JournalDocument d = visitDocument(caller, rawId);
    HttpReply reply;
    const QByteArray name = QStringLiteral("%1_%2").arg(d.date, d.recordId).toLatin1();
    if (format == u"text") {
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = d.text().toUtf8();
        reply.headers.append({QByteArrayLiteral("Content-Disposition"),
            "attachment; filename=\"" + name + ".txt\""});
        audit(caller, QStringLiteral("visit"), d.recordId, QStringLiteral("journal_text"));
        return reply;
    }
    reply.contentType = QByteArrayLiteral("application/pdf");
    reply.body = JournalPdf::render({d}, d.title);
    reply.headers.append(
        {QByteArrayLiteral("Content-Disposition"), "inline; filename=\"" + name + ".pdf\""});
    audit(caller, QStringLiteral("visit"), d.recordId, QStringLiteral("journal_pdf"));
    return reply;
}

HttpReply JournalApi::casePdf(const Caller &caller, const QString &rawId)
{
    const QList<JournalDocument> documents = caseDocuments(caller, rawId);
    const QString id = rawId.toLower();
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/pdf");
    reply.body = JournalPdf::render(documents, JournalDocument::caseTitle(documents.constFirst()));
    reply.headers.append({QByteArrayLiteral("Content-Disposition"),
        "inline; filename=\"journal_" + id.toLatin1() + ".pdf\""});
    audit(caller, QStringLiteral("case"), id, QStringLiteral("journal_case"));
    return reply;
}

QJsonObject JournalApi::createLink(const Caller &caller, const QJsonObject &body)
{
    const QString entity = body.value(QLatin1StringView("entity")).toString();
    const QString rawId = body.value(QLatin1StringView("id")).toString();
    if (entity == u"visit")
        visitDocument(caller, rawId);
    else if (entity == u"case")
        caseDocuments(caller, rawId);
    else
        throw ServerError {
            400, QStringLiteral("invalid"), QStringLiteral("entity is visit or case")};
    const QString id = rawId.toLower();
    const QString token = secrets::newToken();
    const QDateTime now = m_clock.now();
    const QString expires = toRfc3339(now.addSecs(60 * linkMinutes));
    m_db.finishAll();
    m_db.begin();
    m_db.exec(QStringLiteral("INSERT INTO journal_links (token_hash, user_id, device_id, entity, "
                             "record_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {secrets::tokenHash(token), caller.userId, caller.deviceId, entity, id, toRfc3339(now),
            expires});
    Audit rows(caller, m_clock);
    rows.add(QStringLiteral("read"), entity, id, QStringLiteral("journal_link"));
    rows.write(m_db);
    m_db.commit();
    return {{QStringLiteral("url"), QStringLiteral("/journal/") + token},
        {QStringLiteral("expires_at"), expires}};
}

HttpReply JournalApi::openLink(const QString &token)
{
    const QString now = toRfc3339(m_clock.now());
    const QString hash = secrets::tokenHash(token);
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT l.entity, l.record_id, u.id, u.role, u.team_id, u.foster_home_id, "
                       "u.active, d.id FROM journal_links l JOIN users u ON u.id = l.user_id "
                       "JOIN devices d ON d.id = l.device_id WHERE l.token_hash = ? AND "
                       "l.used_at IS NULL AND l.expires_at > ? AND d.wiped_at IS NULL AND "
                       "d.revoked_at IS NULL AND d.token_hash IS NOT NULL AND "
                       "d.token_expires_at > ?"),
        {hash, now, now});
    const bool found = q.next();
    Caller caller;
    QString entity, id;
    if (found) {
        entity = q.value(0).toString();
        id = q.value(1).toString();
        caller = Caller {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), q.value(7).toString()};
        caller.disabled = q.value(6).toInt() == 0;
    }
    q.finish();
    // Once: the UPDATE that marks it used decides, so two opens at the same moment get one PDF.
    bool claimed = false;
    if (found) {
        m_db.finishAll();
        m_db.begin();
        QSqlQuery u = m_db.exec(QStringLiteral("UPDATE journal_links SET used_at = ? WHERE "
                                               "token_hash = ? AND used_at IS NULL"),
            {now, hash});
        claimed = u.numRowsAffected() == 1;
        m_db.commit();
    }
    if (!claimed) {
        HttpReply reply;
        reply.status = 404;
        reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        reply.body = QByteArrayLiteral(
            "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Barntid"
            "</title></head><body><p>L\xc3\xa4nken g\xc3\xa4ller inte l\xc3\xa4ngre: den "
            "anv\xc3\xa4nds en g\xc3\xa5ng och i fem minuter. \xc3\x96ppna anteckningen i "
            "Barntid och v\xc3\xa4lj Dela till journalen igen.</p></body></html>");
        return reply;
    }
    return entity == u"case" ? casePdf(caller, id) : visit(caller, id, QStringLiteral("pdf"));
}

} // namespace barntid::server
