// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalexport.h"

#include "accounts.h"
#include "audit.h"
#include "changewriter.h"
#include "database.h"
#include "domain/clock.h"
#include "domain/timeformat.h"
#include "journalpdf.h"
#include "journalsource.h"
#include "recordstore.h"
#include "scope.h"
#include "servererror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace barntid::server {

namespace {

struct Exported
{
    QString recordId;
    int documentVersion = 0;
    qint64 recordVersion = 0;
    QString caseId;
    QString folder;
    QString pdfFile;
    QString textFile;
    QString contentSha256;
    QString pdfSha256;
    QString textSha256;
    bool approved = false;
    QString signedAt;
    QString signedBy;
    QString date;
    QString exportedAt;

    QVariantList row() const
    {
        return {recordId, documentVersion, recordVersion, caseId, folder, pdfFile, textFile,
            contentSha256, pdfSha256, textSha256, approved ? 1 : 0, signedAt, signedBy, date,
            exportedAt};
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("record_id"), recordId},
            {QStringLiteral("record_version"), recordVersion},
            {QStringLiteral("document_version"), documentVersion}, {QStringLiteral("date"), date},
            {QStringLiteral("signed_at"), signedAt}, {QStringLiteral("signed_by"), signedBy},
            {QStringLiteral("approved"), approved},
            {QStringLiteral("content_sha256"), contentSha256}, {QStringLiteral("pdf"), pdfFile},
            {QStringLiteral("pdf_sha256"), pdfSha256}, {QStringLiteral("text"), textFile},
            {QStringLiteral("text_sha256"), textSha256},
            {QStringLiteral("exported_at"), exportedAt}};
    }
};

const QString selectExported = QStringLiteral(
    "SELECT record_id, document_version, record_version, case_id, folder, pdf_file, text_file, "
    "content_sha256, pdf_sha256, text_sha256, approved, signed_at, signed_by, visit_date, "
    "exported_at FROM journal_exports ");

Exported readExported(QSqlQuery &q)
{
    return Exported {q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
        q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
        q.value(10).toInt() != 0, q.value(11).toString(), q.value(12).toString(),
        q.value(13).toString(), q.value(14).toString()};
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** Whole or not at all: the import job never sees half a file. */
void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered, or a full disk makes commit() put an empty file in place (see KeyFile::write).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        || file.write(bytes) != bytes.size() || !file.commit())
        throw ServerError {500, QStringLiteral("export_failed"),
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
}

/** The journal_entry records that tell the devices in scope "i journalen": one per visit, its id
 *  the visit's, a new version with each document version. Inside the export's transaction. */
void writeEntries(Database &db, const Clock &clock, const QList<Exported> &written)
{
    RecordStore store(db);
    Accounts accounts(db, clock);
    Scope scope(store, accounts);
    ChangeWriter writer(store, scope, clock);
    QList<RecordKey> keys;
    for (const Exported &e : written)
        keys.append({QStringLiteral("journal_entry"), e.recordId});
    const QHash<RecordKey, StoredRecord> before = store.load(keys);
    for (const Exported &e : written) {
        const StoredRecord *old = nullptr;
        const auto found = before.constFind({QStringLiteral("journal_entry"), e.recordId});
        if (found != before.constEnd())
            old = &*found;
        StoredRecord r;
        r.entity = QStringLiteral("journal_entry");
        r.id = e.recordId;
        r.version = old ? old->version + 1 : 1;
        r.updatedAt = e.exportedAt;
        r.receivedAt = e.exportedAt;
        r.data = QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("version"), r.version},
            {QStringLiteral("created_at"), old ? old->text("created_at") : e.exportedAt},
            {QStringLiteral("updated_at"), e.exportedAt}, {QStringLiteral("deleted"), false},
            {QStringLiteral("visit_id"), e.recordId}, {QStringLiteral("case_id"), e.caseId},
            {QStringLiteral("document_version"), e.documentVersion},
            {QStringLiteral("record_version"), e.recordVersion},
            {QStringLiteral("content_sha256"), e.contentSha256},
            {QStringLiteral("exported_at"), e.exportedAt}};
        r.deriveColumns();
        writer.add(r);
    }
    writer.commit();
}

} // namespace

JournalExport::JournalExport(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString JournalExport::folderName(
    const QString &caseId, const QString &caseNumber, bool protectedId)
{
    if (caseId.isEmpty())
        return QStringLiteral("utan-arende");
    if (protectedId)
        return QStringLiteral("skyddad-") + caseId;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = caseNumber.trimmed();
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(u'.'))
        return QStringLiteral("arende-") + caseId;
    return name;
}

JournalExport::Result JournalExport::run(const Options &options)
{
    QDir dir(options.to);
    if (options.to.isEmpty() || !dir.mkpath(QStringLiteral(".")))
        throw ServerError {400, QStringLiteral("export_failed"),
            QStringLiteral("cannot create the folder %1").arg(options.to)};
    // Two runs into one folder (a timer and a hand) would both write the same new versions.
    QLockFile lock(dir.filePath(QStringLiteral(".barntid-export.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        throw ServerError {409, QStringLiteral("export_running"),
            lock.error() == QLockFile::LockFailedError
                ? QStringLiteral("another export is writing to %1").arg(options.to)
                : QStringLiteral("cannot write to %1").arg(options.to)};

    // What left before: per record its newest document, per case its folder.
    QHash<QString, Exported> latest;
    QHash<QString, QString> folderOfCase;
    QSet<QString> takenFolders;
    {
        QSqlQuery q = m_db.exec(selectExported);
        while (q.next()) {
            const Exported e = readExported(q);
            if (e.documentVersion > latest.value(e.recordId).documentVersion)
                latest.insert(e.recordId, e);
            folderOfCase.insert(e.caseId, e.folder);
            takenFolders.insert(e.folder);
        }
    }
    m_db.finishAll();

    const QString now = toRfc3339(m_clock.now());
    Result result;
    QList<Exported> written;
    QList<JournalDocument> documents;
    QSet<QString> touchedCases;
    QHash<QString, QJsonObject> caseInfo;
    for (const JournalDocument::Input &in : JournalSource(m_db).signedVisits(options.since)) {
        JournalDocument d = JournalDocument::build(in);
        if (options.approvedOnly && !d.approved)
            continue;
        const auto before = latest.constFind(d.recordId);
        if (before != latest.constEnd()
            && (d.recordVersion <= before->recordVersion
                || d.contentSha256() == before->contentSha256)) {
            ++result.unchanged;
            continue;
        }
        QString folder = folderOfCase.value(d.caseId);
        if (folder.isEmpty()) {
            folder = folderName(d.caseId, d.caseNumber, d.protectedIdentity);
            if (takenFolders.contains(folder)) // two cases with one number: keep them apart
                folder += u'-' + d.caseId.left(8);
            folderOfCase.insert(d.caseId, folder);
            takenFolders.insert(folder);
        }
        Exported e;
        e.recordId = d.recordId;
        e.documentVersion = before == latest.constEnd() ? 1 : before->documentVersion + 1;
        e.recordVersion = d.recordVersion;
        e.caseId = d.caseId;
        e.folder = folder;
        const QString base = QStringLiteral("%1_%2_v%3")
                                 .arg(d.date, d.recordId, QString::number(e.documentVersion));
        e.pdfFile = base + QStringLiteral(".pdf");
        e.textFile = base + QStringLiteral(".txt");
        e.contentSha256 = d.contentSha256();
        e.approved = d.approved;
        e.signedAt = d.signedAt;
        e.signedBy = d.signedBy;
        e.date = d.date;
        e.exportedAt = now;
        written.append(e);
        touchedCases.insert(d.caseId);
        caseInfo.insert(d.caseId,
            QJsonObject {{QStringLiteral("case_number"), d.caseNumber},
                {QStringLiteral("protected_identity"), d.protectedIdentity}});
        documents.append(std::move(d));
    }
    if (written.isEmpty())
        return result;

    // Drawing the PDFs is most of the work and each stands alone: on every core at once.
    const QList<QByteArray> pdfs = QtConcurrent::blockingMapped(
        documents, [](const JournalDocument &d) { return JournalPdf::render({d}, d.title); });

    // A run that fails half-way takes back what it wrote, so the import job finds no document
    // that the manifest and the database do not know.
    QStringList files;
    const auto takeBack = [&files] {
        for (const QString &path : std::as_const(files))
            QFile::remove(path);
    };
    try {
        for (qsizetype i = 0; i < written.size(); ++i) {
            Exported &e = written[i];
            if (!dir.mkpath(e.folder))
                throw ServerError {500, QStringLiteral("export_failed"),
                    QStringLiteral("cannot create %1").arg(dir.filePath(e.folder))};
            const QByteArray text = documents.at(i).text().toUtf8();
            files << dir.filePath(e.folder + u'/' + e.pdfFile);
            writeFile(files.constLast(), pdfs.at(i));
            files << dir.filePath(e.folder + u'/' + e.textFile);
            writeFile(files.constLast(), text);
            e.pdfSha256 = sha256(pdfs.at(i));
            e.textSha256 = sha256(text);
        }
    } catch (...) {
        takeBack();
        throw;
    }

    // What the database learns and the manifests say, in one transaction: if either fails, the
    // documents go again and the manifests are as before.
    QList<std::pair<QString, std::optional<QByteArray>>> manifestsBefore;
    try {
        WriteTransaction tx(m_db);
        QList<QVariantList> rows;
        Audit audit(Caller {}, m_clock);
        for (const Exported &e : std::as_const(written)) {
            rows.append(e.row());
            audit.add(QStringLiteral("export"), QStringLiteral("visit"), e.recordId,
                QStringLiteral("journal:v%1").arg(e.documentVersion));
        }
        m_db.execRows(QStringLiteral("INSERT INTO journal_exports (record_id, document_version, "
                                     "record_version, case_id, folder, pdf_file, text_file, "
                                     "content_sha256, pdf_sha256, text_sha256, approved, "
                                     "signed_at, signed_by, visit_date, exported_at)"),
            rows);
        audit.write(m_db);
        writeEntries(m_db, m_clock, written);
        // Each touched case's manifest lists every document that case ever sent, oldest first.
        QHash<QString, QJsonArray> listed;
        QList<QVariantList> caseRows;
        for (const QString &id : std::as_const(touchedCases))
            caseRows.append({id});
        m_db.selectRows(selectExported + QStringLiteral("WHERE case_id IN (VALUES "), caseRows,
            QStringLiteral(") ORDER BY visit_date, record_id, document_version"),
            [&](QSqlQuery &q) {
                const Exported e = readExported(q);
                listed[e.caseId].append(e.toJson());
            });
        for (const QString &caseId : std::as_const(touchedCases)) {
            QJsonObject manifest = caseInfo.value(caseId);
            manifest.insert(QStringLiteral("format"), QStringLiteral("barntid-journal/1"));
            manifest.insert(QStringLiteral("case_id"), caseId);
            manifest.insert(QStringLiteral("documents"), listed.value(caseId));
            const QString path
                = dir.filePath(folderOfCase.value(caseId) + QStringLiteral("/manifest.json"));
            QFile old(path);
            manifestsBefore.append({path,
                old.open(QIODevice::ReadOnly) ? std::optional(old.readAll()) : std::nullopt});
            writeFile(path, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        }
        tx.commit();
    } catch (...) {
        takeBack();
        for (const auto &[path, bytes] : std::as_const(manifestsBefore)) {
            if (!bytes) {
                QFile::remove(path);
                continue;
            }
            try {
                writeFile(path, *bytes);
            } catch (const ServerError &) {
                // The first error is the one to report; the next run rewrites the manifest.
            }
        }
        throw;
    }
    result.documents = int(written.size());
    result.cases = int(touchedCases.size());
    return result;
}

} // namespace barntid::server
