// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>

namespace barntid {

/** The UI language (Swedish by default, English selectable), switched while the app runs:
 *  every qsTr binding is re-evaluated, and the choice is remembered (it is not personal data). */
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)

public:
    // No default constructor: Qt 6.4 would then build the QML singleton with it, not create().
    explicit Language(QObject *parent);
    ~Language() override;

    static void setInstance(Language *language);
    static Language *create(QQmlEngine *engine, QJSEngine *);

    /** The language the user chose last time, or "" if never. */
    static QString savedChoice();
    /** Loads and installs the catalogue of code ("sv" or "en"); false if there is none. */
    bool apply(const QString &code);
    /** The engine whose bindings are re-translated on a switch. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    /** Remember the choice across starts (the app does; tests don't). */
    void setRemembered(bool remembered) { m_remembered = remembered; }

    QString code() const { return m_code; }
    void setCode(const QString &code);

signals:
    void codeChanged();

private:
    QTranslator m_translator;
    QString m_code;
    QQmlEngine *m_engine = nullptr;
    bool m_remembered = false;
};

} // namespace barntid
