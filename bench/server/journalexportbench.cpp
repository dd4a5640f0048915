// SPDX-License-Identifier: GPL-3.0-or-later
// The nightly journal export (issue 14): `barntid-server export` of a municipality's signed
// visits into an empty folder, against a raw loop writing the very same files (the bytes the
// export wrote, read back beforehand) into another folder. The export renders a PDF/A and a
// text twin per visit and records what left; the raw loop only writes.
#include "benchdatabase.h"
#include "benchdevice.h"
#include "benchtiming.h"
#include "domain/timeformat.h"
#include "serverbench.h"
#include "visitmaker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace barntid::bench {

namespace {

/** Every file below dir (relative path → bytes), the export's lock file left out. */
QList<std::pair<QString, QByteArray>> readTree(const QString &dir)
{
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QStringLiteral(".lock")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read " + path.toStdString());
        files.append({QDir(dir).relativeFilePath(path), f.readAll()});
    }
    return files;
}

/** The raw loop: each file as durably as the export writes it (a temporary name, the bytes,
 *  fdatasync, rename), so the case system's import never sees a torn file after a crash. Without
 *  the sync the baseline would be the page cache's copy speed, not writing files. */
void writeTree(const QString &dir, const QList<std::pair<QString, QByteArray>> &files)
{
    QDir root(dir);
    for (const auto &[relative, bytes] : files) {
        root.mkpath(QFileInfo(relative).path());
        const QByteArray path = QFile::encodeName(root.filePath(relative));
        const QByteArray temporary = path + ".tmp";
        const int fd
            = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
        const bool ok = fd >= 0
            && ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size()
            && ::fdatasync(fd) == 0;
        if (fd >= 0)
            ::close(fd);
        if (!ok || ::rename(temporary.constData(), path.constData()) != 0)
            throw std::runtime_error("cannot write " + relative.toStdString());
    }
}

QString runExport(const QString &executable, const QString &database, const QString &to)
{
    QProcess p;
    p.start(executable,
        {QStringLiteral("export"), QStringLiteral("--database"), database, QStringLiteral("--to"),
            to});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0)
        throw std::runtime_error(
            "barntid-server export failed: " + p.readAllStandardError().toStdString());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

void benchJournalExport(const ServerBenchConfig &config, const ServerTarget &target,
    const QString &executable, const QString &tempDir)
{
    // worker1 signs journalVisits notes on one case, as a year of home visits would be.
    BenchDevice device(target.server);
    device.login(QStringLiteral("worker1"));
    VisitMaker maker(1966);
    const protocol::Mutation theCase = maker.newCase(device.userId(), device.deviceId());
    requireApplied(
        device.post(QStringLiteral("/v1/sync/push"), protocol::PushRequest {{theCase}}.toJson()),
        1);
    for (int at = 0; at < config.journalVisits; at += config.batchSize) {
        protocol::PushRequest request;
        for (int i = at; i < qMin(at + config.batchSize, config.journalVisits); ++i) {
            protocol::Mutation m = maker.newVisit(theCase.id, device.userId(), device.deviceId());
            m.data.insert(QStringLiteral("status"), QStringLiteral("signed"));
            m.data.insert(QStringLiteral("signed_at"), m.data.value(QStringLiteral("actual_end")));
            request.mutations.append(m);
        }
        requireApplied(device.post(QStringLiteral("/v1/sync/push"), request.toJson()),
            int(request.mutations.size()));
    }

    std::vector<double> ours, baseline;
    int documents = 0;
    for (int round = 0; round < config.rounds; ++round) {
        // Each round exports everything again: what left before is forgotten, so the export
        // renders and records every note (and updates the devices' journal entries).
        target.database->exec(QStringLiteral("DELETE FROM journal_exports"));
        QTemporaryDir exported(QDir(tempDir).filePath(QStringLiteral("journal-XXXXXX")));
        QTemporaryDir copied(QDir(tempDir).filePath(QStringLiteral("raw-XXXXXX")));
        QString line;
        const double oursMs = elapsedMs(
            [&] { line = runExport(executable, target.database->url(), exported.path()); });
        documents = line.section(u' ', 1, 1).toInt();
        if (documents < config.journalVisits)
            throw std::runtime_error("the export wrote too little: " + line.toStdString());
        const QList<std::pair<QString, QByteArray>> files = readTree(exported.path());
        const double rawMs = elapsedMs([&] { writeTree(copied.path(), files); });
        ours.push_back(oursMs);
        baseline.push_back(rawMs);
    }
    printRatio(
        qPrintable(QStringLiteral("journal export (%1) %2 visits").arg(target.name).arg(documents)),
        median(ours), median(baseline), "ms", "export", "raw write of the same files",
        " (target: ratio <= 10)");
}

} // namespace barntid::bench
