// SPDX-License-Identifier: GPL-3.0-or-later
// The journal export (issue 14, DESIGN.md §4, §5, §7) against the real server on the demo
// municipality: `barntid-server export` into real folders, read back with independent tools
// (sha256 here, poppler-utils for the PDFs), the journal HTTP endpoints and one-time links over
// real HTTP, and the journal_entry records the devices pull. One test function per rule.
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "records.h"
#include "serverharness.h"
#include "testclock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <optional>
#include <signal.h>
#include <unistd.h>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString applied = QStringLiteral("applied");
// Words a ligature would merge ("fi", "ff", "ffi", "fl"), so a PDF text extraction shows
// whether they survived as letters.
const QString ligatureNote = QStringLiteral("Vi fick fika och flickan visade affischen.");
const QString ligatureWords = QStringLiteral("Jag vill ha officiella fiskar.");
const QString amendmentText = QStringLiteral("Tillägg: effekten syntes efteråt.");

QString text(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1StringView(field)).toString();
}

qint64 number(const QJsonObject &o, const char *field)
{
    return qint64(o.value(QLatin1StringView(field)).toDouble());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

CliRun exportTo(ServerFixture &f, const QString &dir, const QStringList &more = {})
{
    return f.cli(QStringList {QStringLiteral("export"), QStringLiteral("--to"), dir} + more);
}

/** The one line a successful export prints. */
QByteArray summary(int documents, int cases, int unchanged)
{
    return QStringLiteral("exported %1 documents for %2 cases; %3 unchanged")
        .arg(documents)
        .arg(cases)
        .arg(unchanged)
        .toUtf8();
}

/** Every entry under dir, hidden ones too: path → "size mtime". Two equal listings mean nothing
 *  was written, renamed or left behind (the root's own mtime moves with the lock file). */
QMap<QString, QString> listing(const QString &dir)
{
    QMap<QString, QString> out;
    const QDir root(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        out.insert(root.relativeFilePath(info.filePath()),
            QStringLiteral("%1 %2")
                .arg(info.isDir() ? -1 : info.size())
                .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

/** "+path", "-path", "~path" for what was added, removed or rewritten between two listings. */
QStringList changes(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QStringList out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            out << u'+' + it.key();
        else if (before.value(it.key()) != it.value())
            out << u'~' + it.key();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            out << u'-' + it.key();
    }
    out.sort();
    return out;
}

QStringList subfolders(const QString &dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

/** Live records of one entity in the server's database, id → wire data with its version. */
QHash<QString, QJsonObject> live(TestDatabase &db, const QString &entity)
{
    QHash<QString, QJsonObject> out;
    const auto rows = db.rows(QStringLiteral("SELECT id, data, version FROM records WHERE "
                                             "entity = ? AND deleted = 0"),
        {entity});
    for (const QVariantList &row : rows) {
        QJsonObject o = QJsonDocument::fromJson(row[1].toString().toUtf8()).object();
        o.insert(QStringLiteral("version"), row[2].toLongLong());
        out.insert(row[0].toString(), o);
    }
    return out;
}

QStringList signedVisitIds(TestDatabase &db)
{
    QStringList ids;
    const QHash<QString, QJsonObject> visits = live(db, QStringLiteral("visit"));
    for (auto it = visits.begin(); it != visits.end(); ++it) {
        if (text(it.value(), "status") == u"signed")
            ids << it.key();
    }
    ids.sort();
    return ids;
}

/** A new case of the worker with one signed note; the visit's fields may be changed. Empty ids
 *  (and a warning with the answer) when the server did not apply both. */
struct Note
{
    QString caseId;
    QString visitId;
    QString caseNumber;
};
Note pushSignedNote(Device &worker, const QString &note, const QJsonObject &changes = {})
{
    Note n {barntid::newId(), barntid::newId(), {}};
    n.caseNumber = QStringLiteral("JE-") + n.caseId.right(6);
    QJsonObject visit = r::visit(n.caseId, note, true);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        visit.insert(it.key(), it.value());
    const HttpResponse push
        = worker.push({r::upsert(QStringLiteral("case"), n.caseId, r::caseData(n.caseNumber)),
            r::upsert(QStringLiteral("visit"), n.visitId, visit)});
    if (outcomes(push) != QStringList({applied, applied})) {
        qWarning("note not applied: %s", push.describe().constData());
        return {};
    }
    return n;
}

bool pushAmendment(Device &worker, const QString &visitId, const QString &text)
{
    const HttpResponse push = worker.push({r::upsert(
        QStringLiteral("visit_amendment"), barntid::newId(), r::amendment(visitId, text))});
    if (outcomes(push) != QStringList {applied})
        qWarning("amendment not applied: %s", push.describe().constData());
    return outcomes(push) == QStringList {applied};
}

/** The text twin's parts: the content (the bytes before the separator line) and its footer. */
struct Twin
{
    QByteArray content;
    QString recordId;
    qint64 recordVersion = -1;
    QString hash;
};
std::optional<Twin> parseTwin(const QByteArray &twin)
{
    const QByteArray separator = '\n' + QByteArray(40, '-') + '\n';
    const qsizetype at = twin.indexOf(separator);
    if (at < 0)
        return std::nullopt;
    static const QRegularExpression footer(
        QStringLiteral("^Barntid-post ([0-9a-f-]{36}), version (\\d+), SHA-256 ([0-9a-f]{64})$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m
        = footer.match(QString::fromUtf8(twin.mid(at + separator.size())));
    if (!m.hasMatch())
        return std::nullopt;
    return Twin {twin.left(at + 1), m.captured(1), m.captured(2).toLongLong(), m.captured(3)};
}

/** One document of an export: its manifest entry and its files. */
struct Document
{
    QString folder;
    QJsonObject entry;
    QString pdfPath;
    QByteArray text;
    QString recordId() const { return entry.value(QLatin1StringView("record_id")).toString(); }
    QString hash() const { return entry.value(QLatin1StringView("content_sha256")).toString(); }
    qint64 version() const { return number(entry, "document_version"); }
};

/** Checks one manifest entry against the files beside it; problems are appended. */
void checkDocument(
    const QString &folderPath, const QJsonObject &e, QStringList *problems, QSet<QString> *files)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression pdfName(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})_([0-9a-f-]{36})_v(\\d+)\\.pdf$"));
    const QString where = QFileInfo(folderPath).fileName() + u'/' + text(e, "pdf");
    const auto problem
        = [&](const QString &what) { *problems << where + QStringLiteral(": ") + what; };
    for (const char *field : {"content_sha256", "pdf_sha256", "text_sha256"}) {
        if (!hex64.match(text(e, field)).hasMatch())
            problem(QStringLiteral("%1 is no SHA-256").arg(QLatin1StringView(field)));
    }
    if (number(e, "record_version") < 1 || number(e, "document_version") < 1)
        problem(QStringLiteral("record_version or document_version missing"));
    // <date>_<visit id>_v<N>.pdf and the same name with .txt.
    const QRegularExpressionMatch m = pdfName.match(text(e, "pdf"));
    if (!m.hasMatch() || m.captured(1) != text(e, "date") || m.captured(2) != text(e, "record_id")
        || m.captured(3).toLongLong() != number(e, "document_version"))
        problem(QStringLiteral("the name is not <date>_<record id>_v<document version>.pdf"));
    QString textName = text(e, "pdf");
    textName.replace(QRegularExpression(QStringLiteral("\\.pdf$")), QStringLiteral(".txt"));
    if (text(e, "text") != textName)
        problem(QStringLiteral("the text twin is named %1").arg(text(e, "text")));
    files->insert(text(e, "pdf"));
    files->insert(text(e, "text"));
    const QByteArray pdf = fileBytes(folderPath + u'/' + text(e, "pdf"));
    const QByteArray twin = fileBytes(folderPath + u'/' + text(e, "text"));
    if (!pdf.startsWith("%PDF-") || sha256(pdf) != text(e, "pdf_sha256"))
        problem(QStringLiteral("the PDF is missing or its SHA-256 is not the manifest's"));
    if (twin.isEmpty() || sha256(twin) != text(e, "text_sha256"))
        problem(QStringLiteral("the text is missing or its SHA-256 is not the manifest's"));
    // The footer's hash is the SHA-256 of the content above the separator, as the manifest says.
    const std::optional<Twin> t = parseTwin(twin);
    if (!t)
        problem(QStringLiteral("the text twin has no separator and footer"));
    else if (sha256(t->content) != t->hash || t->hash != text(e, "content_sha256")
        || t->recordId != text(e, "record_id") || t->recordVersion != number(e, "record_version"))
        problem(QStringLiteral("footer %1 v%2 %3, content %4, manifest %5")
                    .arg(t->recordId)
                    .arg(t->recordVersion)
                    .arg(t->hash, sha256(t->content), text(e, "content_sha256")));
}

/** Reads every case folder of an export and checks it against its manifest.json: names, the
 *  three hashes, the footer, and that no other file (half-written, temporary, a lock) is there. */
QList<Document> readExport(const QString &dir, QStringList *problems)
{
    QList<Document> documents;
    for (const QFileInfo &entry :
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!entry.isDir())
            *problems << entry.fileName() + QStringLiteral(": a file beside the case folders");
    }
    for (const QString &folder : subfolders(dir)) {
        const QString path = dir + u'/' + folder;
        const QJsonObject manifest
            = QJsonDocument::fromJson(fileBytes(path + QStringLiteral("/manifest.json"))).object();
        const QJsonArray entries = manifest.value(QLatin1StringView("documents")).toArray();
        if (entries.isEmpty() || text(manifest, "case_id").isEmpty())
            *problems << folder + QStringLiteral(": no manifest with a case id and documents");
        QSet<QString> expected {QStringLiteral("manifest.json")};
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            checkDocument(path, e, problems, &expected);
            documents.append(Document {
                folder, e, path + u'/' + text(e, "pdf"), fileBytes(path + u'/' + text(e, "text"))});
        }
        const QStringList present
            = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QSet<QString> found(present.begin(), present.end());
        if (found != expected)
            *problems << folder
                    + QStringLiteral(": files %1, manifest %2")
                          .arg(QStringList(found.begin(), found.end()).join(u','),
                              QStringList(expected.begin(), expected.end()).join(u','));
    }
    return documents;
}

bool hasPoppler()
{
    for (const char *tool : {"pdfinfo", "pdffonts", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    }
    return true;
}

/** A poppler-utils tool's standard output; "FAILED: …" when it did not run cleanly. */
QByteArray poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return "FAILED: " + tool.toUtf8() + ' ' + p.readAllStandardError();
    return p.readAllStandardOutput();
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(poppler(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

/** pdffonts' table: "name: emb" per font, read by the columns its dashed line marks out. */
QStringList embeddedColumn(const QByteArray &table)
{
    const QList<QByteArray> lines = table.split('\n');
    QStringList fonts;
    qsizetype emb = -1;
    for (const QByteArray &line : lines) {
        if (line.startsWith("----")) {
            // name, type, encoding, then "emb": the fourth group of dashes.
            qsizetype at = 0;
            for (int group = 0; group < 3 && at >= 0; ++group)
                at = line.indexOf(' ', line.indexOf('-', at));
            emb = at < 0 ? -1 : at + 1;
        } else if (emb > 0 && !line.trimmed().isEmpty()) {
            fonts << QString::fromUtf8(line.left(emb).trimmed() + ": " + line.mid(emb, 3));
        }
    }
    return fonts;
}

/** The ids of the entity's live records in a pull, sorted. */
QStringList pulledIds(const Snapshot &s, const QString &entity)
{
    QStringList ids = s.ids(entity);
    ids.sort();
    return ids;
}

/** Resumes a stopped process whatever happens in the test. */
struct ContinueOnExit
{
    qint64 pid = 0;
    ~ContinueOnExit()
    {
        if (pid > 0)
            ::kill(pid_t(pid), SIGCONT);
    }
};

/** Lets the process run in steps of about a millisecond (SIGCONT, SIGSTOP) until `reached`
 *  holds, and leaves it stopped there: a point inside its run found whatever the machine's load,
 *  with no race against its speed. False when it ended first or took over 30 s. */
bool stepUntil(QProcess &p, const std::function<bool()> &reached)
{
    const pid_t pid = pid_t(p.processId());
    ::kill(pid, SIGSTOP);
    const QDeadlineTimer deadline(30'000);
    while (!reached()) {
        if (p.waitForFinished(0) || deadline.hasExpired())
            return false;
        ::kill(pid, SIGCONT);
        QThread::usleep(1000);
        ::kill(pid, SIGSTOP);
    }
    return true;
}

} // namespace

class TestServerJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void folderPerCaseAndProtectedIdentityMasked(); // 1
    void documentsMatchTheirManifest(); // 2
    void pdfIsPdfA1bWithEmbeddedFontsAndReadableText(); // 3
    void secondExportWritesNothingAmendmentOneVersion(); // 4
    void approvedOnlyAndSinceFilter(); // 5
    void concurrentExportRefusedUnwritableFolderFails(); // 6
    void httpDocumentsFollowTheRolesAndAreAudited(); // 7
    void oneTimeLinksOpenOnceWithinFiveMinutes(); // 8
    void journalEntriesReachOnlyTheDevicesInScope(); // 9

private:
    /** GET path as the device: the status must be `status` (with that error code when it is an
     *  error) and exactly one audit row (read, account, device, entity, id, outcome) is added. */
    void read(ServerFixture &f, Device &who, const QString &path, int status, const QString &entity,
        const QString &id, const QString &outcome, HttpResponse *answer = nullptr);
};

void TestServerJournal::read(ServerFixture &f, Device &who, const QString &path, int status,
    const QString &entity, const QString &id, const QString &outcome, HttpResponse *answer)
{
    QVERIFY2(who.isValid(), who.login.describe());
    const QString sql = QStringLiteral(
        "SELECT COUNT(*) FROM audit WHERE action = 'read' AND user_id = ? AND device_id = ? AND "
        "entity = ? AND record_id = ? AND outcome = ?");
    const QVariantList binds {who.userId(), who.deviceId, entity, id, outcome};
    const qint64 before = f.db().number(sql, binds);
    const HttpResponse got = who.http->send("GET", path, {}, who.auth());
    if (answer)
        *answer = got;
    QVERIFY2(got.status == status,
        qPrintable(who.username + u' ' + path + u' ' + QString::fromUtf8(got.describe())));
    if (status >= 400)
        QVERIFY2(got.hasEnvelope() && got.errorCode() == outcome, got.describe());
    QVERIFY2(f.db().number(sql, binds) == before + 1,
        qPrintable(QStringLiteral("no audit row for %1 %2 → %3").arg(who.username, path, outcome)));
}

// 1. One folder per case with a signed note, named by its case number; a protected identity's
//    folder is skyddad-<case id>, and nothing written names that child or its case number.
void TestServerJournal::folderPerCaseAndProtectedIdentityMasked()
{
    ServerFixture f(currentBackend());
    QVERIFY2(f.db().isValid(), qPrintable(f.db().error()));
    QTemporaryDir out;
    const CliRun run = exportTo(f, out.path());
    QVERIFY2(run.ok(), qPrintable(run.describe()));

    const QHash<QString, QJsonObject> cases = live(f.db(), QStringLiteral("case"));
    const QHash<QString, QJsonObject> visits = live(f.db(), QStringLiteral("visit"));
    QSet<QString> withNotes;
    for (const QString &id : signedVisitIds(f.db()))
        withNotes.insert(text(visits.value(id), "case_id"));
    QStringList expected;
    QList<QJsonObject> hidden, shown;
    for (const QString &caseId : std::as_const(withNotes)) {
        QJsonObject c = cases.value(caseId);
        c.insert(QStringLiteral("id"), caseId);
        const bool masked = c.value(QLatin1StringView("protected_identity")).toBool();
        expected << (masked ? QStringLiteral("skyddad-") + caseId : text(c, "case_number"));
        (masked ? hidden : shown) << c;
    }
    expected.sort();
    // The demo municipality has protected identities with signed notes (worker1's and worker4's
    // third child): without them this test would prove nothing.
    QVERIFY2(hidden.size() >= 2 && !shown.isEmpty(), "the demo data has changed");
    QCOMPARE(subfolders(out.path()), expected);

    // A leak is a protected child's name anywhere, or its case number in a path (the import
    // job's log, a backup listing). Inside the documents and the manifest the case number stays,
    // as on the tablet's screen: it is how the case system files the document.
    QStringList leaks;
    const auto scanFields
        = [&](const QString &where, const QByteArray &bytes, const QList<const char *> &fields) {
              for (const QJsonObject &c : std::as_const(hidden)) {
                  for (const char *field : fields) {
                      if (bytes.contains(text(c, field).toUtf8()))
                          leaks << QStringLiteral("%1 names %2 of %3")
                                       .arg(where, QLatin1StringView(field), text(c, "id"));
                  }
              }
          };
    const auto scan = [&](const QString &where, const QByteArray &bytes) {
        scanFields(where, bytes, {"child_name"});
    };
    const QMap<QString, QString> entries = listing(out.path());
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        scanFields(
            QStringLiteral("path ") + it.key(), it.key().toUtf8(), {"child_name", "case_number"});
        scan(it.key(), fileBytes(out.filePath(it.key())));
    }
    for (const QJsonObject &c : std::as_const(hidden)) {
        const QString folder = QStringLiteral("skyddad-") + text(c, "id");
        const QJsonObject manifest = QJsonDocument::fromJson(
            fileBytes(out.filePath(folder + QStringLiteral("/manifest.json"))))
                                         .object();
        QCOMPARE(
            manifest.value(QLatin1StringView("case_number")).toString(), text(c, "case_number"));
        QCOMPARE(manifest.value(QLatin1StringView("protected_identity")).toBool(), true);
    }
    // The scan can see: an unprotected case's twin does name its child and number.
    const QString shownFolder = text(shown.constFirst(), "case_number");
    QStringList problems;
    const QList<Document> documents = readExport(out.path(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (const Document &d : documents) {
        if (d.folder == shownFolder) {
            QVERIFY(d.text.contains(text(shown.constFirst(), "child_name").toUtf8()));
            QVERIFY(d.text.contains(shownFolder.toUtf8()));
        }
    }
    const bool poppler = hasPoppler();
    if (poppler) {
        for (const Document &d : documents)
            scan(d.folder + QStringLiteral(" (pdftotext)"), pdfText(d.pdfPath).toUtf8());
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    if (!poppler)
        QSKIP("poppler-utils is missing (scripts/setup installs it): the PDFs' text was not read");
}

// 2. <date>_<visit id>_v<N>.pdf and .txt per note; the manifest's hashes are the files' and the
//    twin's footer hash is the SHA-256 of its content; the date is the Swedish one.
void TestServerJournal::documentsMatchTheirManifest()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    // A late evening visit in UTC is the next day in Stockholm: the name carries that day.
    const QDateTime start(
        QDateTime::currentDateTimeUtc().date().addDays(-3), QTime(23, 10), Qt::UTC);
    const Note late = pushSignedNote(worker1, QStringLiteral("Kvällsbesök."),
        {{QStringLiteral("actual_start"), barntid::toRfc3339(start)},
            {QStringLiteral("actual_end"), barntid::toRfc3339(start.addSecs(40 * 60))}});
    QVERIFY(!late.visitId.isEmpty());
    QTemporaryDir out;
    const CliRun run = exportTo(f, out.path());
    QVERIFY2(run.ok(), qPrintable(run.describe()));

    QStringList problems;
    const QList<Document> documents = readExport(out.path(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QStringList signedIds = signedVisitIds(f.db());
    QStringList exported;
    const QHash<QString, QJsonObject> visits = live(f.db(), QStringLiteral("visit"));
    for (const Document &d : documents) {
        exported << d.recordId();
        QCOMPARE(d.version(), 1);
        QCOMPARE(number(d.entry, "record_version"), number(visits.value(d.recordId()), "version"));
    }
    exported.sort();
    QCOMPARE(exported, signedIds);
    QCOMPARE(
        run.out.trimmed(), summary(int(documents.size()), int(subfolders(out.path()).size()), 0));
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM journal_exports")),
        qint64(documents.size()));
    const QString day = start.toTimeZone(barntid::stockholm()).date().toString(Qt::ISODate);
    QCOMPARE(day, start.date().addDays(1).toString(Qt::ISODate));
    const QStringList lateFiles = QDir(out.filePath(late.caseNumber)).entryList(QDir::Files);
    QVERIFY2(lateFiles.contains(QStringLiteral("%1_%2_v1.pdf").arg(day, late.visitId))
            && lateFiles.contains(QStringLiteral("%1_%2_v1.txt").arg(day, late.visitId)),
        qPrintable(lateFiles.join(u' ')));
}

// 3. PDF/A-1b by poppler's reading: the XMP names part 1 conformance B, every font is embedded,
//    and the text extracts with the record id, the footer hash and the Swedish words intact.
void TestServerJournal::pdfIsPdfA1bWithEmbeddedFontsAndReadableText()
{
    if (!hasPoppler())
        QSKIP("poppler-utils (pdfinfo, pdffonts, pdftotext) is missing; scripts/setup installs it");
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    const Note note
        = pushSignedNote(worker1, ligatureNote, {{QStringLiteral("child_words"), ligatureWords}});
    QVERIFY(!note.visitId.isEmpty());
    QVERIFY(pushAmendment(worker1, note.visitId, amendmentText));
    QTemporaryDir out;
    const CliRun run = exportTo(f, out.path());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QStringList problems;
    const QList<Document> documents = readExport(out.path(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(documents.size() > 1);

    static const QRegularExpression part(QStringLiteral("pdfaid:part(>|=[\"'])1\\b"));
    static const QRegularExpression conformance(QStringLiteral("pdfaid:conformance(>|=[\"'])B\\b"));
    bool sawOurs = false;
    for (const Document &d : documents) {
        const QString where = d.folder + u'/' + text(d.entry, "pdf");
        const QString meta = QString::fromUtf8(
            poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), d.pdfPath}));
        QVERIFY2(part.match(meta).hasMatch() && conformance.match(meta).hasMatch(),
            qPrintable(where + u'\n' + meta));
        const QStringList fonts = embeddedColumn(poppler(QStringLiteral("pdffonts"), {d.pdfPath}));
        QVERIFY2(!fonts.isEmpty(), qPrintable(where + QStringLiteral(": no fonts listed")));
        for (const QString &font : fonts)
            QVERIFY2(font.endsWith(QStringLiteral(": yes")), qPrintable(where + u' ' + font));
        const QString body = pdfText(d.pdfPath);
        for (const QString &word : {d.recordId(), d.hash(), QStringLiteral("Barntid"),
                 QStringLiteral("Signerad"), QStringLiteral("Anteckning")})
            QVERIFY2(body.contains(word), qPrintable(where + QStringLiteral(" lacks ") + word));
        if (d.recordId() != note.visitId)
            continue;
        // The note, the child's own words, the amendment and the signer, as written.
        sawOurs = true;
        for (const QString &words : {ligatureNote, ligatureWords, amendmentText,
                 QStringLiteral("Anna Lindqvist"), QStringLiteral("Barnets egna ord")})
            QVERIFY2(body.contains(words), qPrintable(words + QStringLiteral(" not in\n") + body));
    }
    QVERIFY(sawOurs);
}

// 4. A second export writes nothing; an amendment makes exactly one new version, _v2, and the
//    manifest lists both.
void TestServerJournal::secondExportWritesNothingAmendmentOneVersion()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    QTemporaryDir out;
    const CliRun first = exportTo(f, out.path());
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    const int documents = int(signedVisitIds(f.db()).size());
    const QMap<QString, QString> exported = listing(out.path());
    const CliRun again = exportTo(f, out.path());
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(again.out.trimmed(), summary(0, 0, documents));
    QCOMPARE(changes(exported, listing(out.path())), QStringList());

    // The worker amends one of their signed notes from what the device pulled.
    const PullLog pulled = pullAll(worker1);
    QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
    QString visit;
    for (const QJsonObject &v : Snapshot(pulled.changes).all(QStringLiteral("visit"))) {
        if (text(v, "status") == u"signed" && visit.isEmpty())
            visit = text(v, "id");
    }
    QVERIFY(!visit.isEmpty());
    QVERIFY(pushAmendment(worker1, visit, amendmentText));
    const CliRun amended = exportTo(f, out.path());
    QVERIFY2(amended.ok(), qPrintable(amended.describe()));
    QCOMPARE(amended.out.trimmed(), summary(1, 1, documents - 1));
    const QMap<QString, QString> after = listing(out.path());
    QStringList problems;
    const QList<Document> all = readExport(out.path(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QList<Document> versions;
    for (const Document &d : all) {
        if (d.recordId() == visit)
            versions << d;
    }
    QCOMPARE(versions.size(), 2);
    std::sort(versions.begin(), versions.end(),
        [](const Document &a, const Document &b) { return a.version() < b.version(); });
    QCOMPARE(versions[0].version(), 1);
    QCOMPARE(versions[1].version(), 2);
    QVERIFY(
        number(versions[1].entry, "record_version") > number(versions[0].entry, "record_version"));
    QVERIFY(versions[0].hash() != versions[1].hash());
    QVERIFY(versions[1].text.contains(amendmentText.toUtf8()));
    // Only the new version's two files and the case's manifest were written.
    const QString folder = versions[1].folder;
    QCOMPARE(changes(exported, after),
        QStringList({u'+' + folder + u'/' + text(versions[1].entry, "pdf"),
            u'+' + folder + u'/' + text(versions[1].entry, "text"), u'~' + folder,
            u'~' + folder + QStringLiteral("/manifest.json")}));
    QVERIFY(text(versions[1].entry, "pdf").endsWith(QStringLiteral("_v2.pdf")));
    const CliRun last = exportTo(f, out.path());
    QCOMPARE(last.out.trimmed(), summary(0, 0, documents));
    QCOMPARE(changes(after, listing(out.path())), QStringList());

    // Every document that left is in the audit log, once, with its version; nothing else is.
    const QString exports = QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'export' "
                                           "AND entity = 'visit' AND outcome = ?");
    QCOMPARE(f.db().number(exports, {QStringLiteral("journal:v1")}), qint64(documents));
    QCOMPARE(f.db().number(exports + QStringLiteral(" AND record_id = ?"),
                 {QStringLiteral("journal:v2"), visit}),
        qint64(1));
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'export'")),
        qint64(documents + 1));
}

// 5. --approved-only leaves out signed notes no supervisor approved, until one does; --since T
//    takes only notes changed from T on.
void TestServerJournal::approvedOnlyAndSinceFilter()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    // After the demo seed, before anything of this test: the cut for --since.
    const QString since = r::at();
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const Note approvedNote = pushSignedNote(worker1, QStringLiteral("Godkänns av chefen."));
    QVERIFY(!approvedNote.visitId.isEmpty());
    QTemporaryDir out;
    const QStringList approvedOnly {QStringLiteral("--approved-only")};
    const CliRun none = exportTo(f, out.path(), approvedOnly);
    QVERIFY2(none.ok(), qPrintable(none.describe()));
    QCOMPARE(none.out.trimmed(), summary(0, 0, 0));
    QCOMPARE(listing(out.path()), (QMap<QString, QString>()));

    const HttpResponse review = supervisor1.push({r::upsert(QStringLiteral("review"),
        barntid::newId(),
        r::review(QStringLiteral("visit"), approvedNote.visitId, QStringLiteral("approved"), 1))});
    QCOMPARE(outcomes(review), QStringList {applied});
    const CliRun one = exportTo(f, out.path(), approvedOnly);
    QVERIFY2(one.ok(), qPrintable(one.describe()));
    QCOMPARE(one.out.trimmed(), summary(1, 1, 0));
    QStringList problems;
    QList<Document> documents = readExport(out.path(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents[0].recordId(), approvedNote.visitId);
    QVERIFY(documents[0].entry.value(QLatin1StringView("approved")).toBool());
    QVERIFY(documents[0].text.contains("Granskning: godkänd"));

    // A note signed after T: --since T writes it and none of the demo's older notes.
    const Note later = pushSignedNote(worker1, QStringLiteral("Efter gränsen."));
    QVERIFY(!later.visitId.isEmpty());
    const QString later2 = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const CliRun future = exportTo(f, out.path(), {QStringLiteral("--since"), later2});
    QVERIFY2(future.ok(), qPrintable(future.describe()));
    QCOMPARE(future.out.trimmed(), summary(0, 0, 0));
    const CliRun bad = exportTo(f, out.path(), {QStringLiteral("--since"), QStringLiteral("igår")});
    QVERIFY2(bad.finished && bad.exitCode != 0 && bad.err.trimmed().count('\n') == 0
            && bad.out.isEmpty(),
        qPrintable(bad.describe()));
    const CliRun recent = exportTo(f, out.path(), {QStringLiteral("--since"), since});
    QVERIFY2(recent.ok(), qPrintable(recent.describe()));
    QCOMPARE(recent.out.trimmed(), summary(1, 1, 1));
    documents = readExport(out.path(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QStringList ids;
    for (const Document &d : documents)
        ids << d.recordId();
    ids.sort();
    QStringList both {approvedNote.visitId, later.visitId};
    both.sort();
    QCOMPARE(ids, both);
    // A demo note signed long before T2 and approved after it: the approval touches the note, so
    // --since T2 --approved-only takes it although the visit itself did not change.
    const QString cut = r::at();
    const QHash<QString, QJsonObject> visits = live(f.db(), QStringLiteral("visit"));
    const QString worker1Id = f.userId(QStringLiteral("worker1"));
    QString demoNote;
    for (const QString &id : signedVisitIds(f.db())) {
        if (!both.contains(id) && text(visits.value(id), "author_id") == worker1Id)
            demoNote = id;
    }
    QVERIFY2(!demoNote.isEmpty(), "the demo data has changed: worker1 has no signed note");
    const HttpResponse approval
        = supervisor1.push({r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), demoNote, QStringLiteral("approved"),
                number(visits.value(demoNote), "version")))});
    QCOMPARE(outcomes(approval), QStringList {applied});
    const CliRun approvedLater = exportTo(
        f, out.path(), {QStringLiteral("--since"), cut, QStringLiteral("--approved-only")});
    QVERIFY2(approvedLater.ok(), qPrintable(approvedLater.describe()));
    QCOMPARE(approvedLater.out.trimmed(), summary(1, 1, 0));
    documents = readExport(out.path(), &problems);
    QVERIFY(std::any_of(documents.cbegin(), documents.cend(),
        [&](const Document &d) { return d.recordId() == demoNote; }));
    both << demoNote;

    // Without a filter the rest follows.
    const QStringList all = signedVisitIds(f.db());
    QSet<QString> restCases;
    for (const QString &id : all) {
        if (!both.contains(id))
            restCases.insert(text(visits.value(id), "case_id"));
    }
    const CliRun rest = exportTo(f, out.path());
    QVERIFY2(rest.ok(), qPrintable(rest.describe()));
    QCOMPARE(rest.out.trimmed(), summary(int(all.size()) - 3, int(restCases.size()), 3));
    QCOMPARE(
        f.db().number(QStringLiteral("SELECT COUNT(*) FROM journal_exports")), qint64(all.size()));
}

// 6. Two exports into one folder: the second refuses in one line and writes nothing, the first
//    completes whole. A folder that cannot be written: a clear error and a non-zero exit.
void TestServerJournal::concurrentExportRefusedUnwritableFolderFails()
{
    ServerFixture f(currentBackend());
    QVERIFY2(f.db().isValid(), qPrintable(f.db().error()));
    // A folder that cannot be made (under a plain file) and a case folder that cannot be (a
    // plain file has its name): one clear line, a non-zero exit, nothing recorded as sent.
    QTemporaryDir other;
    QFile plain(other.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const CliRun under = exportTo(f, plain.fileName() + QStringLiteral("/import"));
    QVERIFY2(under.finished && under.exitCode != 0 && under.err.trimmed().count('\n') == 0
            && under.err.contains("cannot"),
        qPrintable(under.describe()));
    const QHash<QString, QJsonObject> cases = live(f.db(), QStringLiteral("case"));
    QString aCase; // one with a signed note, named by its number
    const QHash<QString, QJsonObject> visits = live(f.db(), QStringLiteral("visit"));
    for (const QString &id : signedVisitIds(f.db())) {
        const QString caseId = text(visits.value(id), "case_id");
        if (!cases.value(caseId).value(QLatin1StringView("protected_identity")).toBool())
            aCase = caseId;
    }
    QVERIFY(!aCase.isEmpty());
    const QString blocked = other.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(blocked));
    QFile taken(blocked + u'/' + text(cases.value(aCase), "case_number"));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    const CliRun caseFolder = exportTo(f, blocked);
    QVERIFY2(caseFolder.finished && caseFolder.exitCode != 0
            && caseFolder.err.trimmed().count('\n') == 0 && caseFolder.err.contains("cannot")
            && caseFolder.out.isEmpty(),
        qPrintable(caseFolder.describe()));
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM journal_exports")), 0);
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = "
                                          "'journal_entry'")),
        0);
    // The failed run took back the documents it had written for other cases.
    const QMap<QString, QString> leftBehind = listing(blocked);
    QCOMPARE(QStringList(leftBehind.keys())
                 .filter(QRegularExpression(QStringLiteral("\\.(pdf|txt|json)$"))),
        QStringList());
    if (::geteuid() != 0) { // root writes into a read-only folder anyway
        QTemporaryDir readOnly;
        QFile::setPermissions(readOnly.path(), QFile::ReadOwner | QFile::ExeOwner);
        const CliRun denied = exportTo(f, readOnly.path());
        QFile::setPermissions(
            readOnly.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(denied.finished && denied.exitCode != 0 && denied.err.contains("cannot"),
            qPrintable(denied.describe()));
    }

    QTemporaryDir out;
    const QString lock = out.filePath(QStringLiteral(".barntid-export.lock"));
    QProcess first;
    first.start(serverPath(),
        {QStringLiteral("export"), QStringLiteral("--to"), out.path(), QStringLiteral("--database"),
            f.db().url()});
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
    // Hold the first export still while it holds the folder: the second runs inside its run.
    ContinueOnExit resume {first.processId()};
    QVERIFY2(stepUntil(first, [&] { return QFileInfo::exists(lock); }),
        "the first export never held the folder's lock");
    const QMap<QString, QString> held = listing(out.path());
    const qint64 rowsBefore = f.db().number(QStringLiteral("SELECT COUNT(*) FROM journal_exports"));

    const CliRun second = exportTo(f, out.path());
    QVERIFY2(second.finished && second.exitCode != 0, qPrintable(second.describe()));
    QVERIFY2(second.err.trimmed().count('\n') == 0 && second.err.contains("another export")
            && second.out.isEmpty(),
        qPrintable(second.describe()));
    QCOMPARE(changes(held, listing(out.path())), QStringList());
    QVERIFY2(QFileInfo::exists(lock), "the refused export removed the running one's lock");
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM journal_exports")), rowsBefore);

    ::kill(pid_t(resume.pid), SIGCONT);
    QVERIFY(first.waitForFinished(60'000));
    const int documents = int(signedVisitIds(f.db()).size());
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QCOMPARE(first.readAllStandardOutput().trimmed(),
        summary(documents, int(subfolders(out.path()).size()), 0));
    QStringList problems;
    QCOMPARE(readExport(out.path(), &problems).size(), documents);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// 7. GET /v1/journal/…: the worker in scope and the team's supervisor read, everyone else gets
//    the role table's answer; a draft is not a document; a case's PDF exists once exported.
//    Every answer leaves a read row in the audit log.
void TestServerJournal::httpDocumentsFollowTheRolesAndAreAudited()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    const Note note = pushSignedNote(worker1, ligatureNote);
    QVERIFY(!note.visitId.isEmpty());
    const QString draft = barntid::newId();
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("visit"), draft,
                 r::visit(note.caseId, QStringLiteral("Utkast."), false))})),
        QStringList {applied});
    const QString visitPath = QStringLiteral("/v1/journal/visits/%1/").arg(note.visitId);
    const QString casePath = QStringLiteral("/v1/journal/cases/%1/pdf").arg(note.caseId);
    const QString visit = QStringLiteral("visit"), kase = QStringLiteral("case");
    read(f, worker1, casePath, 409, kase, note.caseId, QStringLiteral("not_exported"));
    read(f, worker1, QStringLiteral("/v1/journal/visits/%1/pdf").arg(draft), 409, visit, draft,
        QStringLiteral("not_signed"));
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir out;
    const CliRun run = exportTo(f, out.path());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QStringList problems;
    QByteArray twin;
    for (const Document &d : readExport(out.path(), &problems)) {
        if (d.recordId() == note.visitId)
            twin = d.text;
    }
    QVERIFY2(problems.isEmpty() && !twin.isEmpty(), qPrintable(problems.join(u'\n')));

    for (const QString &who : {QStringLiteral("worker1"), QStringLiteral("supervisor1")}) {
        HttpResponse pdf, plain;
        read(f, f.device(who), visitPath + QStringLiteral("pdf"), 200, visit, note.visitId,
            QStringLiteral("journal_pdf"), &pdf);
        read(f, f.device(who), visitPath + QStringLiteral("text"), 200, visit, note.visitId,
            QStringLiteral("journal_text"), &plain);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(pdf.body.startsWith("%PDF-") && pdf.contentType == "application/pdf",
            pdf.contentType.constData());
        QVERIFY(plain.contentType.startsWith("text/plain"));
        QCOMPARE(plain.body, twin);
    }
    // Another team's worker and supervisor, and a colleague not on the case: as if it did not
    // exist. Foster parents and administrators never read journal documents.
    for (const QString &who :
        {QStringLiteral("worker4"), QStringLiteral("supervisor2"), QStringLiteral("worker2")})
        read(f, f.device(who), visitPath + QStringLiteral("pdf"), 404, visit, note.visitId,
            QStringLiteral("not_found"));
    for (const QString &who : {QStringLiteral("foster1"), QStringLiteral("admin")}) {
        read(f, f.device(who), visitPath + QStringLiteral("pdf"), 403, visit, note.visitId,
            QStringLiteral("forbidden"));
        read(f, f.device(who), casePath, 403, kase, note.caseId, QStringLiteral("forbidden"));
    }
    read(f, f.device(QStringLiteral("worker4")), casePath, 404, kase, note.caseId,
        QStringLiteral("not_found"));
    HttpResponse wholeCase;
    read(f, worker1, casePath, 200, kase, note.caseId, QStringLiteral("journal_case"), &wholeCase);
    QVERIFY(wholeCase.body.startsWith("%PDF-"));
    read(f, f.device(QStringLiteral("supervisor1")), casePath, 200, kase, note.caseId,
        QStringLiteral("journal_case"));
}

// 8. A one-time link opens once without any Authorization, within five minutes of the server's
//    clock; after that, or spent, a Swedish page says so. Its token is never logged.
void TestServerJournal::oneTimeLinksOpenOnceWithinFiveMinutes()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    ServerFixture f(currentBackend());
    E2E_START(f, 1, clock.serveArgs());
    Device &worker1 = f.device(QStringLiteral("worker1"));
    const Note note = pushSignedNote(worker1, ligatureNote);
    QVERIFY(!note.visitId.isEmpty());
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("entity"), QStringLiteral("visit")},
            {QStringLiteral("id"),
                note.visitId}}).toJson(QJsonDocument::Compact);
    const auto link = [&](Device &who) {
        return who.http->send("POST", QStringLiteral("/v1/journal/links"), body, who.auth());
    };
    QStringList urls;
    static const QRegularExpression shape(QStringLiteral("^/journal/[A-Za-z0-9_-]{20,}$"));
    for (int i = 0; i < 3; ++i) {
        const HttpResponse made = link(worker1);
        QVERIFY2(made.status == 200, made.describe());
        QVERIFY2(shape.match(text(made.json(), "url")).hasMatch(), made.describe());
        QCOMPARE(text(made.json(), "expires_at"), barntid::toRfc3339(clock.now().addSecs(300)));
        urls << text(made.json(), "url");
    }
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()).size(), 3);
    HttpClient browser(f.url()); // no account, no token: the platform's browser
    const HttpResponse opened = browser.send("GET", urls[0]);
    QVERIFY2(opened.status == 200, opened.describe());
    QCOMPARE(opened.contentType, QByteArray("application/pdf"));
    QVERIFY(opened.body.startsWith("%PDF-"));
    const HttpResponse spent = browser.send("GET", urls[0]);
    QCOMPARE(spent.status, 404);
    QVERIFY2(spent.contentType.startsWith("text/html") && spent.body.contains("lang=\"sv\"")
            && spent.body.contains("L\xc3\xa4nken"),
        spent.describe());
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'read' AND "
                                          "user_id = ? AND record_id = ? AND outcome = ?"),
                 {worker1.userId(), note.visitId, QStringLiteral("journal_pdf")}),
        1);
    // Just inside five minutes the second link opens; just past them the third does not.
    clock.advanceSecs(299);
    QCOMPARE(browser.send("GET", urls[1]).status, 200);
    clock.advanceSecs(2);
    const HttpResponse expired = browser.send("GET", urls[2]);
    QCOMPARE(expired.status, 404);
    QVERIFY(expired.body.contains("lang=\"sv\""));
    // Nor can a foster parent or an administrator make one; another team gets "no such record".
    for (const char *who : {"foster1", "admin"}) {
        const HttpResponse refused = link(f.device(QString::fromLatin1(who)));
        QVERIFY2(refused.status == 403 && refused.errorCode() == u"forbidden", refused.describe());
    }
    QCOMPARE(link(f.device(QStringLiteral("worker4"))).status, 404);
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM journal_links")), 3);
    // The log shows the requests, never a token.
    const QByteArray log = f.server().log();
    QVERIFY2(log.contains("/v1/journal/links") && log.contains("/journal/"), log.right(2000));
    for (const QString &url : std::as_const(urls))
        QVERIFY2(!log.contains(url.mid(9).toUtf8()), "a link's token is in the server log");
}

// 9. journal_entry: after an export the devices that read the note pull one (its id the
//    visit's, with the document version and content hash); no foster parent, no other team.
//    No device may write one.
void TestServerJournal::journalEntriesReachOnlyTheDevicesInScope()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker4 = f.device(QStringLiteral("worker4"));
    Device &foster1 = f.device(QStringLiteral("foster1"));
    const Note note = pushSignedNote(worker1, ligatureNote);
    QVERIFY(!note.visitId.isEmpty());
    const QString entry = QStringLiteral("journal_entry");
    const PullLog before = pullAll(worker1);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY(Snapshot(before.changes).ids(entry).isEmpty());

    QTemporaryDir out;
    const CliRun run = exportTo(f, out.path());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QStringList problems;
    QHash<QString, Document> byVisit;
    for (const Document &d : readExport(out.path(), &problems))
        byVisit.insert(d.recordId(), d);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Each device's journal entries are those of the signed notes it pulls, and they match
    // what the export wrote.
    for (Device *device : {&worker1, &worker4}) {
        const PullLog log = pullAll(*device);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        const Snapshot s(log.changes);
        QStringList notes;
        for (const QJsonObject &v : s.all(QStringLiteral("visit"))) {
            if (text(v, "status") == u"signed")
                notes << text(v, "id");
        }
        notes.sort();
        QCOMPARE(pulledIds(s, entry), notes);
        QVERIFY(!notes.isEmpty());
        QCOMPARE(notes.contains(note.visitId), device == &worker1);
        for (const QJsonObject &e : s.all(entry)) {
            const Document &d = byVisit.value(text(e, "id"));
            QCOMPARE(text(e, "visit_id"), text(e, "id"));
            QCOMPARE(number(e, "document_version"), 1);
            QCOMPARE(text(e, "content_sha256"), d.hash());
        }
    }
    const PullLog fosterLog = pullAll(foster1);
    QVERIFY2(fosterLog.error.isEmpty(), qPrintable(fosterLog.error));
    QVERIFY(!fosterLog.bodies.contains("journal_entry"));
    QVERIFY(!fosterLog.changes.isEmpty()); // it does pull: its home, its workers' slots

    // An amendment and the next export: the worker's device pulls version 2 of the entry.
    const PullLog seen = pullAll(worker1);
    QVERIFY(pushAmendment(worker1, note.visitId, amendmentText));
    QVERIFY2(exportTo(f, out.path()).ok(), "the export after the amendment failed");
    const PullLog next = pullAll(worker1, seen.next);
    QVERIFY2(next.error.isEmpty(), qPrintable(next.error));
    const QJsonObject updated = Snapshot(next.changes).get(entry, note.visitId);
    QCOMPARE(number(updated, "document_version"), 2);
    QCOMPARE(number(updated, "record_version"), 2);
    QVERIFY(text(updated, "content_sha256") != byVisit.value(note.visitId).hash());

    // A device cannot write one: neither over the server's nor a new one.
    const QStringList stored = f.db().recordVersions();
    QJsonObject forged = updated;
    forged.insert(QStringLiteral("document_version"), 7);
    const HttpResponse push = worker1.push({r::update(entry, forged, {}),
        r::upsert(entry, barntid::newId(),
            {{QStringLiteral("visit_id"), note.visitId}, {QStringLiteral("case_id"), note.caseId},
                {QStringLiteral("document_version"), 1}, {QStringLiteral("record_version"), 1},
                {QStringLiteral("content_sha256"), QString(64, u'0')},
                {QStringLiteral("exported_at"), r::at()}})});
    QVERIFY2(push.status == 200, push.describe());
    QCOMPARE(outcomes(push),
        QStringList({QStringLiteral("rejected:forbidden"), QStringLiteral("rejected:forbidden")}));
    for (int i = 0; i < 2; ++i)
        QVERIFY(!result(push, i)
                     .value(QLatin1StringView("error"))
                     .toObject()
                     .value(QLatin1StringView("message"))
                     .toString()
                     .isEmpty());
    QCOMPARE(f.db().recordVersions(), stored);
}

QTEST_GUILESS_MAIN(TestServerJournal)
#include "tst_serverjournal.moc"
