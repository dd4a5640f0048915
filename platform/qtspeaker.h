// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/speaker.h"

class QTextToSpeech;

namespace barntid {

/** Qt TextToSpeech with the platform's default engine (speech-dispatcher on Linux). The engine
 *  is made on first use: opening it talks to a service that may not be running. */
class QtSpeaker final : public Speaker
{
    Q_OBJECT

public:
    QtSpeaker();
    ~QtSpeaker() override;
    QString backendName() const override;
    bool hasVoice(const QLocale &locale) const override;
    void say(const QString &text, const QLocale &locale) override;
    void stop() override;
    bool speaking() const override;

private:
    QTextToSpeech *engine() const;

    mutable QTextToSpeech *m_engine = nullptr;
};

} // namespace barntid
