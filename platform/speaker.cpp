// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/speaker.h"

#ifdef BARNTID_HAVE_SPEECH
#include "platform/qtspeaker.h"
#endif

namespace barntid {

Speaker::~Speaker() = default;

namespace {

class NullSpeaker final : public Speaker
{
public:
    QString backendName() const override { return QStringLiteral("none"); }
    bool hasVoice(const QLocale &) const override { return false; }
    void say(const QString &, const QLocale &) override { }
    void stop() override { }
    bool speaking() const override { return false; }
};

} // namespace

std::unique_ptr<Speaker> createSpeaker()
{
#ifdef BARNTID_HAVE_SPEECH
    return std::make_unique<QtSpeaker>();
#else
    return std::make_unique<NullSpeaker>();
#endif
}

} // namespace barntid
