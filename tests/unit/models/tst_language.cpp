// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/language.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)

using namespace barntid;
using namespace Qt::StringLiterals;

/** The language switch re-translates what is on screen, without a restart. */
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<QObject> label(QQmlEngine &engine)
    {
        // qsTr takes its context from the file name: "Main", as in qml/Main.qml.
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nItem { property string text: qsTr(\"Lock\") }",
            QUrl(u"qrc:/test/Main.qml"_s));
        return std::unique_ptr<QObject>(component.create());
    }

private slots:
    void switchesWhileRunning()
    {
        QQmlEngine engine;
        Language language;
        language.setEngine(&engine);
        QVERIFY(language.apply(u"sv"_s));
        auto item = label(engine);
        QVERIFY(item);
        QCOMPARE(item->property("text").toString(), u"Lås"_s);

        language.setCode(u"en"_s);
        QCOMPARE(language.code(), u"en"_s);
        QCOMPARE(item->property("text").toString(), u"Lock"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QLocale().territory(), QLocale::Sweden); // Swedish dates either way

        language.setCode(u"sv"_s);
        QCOMPARE(item->property("text").toString(), u"Lås"_s);
    }

    void unknownLanguageChangesNothing()
    {
        Language language;
        QVERIFY(language.apply(u"sv"_s));
        QVERIFY(!language.apply(u"de"_s));
        language.setCode(u"de"_s);
        QCOMPARE(language.code(), u"sv"_s);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
