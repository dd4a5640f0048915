// SPDX-License-Identifier: GPL-3.0-or-later
// Creates every .qml file compiled into the Barntid module (found by listing qrc:/Barntid/, so
// a new page is covered without touching this test) in an offscreen window, renders a frame,
// and fails on any warning: a typo'd property or a broken binding fails here, not on a tablet.
#include "domain/clock.h"
#include "models/session.h"

#include <QDirIterator>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

namespace {

QStringList s_warnings;
QtMessageHandler s_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        s_warnings.append(message);
    s_previousHandler(type, context, message);
}

// Shows the window and waits until a frame has been rendered, so bindings evaluated during
// polish and layout have run too.
bool showAndRender(QQuickWindow *window)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->show();
    return QTest::qWaitForWindowExposed(window) && (!swapped.isEmpty() || swapped.wait(5000));
}

// A delegate file declares what its view hands it as root-level required properties; loaded on
// its own it gets a neutral value of each type, so its bindings are still evaluated.
QVariantMap placeholdersFor(const QByteArray &source)
{
    static const QRegularExpression line(QStringLiteral("^    required property (\\w+) (\\w+)$"),
        QRegularExpression::MultilineOption);
    QVariantMap values;
    for (auto it = line.globalMatch(QString::fromUtf8(source)); it.hasNext();) {
        const auto m = it.next();
        const QString type = m.captured(1);
        QVariant value = QString();
        if (type == u"bool")
            value = false;
        else if (type == u"int" || type == u"real")
            value = 0;
        else if (type == u"var")
            value = QVariant::fromValue(QVariantMap());
        values.insert(m.captured(2), value);
    }
    return values;
}

} // namespace

/** Loads each QML file of the module and treats any warning as a failure. */
class TstQmlSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void loadFile_data();
    void loadFile();

private:
    // Pages bind to the Session singleton: a real one over an empty store (first start).
    QTemporaryDir m_dataDir;
    std::unique_ptr<barntid::Session> m_session;
};

void TstQmlSmoke::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QVERIFY(m_dataDir.isValid());
    m_session = std::make_unique<barntid::Session>(m_dataDir.path(), barntid::systemClock());
    barntid::Session::setInstance(m_session.get());
    s_previousHandler = qInstallMessageHandler(collectWarnings);
}

void TstQmlSmoke::init()
{
    s_warnings.clear();
}

void TstQmlSmoke::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
    m_session.reset();
}

void TstQmlSmoke::loadFile_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths;
    QDirIterator it(QStringLiteral(":/Barntid"), {QStringLiteral("*.qml")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    // Guards against an empty listing (a moved resource prefix) passing silently.
    QVERIFY2(paths.contains(QStringLiteral(":/Barntid/Main.qml")), qPrintable(paths.join(u' ')));
    QVERIFY(paths.contains(QStringLiteral(":/Barntid/pages/CasesPage.qml")));
    for (const QString &path : std::as_const(paths))
        QTest::newRow(qPrintable(path.mid(QStringLiteral(":/Barntid/").size()))) << path;
}

void TstQmlSmoke::loadFile()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray source = file.readAll();
    const bool singleton = source.contains("pragma Singleton");

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // Qt 6.4 does not search qrc:/ itself
    QQmlComponent component(&engine);
    if (singleton) {
        // A singleton cannot be instantiated directly: reach it through the module instead.
        const QString type = QFileInfo(path).baseName();
        component.setData(QStringLiteral("import QtQuick\nimport Barntid\n"
                                         "QtObject { readonly property var probe: %1 }\n")
                              .arg(type)
                              .toUtf8(),
            QUrl(QStringLiteral("qrc:/smoke/Singleton.qml")));
    } else {
        component.loadUrl(QUrl(QStringLiteral("qrc") + path));
    }
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));

    std::unique_ptr<QObject> object(
        component.createWithInitialProperties(placeholdersFor(source), engine.rootContext()));
    QVERIFY2(object, qPrintable(component.errorString()));

    if (singleton) {
        QVERIFY(object->property("probe").value<QObject *>());
    } else if (auto *window = qobject_cast<QQuickWindow *>(object.get())) {
        QVERIFY(showAndRender(window));
    } else if (auto *item = qobject_cast<QQuickItem *>(object.get())) {
        QQuickWindow host;
        host.resize(1280, 800);
        item->setParentItem(host.contentItem());
        item->setSize(host.size());
        QVERIFY(showAndRender(&host));
        object.reset();
    }
    QVERIFY2(s_warnings.isEmpty(), qPrintable(s_warnings.join(u'\n')));
}

QTEST_MAIN(TstQmlSmoke)

#include "tst_qmlsmoke.moc"
