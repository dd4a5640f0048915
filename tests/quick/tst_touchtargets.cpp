// SPDX-License-Identifier: GPL-3.0-or-later
// Touch targets and accessible names on every page and dialog (issue 3; WCAG 2.5.5, EN 301 549):
// each .qml file of qml/pages (found by listing qrc:/Barntid/pages/, so a new page is covered
// without touching this test) and the main window are shown at tablet and phone size over a real
// encrypted store holding a case, a foster home with a placed child and contacts, a draft and a
// signed visit. Every popup the page holds is opened (its dialogs), then the item tree is walked:
// every visible interactive control must have an accessible name and be at least one touch
// target (Theme.touchTarget, 48) high and wide.
#include "domain/clock.h"
#include "models/caselistmodel.h"
#include "models/contactlogmodel.h"
#include "models/fosterhomelistmodel.h"
#include "models/session.h"
#include "models/timelogmodel.h"
#include "models/visitduemodel.h"
#include "models/visiteditor.h"
#include "models/visitlistmodel.h"
#include "store/store.h"

#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TstTouchTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void page_data();
    void page();

private:
    void seed();
    /** Problems found; controls counts the controls looked at. */
    static QStringList check(QQuickItem *root, QObject *probe, int &controls);

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
};

void TstTouchTargets::initTestCase()
{
    QQuickStyle::setStyle(u"Material"_s);
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
}

void TstTouchTargets::cleanupTestCase()
{
    m_cases.reset();
    m_homes.reset();
    m_contacts.reset();
    m_due.reset();
    m_visits.reset();
    m_timeLog.reset();
    m_session.reset();
}

void TstTouchTargets::page_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("properties");
    QTest::addColumn<QSize>("size");
    QStringList paths;
    QDirIterator it(u":/Barntid/pages"_s, {u"*.qml"_s}, QDir::Files);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    // Guards against an empty listing (a moved resource prefix) passing silently.
    QVERIFY2(paths.size() >= 20, qPrintable(paths.join(u' ')));
    paths.prepend(u":/Barntid/Main.qml"_s);

    const auto object = [](QObject *o) { return QVariant::fromValue(o); };
    const QHash<QString, QVariantMap> properties {
        {u"CasePage"_s, {{u"caseId"_s, m_caseId}}},
        {u"FosterHomePage"_s, {{u"fosterHomeId"_s, m_homeId}}},
        {u"VisitPage"_s, {{u"visitId"_s, m_draftId}}},
        {u"ContactDialog"_s, {{u"model"_s, object(m_contacts.get())}}},
        {u"FosterHomeChildrenCard"_s,
            {{u"due"_s, object(m_due.get())}, {u"placeable"_s, m_due->placeableCases()}}},
        {u"FosterHomeContactsCard"_s, {{u"contacts"_s, object(m_contacts.get())}}},
        {u"FosterHomeVisitDialog"_s, {{u"due"_s, object(m_due.get())}}},
        {u"FosterHomeVisitsCard"_s, {{u"visits"_s, object(m_visits.get())}}},
        {u"NewCaseDialog"_s, {{u"model"_s, object(m_cases.get())}}},
        {u"NewFosterHomeDialog"_s, {{u"model"_s, object(m_homes.get())}}},
        {u"TimeEntryDialog"_s, {{u"model"_s, object(m_timeLog.get())}}},
    };
    const QList<std::pair<const char *, QSize>> sizes {
        {"tablet", QSize(1280, 800)}, {"phone", QSize(390, 844)}};
    for (const auto &[sizeName, size] : sizes) {
        for (const QString &path : std::as_const(paths)) {
            const QString name = QFileInfo(path).baseName();
            QTest::addRow("%s %s", qPrintable(name), sizeName)
                << path << properties.value(name) << size;
        }
        QTest::addRow("VisitPage signed %s", sizeName)
            << u":/Barntid/pages/VisitPage.qml"_s << QVariantMap {{u"visitId"_s, m_signedId}}
            << size;
    }
}

QStringList TstTouchTargets::check(QQuickItem *root, QObject *probe, int &controls)
{
    QStringList problems;
    const int target = probe->property("touchTarget").toInt();
    QList<QQuickItem *> pending {root};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        if (!item->isVisible() || item->opacity() <= 0.0)
            continue; // hidden with everything in it
        if (isInteractive(item)) {
            ++controls;
            QVariant name;
            QMetaObject::invokeMethod(probe, "accessibleName", Q_RETURN_ARG(QVariant, name),
                Q_ARG(QVariant, QVariant::fromValue<QObject *>(item)));
            if (name.toString().trimmed().isEmpty())
                problems << u"%1: no accessible name"_s.arg(describe(item));
            if (item->height() < target || item->width() < target)
                problems << u"%1 (\"%2\"): %3 × %4, under %5 × %5"_s.arg(describe(item),
                    name.toString(), QString::number(item->width()),
                    QString::number(item->height()), QString::number(target));
            // A control's own parts (a text field's input, a button's label) are the control.
            continue;
        }
        pending.append(item->childItems());
    }
    return problems;
}

void TstTouchTargets::page()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, properties);
    QFETCH(QSize, size);

    QQmlEngine engine;
    engine.addImportPath(u"qrc:/"_s); // Qt 6.4 does not search qrc:/ itself
    // Reads Accessible.name as QML does (an explicit name, or the one a control sets from its
    // text), and the theme's touch target.
    QQmlComponent probeComponent(&engine);
    probeComponent.setData("import QtQuick\nimport Barntid\nQtObject {\n"
                           "    readonly property int touchTarget: Theme.touchTarget\n"
                           "    function accessibleName(item) { return item.Accessible.name }\n}\n",
        QUrl(u"qrc:/touchtargets/Probe.qml"_s));
    std::unique_ptr<QObject> probe(probeComponent.create());
    QVERIFY2(probe, qPrintable(probeComponent.errorString()));
    QCOMPARE(probe->property("touchTarget").toInt(), 48);

    QQmlComponent component(&engine, QUrl(u"qrc"_s + path));
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    std::unique_ptr<QObject> object(properties.isEmpty()
            ? component.create()
            : component.createWithInitialProperties(properties));
    QVERIFY2(object, qPrintable(component.errorString()));

    std::unique_ptr<QQuickWindow> host;
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (!window) {
        host = std::make_unique<QQuickWindow>();
        window = host.get();
        if (auto *item = qobject_cast<QQuickItem *>(object.get())) {
            item->setParentItem(window->contentItem());
            item->setSize(size);
        } else {
            object->setProperty("parent", QVariant::fromValue(window->contentItem())); // a popup
        }
    }
    window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Every popup of the page: its dialogs, or the file itself when it is one. A combo box's
    // list is left closed: its rows are the combo box's business.
    QList<QObject *> popups = object->findChildren<QObject *>();
    popups.prepend(object.get());
    for (QObject *popup : std::as_const(popups)) {
        if (!popup->inherits("QQuickPopup")
            || (popup->parent() && popup->parent()->inherits("QQuickComboBox")))
            continue;
        QMetaObject::invokeMethod(popup, "open");
        QTRY_VERIFY2_WITH_TIMEOUT(
            popup->property("opened").toBool(), qPrintable(popup->objectName()), 5000);
    }
    QVERIFY(renderFrame(window));

    int controls = 0;
    const QStringList problems = check(window->contentItem(), probe.get(), controls);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    // Every page and dialog has something to operate: none seen means the walk missed it.
    QVERIFY(controls > 0);
    qDebug("%d controls", controls);
}

QTEST_MAIN(TstTouchTargets)

#include "tst_touchtargets.moc"
