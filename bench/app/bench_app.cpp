// SPDX-License-Identifier: GPL-3.0-or-later
// bench_app: the app's own figures with 10,000 visits in the store (issue 3's targets).
//  - unlock to the first usable frame: Session::unlock until the case list has drawn a frame;
//    baseline: Store::unlock alone (Argon2id + open), the part no UI can avoid.
//  - visit list open: VisitListModel for a case with 10,000 visits, and the memory it takes;
//    baseline: the raw SQLCipher query of the same rows.
//  - RSS of the whole process with the app unlocked and that list loaded (target 150 MB).
#include "../benchtiming.h"
#include "domain/case.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/visit.h"
#include "frame.h"
#include "models/session.h"
#include "models/visitlistmodel.h"
#include "rawquery.h"
#include "store/entitytable.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/transaction.h"
#include "threeyears.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

using namespace barntid;
using namespace barntid::bench;
using namespace Qt::StringLiterals;

namespace {

const QString pin = u"482915"_s;
constexpr int visitCount = 10000;
constexpr int rounds = 5;

/** One case with visitCount visits, written in one transaction through the store's mapping. */
QString seed(const QString &dir)
{
    Store store(dir, systemClock());
    store.initialize(pin);
    Case c;
    c.caseNumber = u"2026-0001"_s;
    c.childName = u"Alva K"_s;
    const QString caseId = Repository<Case>(store).create(c).meta.id;
    const EntityTable &table = entityTable(Visit::entity);
    Transaction tx(store.connection());
    const QDateTime start = systemClock().now().addDays(-800);
    for (int i = 0; i < visitCount; ++i) {
        Visit v;
        v.meta.id = newId();
        v.meta.createdAt = v.meta.updatedAt = start.addSecs(qint64(i) * 3600);
        v.meta.deviceId = store.deviceId();
        v.caseId = caseId;
        v.kind = u"home"_s;
        v.actualStart = v.meta.createdAt;
        v.note = u"Besök %1: vi pratade om skolan, kompisarna och helgen hos mormor. "_s.arg(i)
                     .repeated(4);
        v.childWords = u"Jag vill att det ska vara som vanligt."_s;
        Statement &s = store.connection().cached(table.insertSql.constData());
        table.bindRecord(s, v.toJson());
        s.run();
    }
    tx.commit();
    return caseId;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (app.arguments().size() == 3 && app.arguments().at(1) == u"--three-years")
        return benchThreeYears(app.arguments().at(2)) ? 0 : 1;
    QTemporaryDir dir;
    const QString caseId = seed(dir.filePath(u"store"_s));

    // Baseline: what unlocking costs without any UI.
    std::vector<double> storeOnly;
    for (int i = 0; i < rounds; ++i) {
        Store store(dir.filePath(u"store"_s), systemClock());
        storeOnly.push_back(elapsedMs([&] { store.unlock(pin); }));
    }

    Session session(dir.filePath(u"store"_s), systemClock());
    Session::setInstance(&session);
    QQmlApplicationEngine engine;
    QQuickWindow *window = showApp(engine);
    if (!window)
        return 1;
    const double rssLocked = rssMiB();

    std::vector<double> unlockToFrame;
    for (int i = 0; i < rounds; ++i) {
        QSignalSpy opened(&session, &Session::stateChanged);
        QElapsedTimer timer;
        timer.start();
        session.unlock(pin);
        while (session.state() != Session::State::Open && opened.wait(10000)) { }
        if (session.state() != Session::State::Open || !waitForFrame(window)) {
            std::fprintf(stderr, "bench_app: unlock did not reach the case list\n");
            return 1;
        }
        unlockToFrame.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (i + 1 < rounds)
            session.lock();
    }
    printRatio("unlock to first usable frame", median(unlockToFrame), median(storeOnly), "ms",
        "app", "store unlock alone");

    // The list reads a page at a time: opening reads the first, scrolling to the end the rest.
    std::vector<double> listOpen, raw, scrolled, rawAll;
    int pageRows = 0;
    double rssBefore = rssMiB(), rssAfter = rssBefore;
    for (int i = 0; i < rounds; ++i) {
        VisitListModel model;
        const double before = rssMiB();
        listOpen.push_back(elapsedMs([&] { model.setCaseId(caseId); }));
        pageRows = model.rowCount();
        if (pageRows == 0 || (pageRows < visitCount && !model.canFetchMore({}))) {
            std::fprintf(stderr, "bench_app: the list has %d rows\n", pageRows);
            return 1;
        }
        raw.push_back(elapsedMs([&] {
            RawQuery::visitsOfCase(session.store()->connection().handle(), caseId, pageRows);
        }));
        scrolled.push_back(elapsedMs([&] {
            while (model.canFetchMore({}))
                model.fetchMore({});
        }));
        if (model.rowCount() != visitCount) {
            std::fprintf(
                stderr, "bench_app: scrolled to the end, the list has %d rows\n", model.rowCount());
            return 1;
        }
        if (i == 0) {
            rssBefore = before;
            rssAfter = rssMiB();
        }
        rawAll.push_back(elapsedMs(
            [&] { RawQuery::visitsOfCase(session.store()->connection().handle(), caseId); }));
    }
    const QByteArray openName
        = QStringLiteral("visit list open (first %1 of 10000 visits)").arg(pageRows).toUtf8();
    printRatio(openName.constData(), median(listOpen), median(raw), "ms", "VisitListModel",
        "raw sqlcipher query of the page");
    printRatio("visit list scrolled to the end (10000 visits)", median(scrolled), median(rawAll),
        "ms", "VisitListModel, page by page", "raw sqlcipher query of all");
    std::printf("visit list open: %.1f ms (target <= 50 ms), all 10000 rows hold %.1f MiB\n",
        median(listOpen), rssAfter - rssBefore);
    std::printf("rss: %.0f MiB locked at the PIN screen, %.0f MiB unlocked with the list loaded "
                "(target <= 150 MiB)\n",
        rssLocked, rssMiB());

    // What 1,000 visits take on the tablet: the checkpointed file against the JSON of the same
    // records (the bytes the device syncs for them).
    session.lock();
    qint64 json = 0;
    {
        Store store(dir.filePath(u"store"_s), systemClock());
        store.unlock(pin);
        for (const Visit &v : Repository<Visit>(store).list())
            json += QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact).size();
        store.lock();
    }
    const double fileKiB = double(QFileInfo(dir.filePath(u"store/barntid.db"_s)).size()) / 1024.0;
    printRatio("store file per 1000 visits", fileKiB * 1000 / visitCount,
        double(json) / 1024.0 * 1000 / visitCount, "KiB", "SQLCipher file", "their JSON");

    // Three years on a tablet in a process of its own, so its memory is its own.
    QProcess years;
    years.setProcessChannelMode(QProcess::ForwardedChannels);
    years.start(
        QCoreApplication::applicationFilePath(), {u"--three-years"_s, dir.filePath(u"years"_s)});
    years.waitForFinished(-1);
    return years.exitStatus() == QProcess::NormalExit ? years.exitCode() : 1;
}
