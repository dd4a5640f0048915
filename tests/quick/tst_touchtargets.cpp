// SPDX-License-Identifier: GPL-3.0-or-later
// The accessibility walk (issue 3; issue 11, must-hold 3; WCAG 2.1 AA, EN 301 549): each .qml
// file of qml/pages (found by listing qrc:/Barntid/pages/, so a new page is covered without
// touching this test) and the main window are shown at tablet and phone size, in the light and
// the dark theme, over a real encrypted store holding a case, a foster home with a placed child
// and contacts, a draft and a signed visit. Every popup the page holds is opened (its dialogs),
// then the item tree is walked. Every visible interactive control must have a role, an
// accessible name that matches what it shows (2.5.3 label in name: a field's name is its visible
// label, a button's starts with its text), and be at least one touch target (Theme.touchTarget,
// 48) high and wide; every visible text must reach 4.5:1 (3:1 when large) against the colour
// behind it (1.4.3), computed from the colours of the items drawn under it. Separately, every
// dialog at 360 × 320 (a phone with the keyboard up) fits the window and scrolls each of its
// controls into view (1.4.10). Child mode (issue 16) is walked the same way on every screen a
// child sees (intro, each question of both default sets, the summary, thanks), at tablet and
// phone size, against the child theme's own 48 dp minimum and contrast.
#include "../fixtures/defaultquestionsets.h"
#include "../fixtures/recordingspeaker.h"
#include "../fixtures/samplesurveyaggregates.h"
#include "domain/clock.h"
#include "models/caselistmodel.h"
#include "models/childmode.h"
#include "models/contactlogmodel.h"
#include "models/fosterhomelistmodel.h"
#include "models/readaloud.h"
#include "models/session.h"
#include "models/teamdashboardmodel.h"
#include "models/timelogmodel.h"
#include "models/visitduemodel.h"
#include "models/visiteditor.h"
#include "models/visitlistmodel.h"
#include "models/visitsurveys.h"
#include "store/store.h"

#include <QAccessible>
#include <QColor>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

using namespace Qt::StringLiterals;

namespace {

// What a person operates: buttons of every kind (tabs, switches, chips, list rows, delegates),
// text inputs, and choosers.
constexpr const char *interactiveTypes[]
    = {"QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickComboBox",
        "QQuickSlider", "QQuickRangeSlider", "QQuickSpinBox", "QQuickDial", "QQuickTumbler"};

bool isInteractive(const QObject *object)
{
    for (const char *type : interactiveTypes) {
        if (object->inherits(type))
            return true;
    }
    return false;
}

QString describe(const QQuickItem *item)
{
    const QString name = item->objectName().isEmpty() ? u"(no objectName)"_s : item->objectName();
    return u"%1 %2"_s.arg(QString::fromLatin1(item->metaObject()->className()), name);
}

// A frame rendered after everything opened: layouts and bindings have settled.
bool renderFrame(QQuickWindow *window)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    return swapped.wait(5000);
}

// WCAG 2.1 relative luminance.
double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A colour with an alpha (its own, times the opacity of what it is drawn in) over an opaque one.
QColor blend(const QColor &top, double alpha, const QColor &under)
{
    const auto mix = [alpha](double a, double b) { return a * alpha + b * (1 - alpha); };
    return QColor::fromRgbF(float(mix(top.redF(), under.redF())),
        float(mix(top.greenF(), under.greenF())), float(mix(top.blueF(), under.blueF())));
}

bool isOpaqueFill(const QQuickItem *item)
{
    if (!item || !item->inherits("QQuickRectangle") || !item->isVisible() || item->opacity() < 1)
        return false;
    return item->property("color").value<QColor>().alphaF() >= 0.999;
}

/** The visible controls under root, each once (not the parts inside a control), depth first. */
QList<QQuickItem *> visibleControls(QQuickItem *root)
{
    QList<QQuickItem *> controls;
    QList<QQuickItem *> pending {root};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        if (!item->isVisible())
            continue;
        if (isInteractive(item))
            controls << item;
        else
            pending.append(item->childItems());
    }
    return controls;
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// The colour drawn under item: the nearest opaque rectangle that covers it, found among its
// ancestors, a control's background, or the siblings drawn before an ancestor; else the window.
QColor backgroundOf(const QQuickItem *item)
{
    const QRectF rect = sceneRect(item).adjusted(1, 1, -1, -1);
    const auto covers = [&rect](const QQuickItem *fill) {
        return isOpaqueFill(fill) && sceneRect(fill).contains(rect);
    };
    for (const QQuickItem *child = item, *p = item->parentItem(); p;
         child = p, p = p->parentItem()) {
        const QList<QQuickItem *> siblings = p->childItems();
        for (qsizetype i = siblings.indexOf(const_cast<QQuickItem *>(child)) - 1; i >= 0; --i) {
            if (covers(siblings.at(i)))
                return siblings.at(i)->property("color").value<QColor>();
        }
        if (covers(p))
            return p->property("color").value<QColor>();
        if (auto *background = p->property("background").value<QQuickItem *>();
            background != child && covers(background))
            return background->property("color").value<QColor>();
    }
    return item->window() ? item->window()->color() : QColor(Qt::white);
}

double effectiveOpacity(const QQuickItem *item)
{
    double opacity = 1;
    for (; item; item = item->parentItem())
        opacity *= item->opacity();
    return opacity;
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

class TstTouchTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void page_data();
    void page();
    void dialogScrolls_data();
    void dialogScrolls();
    void childScreens_data();
    void childScreens();

private:
    void seed();
    QVariantMap properties(const QString &name) const;
    /** Problems found; controls counts the controls looked at. */
    static QStringList check(QQuickItem *root, QObject *probe, int &controls);
    static QStringList checkControl(QQuickItem *item, QObject *probe);
    /** Texts under the contrast minimum; texts counts the texts looked at. */
    static QStringList checkContrast(QQuickItem *root, int &texts);
    /** Every control and text of the shown window, checked (fails the test on a problem). */
    static void walk(QQuickWindow *window, QObject *probe);

    QTemporaryDir m_dir;
    barntid::ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(13, 30), Qt::UTC)};
    std::unique_ptr<barntid::Session> m_session;
    QString m_caseId;
    QString m_homeId;
    QString m_draftId;
    QString m_signedId;
    // The models the page embedding a card or dialog would hand it.
    std::unique_ptr<barntid::CaseListModel> m_cases;
    std::unique_ptr<barntid::FosterHomeListModel> m_homes;
    std::unique_ptr<barntid::ContactLogModel> m_contacts;
    std::unique_ptr<barntid::VisitDueModel> m_due;
    std::unique_ptr<barntid::VisitListModel> m_visits;
    std::unique_ptr<barntid::TimeLogModel> m_timeLog;
    std::unique_ptr<barntid::TeamDashboardModel> m_team;
    std::unique_ptr<barntid::VisitSurveys> m_surveys;
    std::unique_ptr<barntid::ReadAloud> m_readAloud;
};

void TstTouchTargets::initTestCase()
{
    QQuickStyle::setStyle(u"Material"_s);
    // As with a screen reader running: controls then give their roles to Qt's accessibility
    // interface, which is what this test reads.
    QAccessible::setActive(true);
    QVERIFY(m_dir.isValid());
    barntid::StoreOptions options;
    options.kdf = barntid::KdfParams {1, quint64(8) << 20}; // cheap: this test is about pages
    m_session = std::make_unique<barntid::Session>(m_dir.path(), m_clock, options);
    barntid::Session::setInstance(m_session.get());
    QSignalSpy busy(m_session.get(), &barntid::Session::busyChanged);
    m_session->setUpPin(u"482915"_s, u"482915"_s);
    QVERIFY(busy.wait(30'000));
    QCOMPARE(m_session->state(), barntid::Session::State::Open);
    seed();
}

void TstTouchTargets::seed()
{
    barntid::CaseListModel cases;
    m_caseId = cases.createCase(u"2026-0142"_s, u"Alva K."_s, 2015, false);
    QVERIFY(!m_caseId.isEmpty());
    QVERIFY(!cases.createCase(u"2026-0143"_s, u"Sam T."_s, 2012, true).isEmpty());
    barntid::FosterHomeListModel homes;
    m_homeId = homes.createFosterHome(u"Familjen Berg"_s, u"Anna Berg"_s, u"070-1234567"_s);
    QVERIFY(!m_homeId.isEmpty());
    barntid::VisitDueModel due;
    due.setFosterHomeId(m_homeId);
    QVERIFY(due.placeCase(m_caseId));
    barntid::ContactLogModel contacts;
    contacts.setFosterHomeId(m_homeId);
    QVERIFY(!contacts.addContact(u"phone"_s, 20, u"Om skolstarten."_s, u"2026-12-10"_s).isEmpty());

    barntid::VisitEditor editor;
    m_signedId = editor.startAtFosterHome(m_homeId, m_caseId);
    QVERIFY(!m_signedId.isEmpty());
    editor.setPresent(u"child_with_carers"_s);
    editor.setNote(u"Besök hemma hos familjen Berg."_s);
    QVERIFY(editor.checkIn());
    QVERIFY(editor.checkOut());
    QVERIFY2(editor.sign(), qPrintable(editor.errorText()));
    QVERIFY(editor.addAmendment(u"Rättelse av tiden."_s));
    m_draftId = editor.start(m_caseId);
    QVERIFY(!m_draftId.isEmpty());
    editor.setNote(u"Pågående besök."_s);
    QVERIFY(editor.flush());

    m_cases = std::make_unique<barntid::CaseListModel>();
    m_homes = std::make_unique<barntid::FosterHomeListModel>();
    m_contacts = std::make_unique<barntid::ContactLogModel>();
    m_contacts->setFosterHomeId(m_homeId);
    m_due = std::make_unique<barntid::VisitDueModel>();
    m_due->setFosterHomeId(m_homeId);
    m_visits = std::make_unique<barntid::VisitListModel>();
    m_visits->setFosterHomeId(m_homeId);
    m_timeLog = std::make_unique<barntid::TimeLogModel>();
    m_team = std::make_unique<barntid::TeamDashboardModel>();

    // The demo's question sets, as a sync keeps them: child mode and the visit's card need them.
    QVERIFY(barntid::test::keepDefaultQuestionSets(*m_session->store()));
    // Voices in both languages, so child mode's "Read aloud" is on every child screen walked.
    m_readAloud = std::make_unique<barntid::ReadAloud>(m_session.get(),
        std::make_unique<barntid::test::RecordingSpeaker>(
            QList<QLocale::Language> {QLocale::Swedish, QLocale::English}));
    barntid::ReadAloud::setInstance(m_readAloud.get());
    // And a supervisor's figures of the answers, so ChildVoicesPage shows its tables.
    barntid::test::keepSampleSurveyAggregates(*m_session->store());
    // Voices in both languages, so child mode's "Read aloud" is on every child screen walked.
    m_readAloud = std::make_unique<barntid::ReadAloud>(m_session.get(),
        std::make_unique<barntid::test::RecordingSpeaker>(
            QList<QLocale::Language> {QLocale::Swedish, QLocale::English}));
    barntid::ReadAloud::setInstance(m_readAloud.get());
    // And a supervisor's figures of the answers, so ChildVoicesPage shows its tables.
    barntid::test::keepSampleSurveyAggregates(*m_session->store());
    m_surveys = std::make_unique<barntid::VisitSurveys>();
    m_surveys->setVisitId(m_draftId);
    QVERIFY(m_surveys->canStart());
}

void TstTouchTargets::cleanupTestCase()
{
    m_cases.reset();
    m_homes.reset();
    m_contacts.reset();
    m_due.reset();
    m_visits.reset();
    m_timeLog.reset();
    m_team.reset();
    m_surveys.reset();
    m_readAloud.reset();
    m_session.reset();
}

QVariantMap TstTouchTargets::properties(const QString &name) const
{
    const auto object = [](QObject *o) { return QVariant::fromValue(o); };
    const QHash<QString, QVariantMap> properties {
        {u"CasePage"_s, {{u"caseId"_s, m_caseId}}},
        {u"FosterHomePage"_s, {{u"fosterHomeId"_s, m_homeId}}},
        {u"VisitPage"_s, {{u"visitId"_s, m_draftId}}},
        {u"VisitSurveysCard"_s, {{u"visitId"_s, m_draftId}}},
        {u"ChildModeDialog"_s,
            {{u"surveys"_s, object(m_surveys.get())}, {u"visitId"_s, m_draftId}}},
        // A signed visit: its status towards the journal shows beside the share button.
        {u"JournalRow"_s, {{u"entity"_s, u"visit"_s}, {u"recordId"_s, m_signedId}}},
        {u"ContactDialog"_s, {{u"model"_s, object(m_contacts.get())}}},
        {u"FosterHomeChildrenCard"_s,
            {{u"due"_s, object(m_due.get())}, {u"placeable"_s, m_due->placeableCases()}}},
        {u"FosterHomeContactsCard"_s, {{u"contacts"_s, object(m_contacts.get())}}},
        {u"FosterHomeVisitDialog"_s, {{u"due"_s, object(m_due.get())}}},
        {u"FosterHomeVisitsCard"_s, {{u"visits"_s, object(m_visits.get())}}},
        {u"NewCaseDialog"_s, {{u"model"_s, object(m_cases.get())}}},
        {u"NewFosterHomeDialog"_s, {{u"model"_s, object(m_homes.get())}}},
        {u"TimeEntryDialog"_s, {{u"model"_s, object(m_timeLog.get())}}},
        // The meeting delegates with every button showing: a request waiting for an answer, a
        // lost time with its alternatives and a time to book.
        {u"ScheduleRow"_s,
            {{u"slotId"_s, u"s1"_s}, {u"bookingId"_s, u"b1"_s}, {u"time"_s, u"17:00–17:45"_s},
                {u"place"_s, u"Socialkontoret"_s}, {u"afterHours"_s, true},
                {u"state"_s, u"requested"_s}, {u"stateText"_s, u"Förfrågan"_s},
                {u"refused"_s, QString()}, {u"homeName"_s, u"Familjen Berg"_s},
                {u"purpose"_s, u"Loven"_s}, {u"notify"_s, true}}},
        {u"BookingCard"_s,
            {{u"bookingId"_s, u"b1"_s}, {u"day"_s, u"tisdag 8 december"_s},
                {u"time"_s, u"17:00–17:45"_s}, {u"place"_s, u"Socialkontoret"_s},
                {u"videoLink"_s, QString()}, {u"afterHours"_s, true},
                {u"ownerName"_s, u"Anna L."_s}, {u"purpose"_s, u"Loven"_s},
                {u"status"_s, u"requested"_s}, {u"stateText"_s, u"Tiden är inte längre ledig"_s},
                {u"lost"_s, true}, {u"cancelReason"_s, QString()}, {u"canCancel"_s, true},
                {u"cancelUntilText"_s, QString()}, {u"hasCalendar"_s, true},
                {u"startsAt"_s, QDateTime::currentDateTimeUtc()},
                {u"alternatives"_s,
                    QVariantList {
                        QVariantMap {{u"slotId"_s, u"s2"_s}, {u"day"_s, u"tisdag 15 december"_s},
                            {u"time"_s, u"18:00–18:45"_s}, {u"place"_s, u"Socialkontoret"_s}}}}}},
        {u"OpenTimeRow"_s,
            {{u"slotId"_s, u"s1"_s}, {u"day"_s, u"tisdag 8 december"_s},
                {u"time"_s, u"17:00–17:45"_s}, {u"place"_s, u"Videomöte"_s},
                {u"afterHours"_s, true}, {u"ownerName"_s, u"Anna L."_s}}},
        // The team cards as a supervisor's sync fills them (this store holds no team).
        {u"TeamWorkersCard"_s, {{u"dashboard"_s, object(m_team.get())}}},
        {u"TeamCategoriesCard"_s,
            {{u"categories"_s,
                QVariantList {
                    QVariantMap {{u"code"_s, u"child_contact"_s}, {u"label"_s, u"Barnkontakt"_s},
                        {u"seconds"_s, 5400}, {u"text"_s, u"1 h 30 min"_s}}}}}},
        {u"TeamAttentionCard"_s,
            {{u"dueChildren"_s,
                 QVariantList {
                     QVariantMap {{u"caseId"_s, m_caseId}, {u"caseNumber"_s, u"2026-0142"_s},
                         {u"displayName"_s, u"Alva K."_s}, {u"protectedIdentity"_s, false},
                         {u"dueText"_s, u"Besök försenat"_s}, {u"workerName"_s, u"Anna L."_s}}}},
                {u"homes"_s,
                    QVariantList {QVariantMap {{u"id"_s, m_homeId}, {u"name"_s, u"Familjen Berg"_s},
                        {u"reasons"_s, u"Ingen handledning"_s}}}},
                {u"devices"_s,
                    QVariantList {QVariantMap {{u"id"_s, m_homeId}, {u"name"_s, u"Platta"_s},
                        {u"ownerName"_s, u"Anna L."_s}, {u"lastSeenText"_s, u"Aldrig synkad"_s},
                        {u"neverSeen"_s, true}}}}}},
    };
    return properties.value(name);
}

void TstTouchTargets::page_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("properties");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QStringList paths;
    QDirIterator it(u":/Barntid/pages"_s, {u"*.qml"_s}, QDir::Files);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    // Guards against an empty listing (a moved resource prefix) passing silently.
    QVERIFY2(paths.size() >= 20, qPrintable(paths.join(u' ')));
    paths.prepend(u":/Barntid/Main.qml"_s);

    const QList<std::pair<const char *, QSize>> sizes {
        {"tablet", QSize(1280, 800)}, {"phone", QSize(390, 844)}};
    for (const bool dark : {false, true}) {
        const char *theme = dark ? "dark" : "light";
        for (const auto &[sizeName, size] : sizes) {
            for (const QString &path : std::as_const(paths)) {
                const QString name = QFileInfo(path).baseName();
                QVariantMap initial = properties(name);
                if (name == u"Main")
                    initial.insert(u"startDark"_s, dark); // Main sets the theme itself
                QTest::addRow("%s %s %s", qPrintable(name), sizeName, theme)
                    << path << initial << size << dark;
            }
            QTest::addRow("VisitPage signed %s %s", sizeName, theme)
                << u":/Barntid/pages/VisitPage.qml"_s << QVariantMap {{u"visitId"_s, m_signedId}}
                << size << dark;
        }
    }
}

QStringList TstTouchTargets::checkControl(QQuickItem *item, QObject *probe)
{
    QStringList problems;
    const int target = probe->property("touchTarget").toInt();
    // What a screen reader is told: Qt's accessibility interface for the item.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
    if (!accessible)
        return {u"%1: not accessible at all"_s.arg(describe(item))};
    const QString name = accessible->text(QAccessible::Name).trimmed();
    const QString what = u"%1 (\"%2\")"_s.arg(describe(item), name);
    if (name.isEmpty())
        problems << u"%1: no accessible name"_s.arg(describe(item));
    const QAccessible::Role role = accessible->role();
    if (role == QAccessible::NoRole || role == QAccessible::Client)
        problems << u"%1: no accessible role"_s.arg(what);
    if (item->height() < target || item->width() < target)
        problems << u"%1: %2 × %3, under %4 × %4"_s.arg(what, QString::number(item->width()),
            QString::number(item->height()), QString::number(target));
    // Label in name: what the control shows is what a speech user says to operate it.
    const QVariant label = item->property("label");
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) {
        if (!label.isValid() || label.toString().isEmpty())
            problems << u"%1: no visible label"_s.arg(what);
        else if (label.toString() != name)
            problems << u"%1: name is not the visible label \"%2\""_s.arg(what, label.toString());
    } else if (item->inherits("QQuickComboBox")) {
        if (!name.contains(item->property("displayText").toString()))
            problems << u"%1: name does not hold the shown choice"_s.arg(what);
    } else if (item->inherits("QQuickAbstractButton")) {
        // A glyph ("‹") has no words to say: its name says what it does.
        const QString text = item->property("text").toString().trimmed();
        if (hasLetter(text) && !name.startsWith(text))
            problems << u"%1: name does not start with the visible text \"%2\""_s.arg(what, text);
    }
    return problems;
}

QStringList TstTouchTargets::check(QQuickItem *root, QObject *probe, int &controls)
{
    QStringList problems;
    QList<QQuickItem *> pending {root};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        if (!item->isVisible() || item->opacity() <= 0.0)
            continue; // hidden with everything in it
        if (isInteractive(item)) {
            ++controls;
            problems << checkControl(item, probe);
            // A control's own parts (a text field's input, a button's label) are the control.
            continue;
        }
        pending.append(item->childItems());
    }
    return problems;
}

QStringList TstTouchTargets::checkContrast(QQuickItem *root, int &texts)
{
    QStringList problems;
    QList<QQuickItem *> pending {root};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        if (!item->isVisible() || item->opacity() <= 0.0)
            continue;
        pending.append(item->childItems());
        const bool isText = item->inherits("QQuickText") || item->inherits("QQuickTextInput")
            || item->inherits("QQuickTextEdit");
        // An inactive control's text is exempt (WCAG 1.4.3); so is an empty one.
        if (!isText || !item->isEnabled() || item->property("text").toString().trimmed().isEmpty()
            || item->width() <= 0 || item->height() <= 0)
            continue;
        ++texts;
        const QColor colour = item->property("color").value<QColor>();
        const QColor under = backgroundOf(item);
        const QColor seen = blend(colour, colour.alphaF() * effectiveOpacity(item), under);
        const QFont font = item->property("font").value<QFont>();
        const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 4 / 3;
        // Large text (24 px, or 18.67 px bold) needs 3:1.
        const bool large = pixels >= 24 || (pixels >= 18.66 && font.weight() >= QFont::DemiBold);
        const double minimum = large ? 3.0 : 4.5;
        const double ratio = contrast(seen, under);
        if (ratio < minimum)
            problems << u"%1 \"%2\": %3 on %4 is %5:1, under %6:1"_s.arg(describe(item),
                item->property("text").toString().left(40), seen.name(), under.name(),
                QString::number(ratio, 'f', 2), QString::number(minimum));
    }
    return problems;
}

namespace {

// A window as Main.qml makes it: the Material palette follows the Theme, light or dark.
constexpr const char *hostQml = R"(import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Barntid
ApplicationWindow {
    color: Theme.background
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text
}
)";

constexpr const char *probeQml = R"(import QtQuick
import Barntid
QtObject {
    readonly property int touchTarget: Theme.touchTarget
    function setDark(dark) { Theme.dark = dark }
}
)";

/** The page shown in a window and every popup it holds opened. */
struct Shown
{
    std::unique_ptr<QObject> probe;
    std::unique_ptr<QObject> object;
    std::unique_ptr<QObject> host;
    QQuickWindow *window = nullptr;
};

bool show(QQmlEngine &engine, Shown &shown, const QString &path, const QVariantMap &properties,
    QSize size, bool dark)
{
    QQmlComponent probeComponent(&engine);
    probeComponent.setData(probeQml, QUrl(u"qrc:/touchtargets/Probe.qml"_s));
    shown.probe.reset(probeComponent.create());
    if (!shown.probe)
        return false;
    QMetaObject::invokeMethod(shown.probe.get(), "setDark", Q_ARG(QVariant, dark));

    QQmlComponent component(&engine, QUrl(u"qrc"_s + path));
    shown.object.reset(properties.isEmpty() ? component.create()
                                            : component.createWithInitialProperties(properties));
    if (!shown.object) {
        qWarning("%s", qPrintable(component.errorString()));
        return false;
    }
    shown.window = qobject_cast<QQuickWindow *>(shown.object.get());
    if (!shown.window) {
        QQmlComponent hostComponent(&engine);
        hostComponent.setData(hostQml, QUrl(u"qrc:/touchtargets/Host.qml"_s));
        shown.host.reset(hostComponent.create());
        shown.window = qobject_cast<QQuickWindow *>(shown.host.get());
        if (!shown.window)
            return false;
        if (auto *item = qobject_cast<QQuickItem *>(shown.object.get())) {
            item->setParentItem(shown.window->contentItem());
            item->setSize(size);
        } else { // a popup
            shown.object->setProperty("parent", QVariant::fromValue(shown.window->contentItem()));
        }
    }
    shown.window->resize(size);
    shown.window->show();
    return QTest::qWaitForWindowExposed(shown.window);
}

} // namespace

void TstTouchTargets::walk(QQuickWindow *window, QObject *probe)
{
    int controls = 0;
    int texts = 0;
    QStringList problems = check(window->contentItem(), probe, controls);
    problems << checkContrast(window->contentItem(), texts);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    // Every page, dialog and child screen has something to operate and read: none seen means
    // the walk missed it.
    QVERIFY(controls > 0);
    QVERIFY(texts > 0);
    qDebug("%d controls, %d texts", controls, texts);
}

void TstTouchTargets::page()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, properties);
    QFETCH(QSize, size);
    QFETCH(bool, dark);

    QQmlEngine engine;
    engine.addImportPath(u"qrc:/"_s); // Qt 6.4 does not search qrc:/ itself
    Shown shown;
    QVERIFY(show(engine, shown, path, properties, size, dark));
    QCOMPARE(shown.probe->property("touchTarget").toInt(), 48);

    // Every popup of the page: its dialogs, or the file itself when it is one. A combo box's
    // list is left closed: its rows are the combo box's business.
    QList<QObject *> popups = shown.object->findChildren<QObject *>();
    popups.prepend(shown.object.get());
    for (QObject *popup : std::as_const(popups)) {
        if (!popup->inherits("QQuickPopup")
            || (popup->parent() && popup->parent()->inherits("QQuickComboBox")))
            continue;
        QMetaObject::invokeMethod(popup, "open");
        QTRY_VERIFY2_WITH_TIMEOUT(
            popup->property("opened").toBool(), qPrintable(popup->objectName()), 5000);
    }
    QVERIFY(renderFrame(shown.window));
    walk(shown.window, shown.probe.get());
}

void TstTouchTargets::dialogScrolls_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths;
    QDirIterator it(u":/Barntid/pages"_s, {u"*Dialog.qml"_s}, QDir::Files);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    QVERIFY2(paths.size() >= 5, qPrintable(paths.join(u' ')));
    for (const QString &path : std::as_const(paths))
        QTest::addRow("%s", qPrintable(QFileInfo(path).baseName())) << path;
}

// A phone of 360 × 640 with the keyboard taking half: the window the app is left is 360 × 320.
void TstTouchTargets::dialogScrolls()
{
    QFETCH(QString, path);
    QQmlEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    Shown shown;
    const QSize size(360, 320);
    QVERIFY(show(engine, shown, path, properties(QFileInfo(path).baseName()), size, false));
    QObject *dialog = shown.object.get();
    QMetaObject::invokeMethod(dialog, "open");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 5000);
    QVERIFY(renderFrame(shown.window));
    auto *popupItem = dialog->property("contentItem").value<QQuickItem *>()->parentItem();
    const QRectF box = sceneRect(popupItem);
    QVERIFY2(QRectF(QPointF(0, 0), size).contains(box),
        qPrintable(u"the dialog (%1 × %2) leaves the window"_s.arg(box.width()).arg(box.height())));

    int controls = 0;
    for (QQuickItem *item :
        visibleControls(dialog->property("contentItem").value<QQuickItem *>())) {
        ++controls;
        QMetaObject::invokeMethod(dialog, "reveal", Q_ARG(QVariant, QVariant::fromValue(item)));
        const QRectF rect = sceneRect(item);
        QVERIFY2(box.contains(rect.adjusted(1, 1, -1, -1)),
            qPrintable(u"%1 cannot be scrolled into view: at %2, %3 in a dialog %4 high"_s.arg(
                describe(item), QString::number(rect.x()), QString::number(rect.y()),
                QString::number(box.height()))));
    }
    QVERIFY(controls >= 2); // at least the fields and the buttons
    qDebug("%d controls reachable", controls);
}

void TstTouchTargets::childScreens_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("step");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    const QList<std::pair<const char *, QString>> sets {
        {"4-8", u"0193d5a0-4c00-7000-8000-000000000408"_s},
        {"9-17", u"0193d5a0-4c00-7000-8000-000000000917"_s}};
    const QList<std::pair<const char *, QSize>> sizes {
        {"tablet", QSize(1280, 800)}, {"phone", QSize(390, 844)}};
    // -1 the intro, then each question, the summary (100 stands for it) and thanks (101). Both
    // languages: the Swedish words are the longer ones.
    for (const auto &[setName, set] : sets) {
        for (const auto &[sizeName, size] : sizes) {
            for (const char *language : {"sv", "en"}) {
                const QString code = QString::fromLatin1(language);
                for (int step = -1; step < 7; ++step)
                    QTest::addRow("%s %s %s step %d", setName, sizeName, language, step)
                        << set << step << size << code;
                QTest::addRow("%s %s %s summary", setName, sizeName, language)
                    << set << 100 << size << code;
                QTest::addRow("%s %s %s thanks", setName, sizeName, language)
                    << set << 101 << size << code;
            }
        }
    }
}

void TstTouchTargets::childScreens()
{
    QFETCH(QString, set);
    QFETCH(int, step);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QQmlEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    // The engine's own ChildMode (as the page will see it), in a child's hands on the draft visit.
    QQmlComponent reach(&engine);
    reach.setData("import QtQuick\nimport Barntid\nimport Barntid.Models\n"
                  "QtObject { readonly property QtObject childMode: ChildMode\n"
                  "           readonly property QtObject language: Language }",
        QUrl(u"qrc:/touchtargets/Reach.qml"_s));
    std::unique_ptr<QObject> reacher(reach.create());
    QVERIFY2(reacher, qPrintable(reach.errorString()));
    auto *appLanguage = reacher->property("language").value<QObject *>();
    QVERIFY(appLanguage);
    QVERIFY(appLanguage->setProperty("code", language));
    QCOMPARE(appLanguage->property("code").toString(), language);
    auto *childMode
        = qobject_cast<barntid::ChildMode *>(reacher->property("childMode").value<QObject *>());
    QVERIFY(childMode);
    QVERIFY2(childMode->start(m_draftId, m_caseId, set, 1), qPrintable(childMode->errorText()));
    if (step >= childMode->summaryStep() && step < 100)
        QSKIP("this set has fewer questions");
    childMode->goTo(step >= 100 ? childMode->summaryStep() : step);
    // Some answers, so the summary shows every kind of row and the chosen states are drawn.
    childMode->answer(u"home"_s, u"4"_s);
    childMode->answer(u"talk_to"_s, u"friend"_s);
    childMode->answer(u"school"_s, u"declined"_s);
    if (step == 101)
        childMode->finish();
    QCOMPARE(childMode->step(),
        step == 101       ? childMode->summaryStep() + 1
            : step == 100 ? childMode->summaryStep()
                          : step);
    Shown shown;
    QVERIFY(show(engine, shown, u":/Barntid/child/ChildModePage.qml"_s, {}, size, false));
    QVERIFY(renderFrame(shown.window));
    walk(shown.window, shown.probe.get());
    // Nothing a child can press is cut off at the side: child mode only scrolls up and down.
    for (QQuickItem *item : visibleControls(shown.window->contentItem())) {
        const QRectF rect = sceneRect(item);
        QVERIFY2(rect.left() >= 0 && rect.right() <= size.width() + 0.5,
            qPrintable(u"%1 is cut off at the side: %2 to %3 in a window %4 wide"_s.arg(
                describe(item), QString::number(rect.left()), QString::number(rect.right()),
                QString::number(size.width()))));
    }
}

QTEST_MAIN(TstTouchTargets)

#include "tst_touchtargets.moc"
