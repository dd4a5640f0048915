// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/qtspeaker.h"

#include <QTextToSpeech>

namespace barntid {

QtSpeaker::QtSpeaker() = default;
QtSpeaker::~QtSpeaker() = default;

QTextToSpeech *QtSpeaker::engine() const
{
    if (!m_engine) {
        auto *self = const_cast<QtSpeaker *>(this);
        m_engine = new QTextToSpeech(self);
        connect(m_engine, &QTextToSpeech::stateChanged, self, &Speaker::speakingChanged);
    }
    return m_engine;
}

QString QtSpeaker::backendName() const
{
    return QStringLiteral("Qt TextToSpeech (%1)").arg(engine()->engine());
}

bool QtSpeaker::hasVoice(const QLocale &locale) const
{
    QTextToSpeech *tts = engine();
    if (tts->state() == QTextToSpeech::Error)
        return false;
    for (const QLocale &l : tts->availableLocales()) {
        if (l.language() == locale.language())
            return true;
    }
    return false;
}

void QtSpeaker::say(const QString &text, const QLocale &locale)
{
    QTextToSpeech *tts = engine();
    if (tts->locale().language() != locale.language()) {
        for (const QLocale &l : tts->availableLocales()) {
            if (l.language() == locale.language()) {
                tts->setLocale(l);
                break;
            }
        }
    }
    tts->stop();
    tts->say(text);
}

void QtSpeaker::stop()
{
    if (m_engine)
        m_engine->stop();
}

bool QtSpeaker::speaking() const
{
    return m_engine && m_engine->state() == QTextToSpeech::Speaking;
}

} // namespace barntid
