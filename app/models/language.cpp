// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace barntid {

namespace {
Language *s_instance = nullptr;
const auto settingsKey = QStringLiteral("ui/language");
} // namespace

Language::Language(QObject *parent)
    : QObject(parent)
{ }

Language::~Language()
{
    if (s_instance == this)
        s_instance = nullptr;
    QCoreApplication::removeTranslator(&m_translator);
}

void Language::setInstance(Language *language)
{
    s_instance = language;
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    if (s_instance) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    // Without one from main.cpp (QML tests): a language that can still switch this engine.
    auto *language = new Language(nullptr);
    language->setEngine(engine);
    return language;
}

QString Language::savedChoice()
{
    return QSettings().value(settingsKey).toString();
}

bool Language::apply(const QString &code)
{
    if (code != u"sv" && code != u"en")
        return false;
    QCoreApplication::removeTranslator(&m_translator);
    if (!m_translator.load(QStringLiteral(":/i18n/barntid_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    // Swedish dates and numbers either way; English text keeps Swedish conventions (en_SE).
    QLocale::setDefault(code == u"sv" ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                      : QLocale(QLocale::English, QLocale::Sweden));
    m_code = code;
    return true;
}

void Language::setCode(const QString &code)
{
    if (code == m_code || !apply(code))
        return;
    if (m_engine) {
        m_engine->setUiLanguage(code);
        m_engine->retranslate();
    }
    if (m_remembered)
        QSettings().setValue(settingsKey, code);
    emit codeChanged();
}

} // namespace barntid
