// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/readaloud.h"

#include "models/session.h"
#include "platform/speaker.h"

#include <QPointer>

namespace barntid {

namespace {
QPointer<ReadAloud> registered;
} // namespace

ReadAloud::ReadAloud(Session *session, std::unique_ptr<Speaker> speaker, QObject *parent)
    : QObject(parent)
    , m_speaker(std::move(speaker))
{
    connect(m_speaker.get(), &Speaker::speakingChanged, this, &ReadAloud::speakingChanged);
    if (session) {
        connect(session, &Session::stateChanged, this, [this, session] {
            if (session->state() != Session::State::Open)
                stop();
        });
    }
}

ReadAloud::~ReadAloud() = default;

ReadAloud *ReadAloud::instance()
{
    return registered;
}

void ReadAloud::setInstance(ReadAloud *readAloud)
{
    registered = readAloud;
}

ReadAloud *ReadAloud::create(QQmlEngine *, QJSEngine *)
{
    if (registered) {
        QJSEngine::setObjectOwnership(registered, QJSEngine::CppOwnership);
        return registered;
    }
    return new ReadAloud(Session::instance(), createSpeaker());
}

QLocale ReadAloud::locale() const
{
    return m_language == u"en" ? QLocale(QLocale::English) : QLocale(QLocale::Swedish);
}

void ReadAloud::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    stop();
    m_language = language;
    emit availableChanged();
}

bool ReadAloud::available() const
{
    return m_speaker->hasVoice(locale());
}

bool ReadAloud::speaking() const
{
    return m_speaker->speaking();
}

QString ReadAloud::backendName() const
{
    return m_speaker->backendName();
}

void ReadAloud::say(const QString &text)
{
    if (!text.trimmed().isEmpty() && available())
        m_speaker->say(text, locale());
}

void ReadAloud::stop()
{
    m_speaker->stop();
}

} // namespace barntid
