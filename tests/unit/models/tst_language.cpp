// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/language.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

using namespace barntid;
using namespace Qt::StringLiterals;

/** The language switch re-translates what is on screen, without a restart. */
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<QObject> label(QQmlEngine &engine)
    {
        // qsTr takes its context from the file name: "AppShell", as in qml/pages/AppShell.qml.
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nItem { property string text: qsTr(\"Lock\") }",
            QUrl(u"qrc:/test/AppShell.qml"_s));
        return std::unique_ptr<QObject>(component.create());
    }

private slots:
    void switchesWhileRunning()
    {
        QQmlEngine engine;
        Language language(nullptr);
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

    void qmlSeesTheInstanceMainMade()
    {
        Language language(nullptr);
        QVERIFY(language.apply(u"sv"_s));
        Language::setInstance(&language);
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Barntid.Models\nItem { property string code: "
                          "Language.code }",
            QUrl(u"qrc:/test/Probe.qml"_s));
        std::unique_ptr<QObject> probe(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        QCOMPARE(probe->property("code").toString(), u"sv"_s);
        Language::setInstance(nullptr);
    }

    void unknownLanguageChangesNothing()
    {
        Language language(nullptr);
        QVERIFY(language.apply(u"sv"_s));
        QVERIFY(!language.apply(u"de"_s));
        language.setCode(u"de"_s);
        QCOMPARE(language.code(), u"sv"_s);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
