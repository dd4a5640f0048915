// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest runner for the tst_*.qml cases in this directory, with the Barntid module linked in
// statically and the Material style the app uses.
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)

/** Gives every test engine the app's style before the first component is created. */
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    // Qt 6.4 places the module at qrc:/Barntid/ but does not search qrc:/ for imports.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_quick, Setup)

#include "tst_quick.moc"
