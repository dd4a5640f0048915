// SPDX-License-Identifier: GPL-3.0-or-later
// Times on screen are Stockholm's whatever zone the device is in: the test runs with
// TZ=America/New_York (CMakeLists), and a JavaScript Date from a page goes through the same path.
#include "models/stockholmtime.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QTimeZone>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>

Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

using namespace Qt::StringLiterals;
using barntid::StockholmTime;

class TstStockholmTime : public QObject
{
    Q_OBJECT

private slots:
    void deviceZoneIsNotStockholm()
    {
        // Otherwise the test below proves nothing.
        QVERIFY(QDateTime::currentDateTime().timeZone().id() != "Europe/Stockholm");
        QCOMPARE(QDateTime(QDate(2026, 12, 4), QTime(12, 0)).offsetFromUtc(), -5 * 3600);
    }

    void winterAndSummer()
    {
        const QDateTime winter(QDate(2026, 12, 4), QTime(13, 49), Qt::UTC);
        QCOMPARE(StockholmTime::time(winter), u"14:49"_s);
        QCOMPARE(StockholmTime::dateTime(winter), u"2026-12-04 14:49"_s);
        const QDateTime summer(QDate(2026, 6, 30), QTime(22, 30), Qt::UTC);
        QCOMPARE(StockholmTime::time(summer), u"00:30"_s);
        // Past midnight in Stockholm while still the 30th in UTC and New York.
        QCOMPARE(StockholmTime::date(summer), u"2026-07-01"_s);
        QCOMPARE(StockholmTime::time(QDateTime()), QString());
    }

    void fromAPage()
    {
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Barntid.Models\nQtObject {\n"
                          "  property string shown: StockholmTime.dateTime("
                          "new Date(Date.UTC(2026, 11, 4, 13, 49)))\n}",
            QUrl(u"inline.qml"_s));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("shown").toString(), u"2026-12-04 14:49"_s);
    }
};

QTEST_MAIN(TstStockholmTime)
#include "tst_stockholmtime.moc"
