// SPDX-License-Identifier: GPL-3.0-or-later
// barntid_screenshots OUTDIR: renders each main screen of the app, with demo data in a real
// encrypted store, at tablet (1280×800) and phone (390×844) size, in Swedish, to OUTDIR/*.png.
// scripts/screenshots runs it under Xvfb (Material draws some backgrounds only with OpenGL).
// The sync page is rendered against a real barntid-server (demo municipality) when the build has
// one: the sign-in form, a fresh tablet signed in as worker1 with the "safe to leave" receipt, the
// same tablet with a new case while the server is down, and a refused visit under "needs
// attention" (its case handed to another worker on the server).
#include "../fixtures/defaultquestionsets.h"
#include "../fixtures/samplesurveyaggregates.h"
#include "demodata.h"
#include "domain/clock.h"
#include "domain/slotseries.h"
#include "domain/timeformat.h"
#include "models/caselistmodel.h"
#include "models/language.h"
#include "models/lastplace.h"
#include "models/reviewentry.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/visiteditor.h"
#include "store/meetingbook.h"
#include "store/reviewbook.h"
#include "store/statement.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef BARNTID_SERVER_PATH
#include "localserver.h"
#endif

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

const QString pin = u"482915"_s;

struct Size
{
    const char *name;
    int width;
    int height;
};
constexpr Size tablet {"tablet", 1280, 800};
constexpr Size phone {"phone", 390, 844};

/** Lets bindings, layouts and transitions (the tab bar's indicator animates) finish. */
void settle(QQuickWindow *window)
{
    QEventLoop loop;
    QTimer::singleShot(700, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
}

/** Waits until the controller reaches the status (a real server answers within seconds). */
bool waitForStatus(SyncController &sync, SyncController::Status status)
{
    QEventLoop loop;
    QObject::connect(&sync, &SyncController::changed, &loop, [&] {
        if (sync.status() == status)
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (sync.status() != status)
        loop.exec();
    return sync.status() == status;
}

bool waitUntilIdle(Session &session)
{
    QEventLoop loop;
    QObject::connect(&session, &Session::busyChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (session.busy())
        loop.exec();
    return !session.busy();
}

/** Makes the device the app's own and syncs it as user (signing in the first time). */
bool syncAs(Session &s, SyncController &c, const QUrl &serverUrl, const QString &user)
{
    Session::setInstance(&s);
    SyncController::setInstance(&c);
    if (c.signedIn())
        c.syncNow();
    else
        c.signIn(serverUrl.toString(), user, u"barntid-demo"_s);
    if (!waitForStatus(c, SyncController::Status::UpToDate)) {
        std::fprintf(stderr, "screenshots: %s did not sync: %s\n", qPrintable(user),
            qPrintable(c.errorText()));
        return false;
    }
    return true;
}

class Renderer
{
public:
    explicit Renderer(QString outDir)
        : m_outDir(std::move(outDir))
    { }

    /** navigate runs in the scope of Main.qml's first StackView, e.g. "push(…)". */
    bool shot(const QString &name, Size size, bool dark, const QString &navigate = {})
    {
        // Every shot starts where a first unlock does, not where the previous shot left off.
        LastPlace(Session::instance()).forget();
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine, QUrl(u"qrc:/Barntid/Main.qml"_s));
        std::unique_ptr<QObject> root(
            component.createWithInitialProperties({{u"startDark"_s, dark}}));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        if (!window) {
            std::fprintf(stderr, "screenshots: %s\n", qPrintable(component.errorString()));
            return false;
        }
        window->resize(size.width, size.height);
        settle(window);
        if (!navigate.isEmpty()) {
            QObject *stack = window->findChild<QObject *>(u"stack"_s);
            if (!stack)
                return false;
            QQmlExpression expression(qmlContext(stack), stack, navigate);
            expression.evaluate();
            if (expression.hasError()) {
                std::fprintf(
                    stderr, "screenshots: %s\n", qPrintable(expression.error().toString()));
                return false;
            }
            settle(window);
        }
        const QString file = QDir(m_outDir).filePath(
            name + u'-' + QString::fromLatin1(size.name) + (dark ? u"-dark.png"_s : u".png"_s));
        if (!window->grabWindow().save(file))
            return false;
        std::printf("%s\n", qPrintable(file));
        return true;
    }

private:
    QString m_outDir;
};

QString push(const char *page, const QString &properties)
{
    return u"push(Qt.createComponent('qrc:/Barntid/pages/%1.qml'), %2, StackView.Immediate)"_s.arg(
        QString::fromLatin1(page), properties);
}

/** Child mode (issue 16): both default sets at both sizes, the summary, the hand-back screen,
 *  and the answers in the visit afterwards. The expression starts child mode from the app. */
bool childModeShots(
    Renderer &renderer, Session &session, const DemoIds &ids, const QString &toVisit)
{
    if (!barntid::test::keepDefaultQuestionSets(*session.store()))
        return false;
    const QString pictures = u"0193d5a0-4c00-7000-8000-000000000408"_s;
    const QString words = u"0193d5a0-4c00-7000-8000-000000000917"_s;
    const auto start = [&](const QString &set, const QString &then) {
        return u"ChildMode.start('%1', '%2', '%3', 1); %4"_s.arg(
            ids.draftVisit, ids.alvaCase, set, then);
    };
    bool ok = true;
    for (Size size : {tablet, phone}) {
        ok &= renderer.shot(u"child-intro"_s, size, false, start(pictures, {}));
        ok &= renderer.shot(u"child-pictures"_s, size, false,
            start(pictures, u"ChildMode.answer('home', '4'); ChildMode.goTo(0)"_s));
        ok &= renderer.shot(u"child-words"_s, size, false,
            start(words, u"ChildMode.answer('talk_to', 'friend'); ChildMode.goTo(3)"_s));
        ok &= renderer.shot(u"child-summary"_s, size, false,
            start(words,
                u"ChildMode.answer('home', '2'); ChildMode.answer('school', 'declined'); "
                "ChildMode.answer('tell_worker', 'Att jag vill bo kvar.'); "
                "ChildMode.goTo(ChildMode.summaryStep)"_s));
    }
    ok &= renderer.shot(u"child-thanks"_s, tablet, false,
        start(words, u"ChildMode.goTo(ChildMode.summaryStep); ChildMode.finish()"_s));
    // The hand-back screen, then the worker's PIN (which ends the hand-over for the shots after).
    session.lock();
    ok &= renderer.shot(u"handback"_s, phone, false);
    session.unlock(pin);
    ok &= waitUntilIdle(session) && session.store();
    const QString toAnswers = toVisit + u"; currentItem.revealSurveys()"_s;
    ok &= renderer.shot(u"visit-answers"_s, tablet, false, toAnswers);
    ok &= renderer.shot(u"visit-answers"_s, phone, false, toAnswers);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: barntid_screenshots OUTDIR\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outDir);
    Language language(nullptr);
    if (!language.apply(u"sv"_s))
        return 1;
    Language::setInstance(&language);
    QQuickStyle::setStyle(u"Material"_s);
    Renderer renderer(outDir);
    bool ok = true;

    // Cheap Argon2id: these stores hold demo data only and live for seconds.
    StoreOptions options;
    options.kdf = KdfParams {1, quint64(8) << 20};
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(13, 2), Qt::UTC));

    QTemporaryDir firstStart;
    {
        Session session(firstStart.path(), clock, options);
        Session::setInstance(&session);
        for (Size size : {tablet, phone})
            ok &= renderer.shot(u"pinsetup"_s, size, false);
    }

    QTemporaryDir serverDir;
    QUrl serverUrl;
#ifdef BARNTID_SERVER_PATH
    LocalServer server(QStringLiteral(BARNTID_SERVER_PATH));
    if (!server.start(serverDir.path())) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(server.error()));
        return 1;
    }
    serverUrl = server.url();
#endif

    QTemporaryDir device;
    Session session(device.path(), clock, options);
    Session::setInstance(&session);
    session.setUpPin(pin, pin);
    if (!waitUntilIdle(session) || !session.store())
        return 1;
    const DemoIds ids = seedDemo(*session.store(), clock);
    // The demo tablet has not signed in: the header says so, the sync page offers the form.
    SyncController sync(&session, serverUrl, nullptr);
    SyncController::setInstance(&sync);

    // As a tap on the case does: beside the list on a wide tablet, a page of its own on a phone.
    const QString toCase = u"shell.showCase(shell.stackNamed('cases'), '%1')"_s.arg(ids.alvaCase);
    const auto toVisit = [&](const QString &visitId) {
        return toCase + u"; "_s + push("VisitPage", u"{visitId: '%1'}"_s.arg(visitId));
    };
    for (Size size : {tablet, phone}) {
        ok &= renderer.shot(u"cases"_s, size, false);
        ok &= renderer.shot(u"case"_s, size, false, toCase);
        ok &= renderer.shot(u"visit-draft"_s, size, false, toVisit(ids.draftVisit));
        ok &= renderer.shot(u"visit-signed"_s, size, false, toVisit(ids.signedVisit));
    }
    ok &= childModeShots(renderer, session, ids, toVisit(ids.draftVisit));

    const QString toFosterHomes = u"shell.select(1)"_s;
    const QString toWeek = u"shell.select(Shell.indexOf('week'))"_s;
    for (Size size : {tablet, phone}) {
        ok &= renderer.shot(u"fosterhomes"_s, size, false, toFosterHomes);
        ok &= renderer.shot(u"week"_s, size, false, toWeek);
    }
    ok &= renderer.shot(u"cases"_s, tablet, true);
    ok &= renderer.shot(u"visit-draft"_s, tablet, true, toVisit(ids.draftVisit));
    const QString toSync = u"syncPage.open()"_s;
    for (Size size : {tablet, phone})
        ok &= renderer.shot(u"sync-signin"_s, size, false, toSync);
#ifdef BARNTID_SERVER_PATH
    {
        // A fresh tablet signed in as worker1: the cases come down, the receipt says it is safe.
        QTemporaryDir signedInDevice;
        Session signedIn(signedInDevice.path(), clock, options);
        Session::setInstance(&signedIn);
        signedIn.setUpPin(pin, pin);
        if (!waitUntilIdle(signedIn) || !signedIn.store())
            return 1;
        SyncController worker(&signedIn, serverUrl, nullptr);
        SyncController::setInstance(&worker);
        worker.signIn(serverUrl.toString(), u"worker1"_s, u"barntid-demo"_s);
        if (!waitForStatus(worker, SyncController::Status::UpToDate)) {
            std::fprintf(
                stderr, "screenshots: worker1 did not sync: %s\n", qPrintable(worker.errorText()));
            return 1;
        }
        for (Size size : {tablet, phone})
            ok &= renderer.shot(u"sync"_s, size, false, toSync);
        ok &= renderer.shot(u"sync"_s, tablet, true, toSync);
        // The night's journal export has taken worker1's signed notes: the visit says so.
        QTemporaryDir journal;
        if (server.exportJournal(journal.path()).isEmpty()) {
            std::fprintf(stderr, "screenshots: %s\n", qPrintable(server.error()));
            return 1;
        }
        worker.syncNow();
        if (!waitForStatus(worker, SyncController::Status::UpToDate)) {
            std::fprintf(stderr, "screenshots: no sync after the export\n");
            return 1;
        }
        {
            Statement exported = signedIn.store()->connection().prepare(
                "SELECT v.id, v.case_id FROM visits v JOIN journal_entries j ON j.visit_id = v.id "
                "ORDER BY v.signed_at DESC LIMIT 1");
            if (!exported.step()) {
                std::fprintf(stderr, "screenshots: no visit in the journal on the tablet\n");
                return 1;
            }
            const QString toJournalVisit
                = u"shell.showCase(shell.stackNamed('cases'), '%1'); "_s.arg(exported.text(1))
                + push("VisitPage", u"{visitId: '%1'}"_s.arg(exported.text(0)));
            for (Size size : {tablet, phone})
                ok &= renderer.shot(u"visit-journal"_s, size, false, toJournalVisit);
        }
        // Then a new case while the server is out of reach: not safe to leave, and why.
        CaseListModel cases;
        const QString vera = cases.createCase(u"2026-0311"_s, u"Vera N."_s, 2016, false);
        if (vera.isEmpty()) {
            std::fprintf(stderr, "screenshots: no case: %s\n", qPrintable(cases.errorText()));
            return 1;
        }
        server.stop();
        worker.syncNow();
        if (!waitForStatus(worker, SyncController::Status::Offline) || worker.pending() == 0) {
            std::fprintf(stderr, "screenshots: the offline state did not show\n");
            return 1;
        }
        ok &= renderer.shot(u"sync-offline"_s, tablet, false, toSync);
        // Back online, the case is handed to worker2; a visit to it from here is refused.
        if (!server.restart()) {
            std::fprintf(stderr, "screenshots: the server did not come back\n");
            return 1;
        }
        worker.syncNow();
        if (!waitForStatus(worker, SyncController::Status::UpToDate)) {
            std::fprintf(stderr, "screenshots: no sync after the restart: %s\n",
                qPrintable(worker.errorText()));
            return 1;
        }
        if (!server.assignCase(vera, u"worker2"_s)) {
            std::fprintf(stderr, "screenshots: the case was not handed over\n");
            return 1;
        }
        VisitEditor editor;
        if (editor.start(vera).isEmpty()
            || (editor.setNote(u"Besök efter överlämningen."_s), !editor.flush())) {
            std::fprintf(stderr, "screenshots: no visit: %s\n", qPrintable(editor.errorText()));
            return 1;
        }
        worker.syncNow();
        if (!waitForStatus(worker, SyncController::Status::NeedsAttention)) {
            std::fprintf(stderr, "screenshots: the refusal did not show\n");
            return 1;
        }
        for (Size size : {tablet, phone})
            ok &= renderer.shot(u"sync-attention"_s, size, false, toSync);
        SyncController::setInstance(&sync);
        Session::setInstance(&session);
    }
#endif

#ifdef BARNTID_SERVER_PATH
    {
        // Issue 12: supervisor1's tablet returns a visit of worker1's with a comment; worker1's
        // tablet shows it; worker1 answers with an amendment; supervisor1 sees then and now.
        QTemporaryDir supervisorDevice, authorDevice;
        Session supervisor(supervisorDevice.path(), systemClock(), options);
        Session author(authorDevice.path(), systemClock(), options);
        for (Session *s : {&supervisor, &author}) {
            s->setUpPin(pin, pin);
            if (!waitUntilIdle(*s) || !s->store()) {
                std::fprintf(stderr, "screenshots: a review device did not open\n");
                return 1;
            }
        }
        SyncController supervisorSync(&supervisor, serverUrl, nullptr);
        SyncController authorSync(&author, serverUrl, nullptr);
        const auto signIn = [&](Session &s, SyncController &c, const QString &user) {
            return syncAs(s, c, serverUrl, user);
        };
        if (!signIn(author, authorSync, u"worker1"_s)
            || !signIn(supervisor, supervisorSync, u"supervisor1"_s))
            return 1;
        const QString worker1 = server.userId(u"worker1"_s);
        std::optional<ReviewItem> returned;
        for (const ReviewItem &item :
            ReviewBook(*supervisor.store()).teamEntries(supervisor.store()->userId())) {
            if (item.entity == u"visit" && item.authorId == worker1 && !item.caseId.isEmpty()) {
                returned = item;
                break;
            }
        }
        if (!returned) {
            std::fprintf(stderr, "screenshots: no visit of worker1 to review\n");
            return 1;
        }
        for (Size size : {tablet, phone})
            ok &= renderer.shot(u"review-queue"_s, size, false);
        const QString toEntry = u"shell.openReviewEntry('visit', '%1')"_s.arg(returned->id);
        {
            ReviewEntry entry;
            entry.load(u"visit"_s, returned->id);
            if (!entry.sendBack(u"Vad sa barnet om skolan? Lägg till det som ett tillägg."_s)) {
                std::fprintf(stderr, "screenshots: no return: %s\n", qPrintable(entry.errorText()));
                return 1;
            }
        }
        if (!signIn(supervisor, supervisorSync, u"supervisor1"_s)
            || !signIn(author, authorSync, u"worker1"_s))
            return 1;
        const QString toReturnedVisit
            = u"shell.showCase(shell.stackNamed('cases'), '%1'); "_s.arg(returned->caseId)
            + push("VisitPage", u"{visitId: '%1'}"_s.arg(returned->id));
        for (Size size : {tablet, phone}) {
            ok &= renderer.shot(u"review-returned-cases"_s, size, false);
            ok &= renderer.shot(u"review-returned-visit"_s, size, false, toReturnedVisit);
        }
        {
            VisitEditor editor;
            if (!editor.load(returned->id)
                || !editor.addAmendment(
                    u"Barnet sa att skolan går bra och att hon har en ny kompis."_s)) {
                std::fprintf(
                    stderr, "screenshots: no amendment: %s\n", qPrintable(editor.errorText()));
                return 1;
            }
        }
        if (!signIn(author, authorSync, u"worker1"_s)
            || !signIn(supervisor, supervisorSync, u"supervisor1"_s))
            return 1;
        for (Size size : {tablet, phone}) {
            ok &= renderer.shot(u"review-answered"_s, size, false, toEntry);
            ok &= renderer.shot(
                u"accesslog"_s, size, false, u"shell.select(Shell.indexOf('accessLog'))"_s);
            ok &= renderer.shot(u"team"_s, size, false, u"shell.select(Shell.indexOf('team'))"_s);
        }
        ok &= renderer.shot(u"review-answered"_s, tablet, true, toEntry);
        {
            // Issue 16: the children's answers in figures. The demo server has no ended quarter
            // with answers, so sample figures in the server's form (withheld cells as null) go to
            // a copy of the supervisor's tablet, under the team id its sync brought.
            const QJsonArray groups = QJsonDocument::fromJson(
                supervisor.store()->setting(u"survey_aggregates"_s).toUtf8())
                                          .object()
                                          .value("groups"_L1)
                                          .toArray();
            const QString teamId = groups.last().toObject().value("id"_L1).toString();
            // On a tablet of their own that does not sync: a sync between the shots would bring
            // the server's (empty) figures back.
            QTemporaryDir voicesDevice;
            Session voices(voicesDevice.path(), systemClock(), options);
            voices.setUpPin(pin, pin);
            if (!waitUntilIdle(voices) || !voices.store()) {
                std::fprintf(stderr, "screenshots: the figures' device did not open\n");
                return 1;
            }
            for (const QString &key : {u"user_role"_s, u"user_id"_s, u"team_roster"_s})
                voices.store()->setSetting(key, supervisor.store()->setting(key));
            barntid::test::keepDefaultQuestionSets(*voices.store());
            voices.store()->setSetting(
                u"survey_aggregates"_s, barntid::test::sampleSurveyAggregates(teamId));
            SyncController offline(&voices, QUrl(), nullptr);
            Session::setInstance(&voices);
            SyncController::setInstance(&offline);
            for (Size size : {tablet, phone})
                ok &= renderer.shot(u"child-voices"_s, size, false,
                    u"shell.select(Shell.indexOf('childVoices'))"_s);
            SyncController::setInstance(&supervisorSync);
            Session::setInstance(&supervisor);
        }
        SyncController::setInstance(&sync);
        Session::setInstance(&session);
    }
#endif

#ifdef BARNTID_SERVER_PATH
    {
        // Issue 13: worker1 publishes a Wednesday series and a video time; foster1 books two of
        // the demo Tuesday evening times on a phone; worker1 confirms one of them.
        QTemporaryDir workerDevice, familyDevice;
        Session workerSession(workerDevice.path(), systemClock(), options);
        Session family(familyDevice.path(), systemClock(), options);
        for (Session *s : {&workerSession, &family}) {
            s->setUpPin(pin, pin);
            if (!waitUntilIdle(*s) || !s->store()) {
                std::fprintf(stderr, "screenshots: a meeting device did not open\n");
                return 1;
            }
        }
        SyncController workerSync(&workerSession, serverUrl, nullptr);
        SyncController familySync(&family, serverUrl, nullptr);
        if (!syncAs(workerSession, workerSync, serverUrl, u"worker1"_s))
            return 1;
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(stockholm()).date();
        const QDate wednesday = today.addDays(7 + (3 - today.dayOfWeek() + 7) % 7);
        try {
            MeetingBook worker(*workerSession.store());
            const SlotSeries series {wednesday, QTime(17, 30), QTime(19, 30), 45, 15, 3};
            worker.publish(series.meetings(), u"Socialkontoret, Storgatan 1"_s, false, {});
            const QDate thursday = wednesday.addDays(1);
            worker.publish({{QDateTime(thursday, QTime(18, 0), stockholm()).toUTC(),
                               QDateTime(thursday, QTime(18, 45), stockholm()).toUTC()}},
                {}, true, u"https://mote.example.se/ludvika-123"_s);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "screenshots: no meeting times: %s\n", e.what());
            return 1;
        }
        if (!syncAs(workerSession, workerSync, serverUrl, u"worker1"_s)
            || !syncAs(family, familySync, serverUrl, u"foster1"_s))
            return 1;
        QList<Slot> open;
        QString firstBooking;
        QDate bookedWeek;
        try {
            MeetingBook book(*family.store());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            open = book.slotsBetween(now.addSecs(26 * 3600), now.addDays(60));
            if (open.size() < 3) {
                std::fprintf(stderr, "screenshots: foster1 sees too few times\n");
                return 1;
            }
            firstBooking
                = book.book(open.at(0).meta.id, u"Hur det går i skolan efter lovet"_s, {}).meta.id;
            book.book(open.at(1).meta.id, u"Planera sommaren"_s, u"familjen@example.se"_s);
            bookedWeek = open.at(0).startsAt.toTimeZone(stockholm()).date();
        } catch (const std::exception &e) {
            std::fprintf(stderr, "screenshots: no booking: %s\n", e.what());
            return 1;
        }
        if (!syncAs(family, familySync, serverUrl, u"foster1"_s)
            || !syncAs(workerSession, workerSync, serverUrl, u"worker1"_s))
            return 1;
        try {
            MeetingBook(*workerSession.store()).confirm(firstBooking);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "screenshots: no confirmation: %s\n", e.what());
            return 1;
        }
        if (!syncAs(workerSession, workerSync, serverUrl, u"worker1"_s))
            return 1;
        const QString toSchedule
            = u"shell.select(Shell.indexOf('schedule')); shell.stackNamed('schedule')"
              ".currentItem.model.weekStart = '%1'"_s.arg(toIsoDate(bookedWeek));
        const QString toSeries = u"shell.select(Shell.indexOf('schedule')); "
                                 "shell.stackNamed('schedule').currentItem.publishTimes()"_s;
        for (Size size : {tablet, phone}) {
            ok &= renderer.shot(u"schedule"_s, size, false, toSchedule);
            ok &= renderer.shot(u"schedule-series"_s, size, false, toSeries);
        }
        if (!syncAs(family, familySync, serverUrl, u"foster1"_s))
            return 1;
        const QString toBook
            = u"shell.stackNamed('meetings').currentItem.book('%1')"_s.arg(open.at(2).meta.id);
        for (Size size : {tablet, phone}) {
            ok &= renderer.shot(u"meetings"_s, size, false);
            ok &= renderer.shot(u"meetings-book"_s, size, false, toBook);
        }
        ok &= renderer.shot(u"meetings"_s, phone, true);
        SyncController::setInstance(&sync);
        Session::setInstance(&session);
    }
#endif
    // Locked after two wrong PINs: the countdown and the tries left.
    session.lock();
    for (const QString &wrong : {u"000001"_s, u"000002"_s}) {
        session.unlock(wrong);
        waitUntilIdle(session);
    }
    for (Size size : {tablet, phone})
        ok &= renderer.shot(u"unlock"_s, size, false);
    ok &= renderer.shot(u"unlock"_s, phone, true);
    return ok ? 0 : 1;
}
