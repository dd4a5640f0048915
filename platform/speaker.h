// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

namespace barntid {

/** The platform's speech synthesis, so child mode can read a question aloud on demand (issue
 *  16): Qt TextToSpeech where the build has it (speech-dispatcher with espeak-ng on Debian),
 *  none otherwise. Tests put a recording speaker in its place. */
class Speaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Speaker() override;
    /** Human-readable name of the backend ("none" when there is none). */
    virtual QString backendName() const = 0;
    /** A voice for the locale's language is there now. */
    virtual bool hasVoice(const QLocale &locale) const = 0;
    /** Reads the text in the locale's language, replacing what is being read. */
    virtual void say(const QString &text, const QLocale &locale) = 0;
    virtual void stop() = 0;
    virtual bool speaking() const = 0;

signals:
    /** Speaking started or ended. */
    void speakingChanged();
};

/** The speaker CMake chose for this platform; a null backend (no voice) where there is none. */
std::unique_ptr<Speaker> createSpeaker();

} // namespace barntid
