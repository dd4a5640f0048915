// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace barntid {

/** One position reading. Coordinates are personal data: never log them. */
struct PositionFix
{
    double latitude = 0.0;
    double longitude = 0.0;
    std::optional<double> accuracy; // horizontal, metres, as the source reports it
    QDateTime time; // when the source measured it (UTC)
};

/** Where the device is, once, on request. Platforms differ, and tests and the desktop demo
 *  replay recorded NMEA, so callers see only this interface. */
class PositionSource : public QObject
{
    Q_OBJECT

public:
    enum class Capability { Available = 0x1, Replaying = 0x2 };
    Q_DECLARE_FLAGS(Capabilities, Capability)
    enum class NoFixReason { Timeout, NoSource, AccessDenied, SourceError };
    Q_ENUM(NoFixReason)

    using QObject::QObject;
    ~PositionSource() override;

    virtual Capabilities capabilities() const = 0;
    virtual QString backendName() const = 0;
    /** Asks for one fresh fix: exactly one fixed() or noFix() follows, never from inside this
     *  call and at the latest after timeoutMs. A new request replaces an unanswered one. */
    virtual void requestFix(int timeoutMs) = 0;
    /** Drops the unanswered request, if any: no signal follows for it. */
    virtual void cancel() = 0;

signals:
    void fixed(const barntid::PositionFix &fix);
    void noFix(barntid::PositionSource::NoFixReason reason);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(PositionSource::Capabilities)

/** User equivalent range error for replayed NMEA. Qt Positioning reports the horizontal
 *  accuracy of an NMEA fix as 2 × HDOP × UERE (95 %), so HDOP 0.9 reads as ±9 m. */
inline constexpr double nmeaUereMetres = 5.0;

/** The NMEA file to replay instead of a real receiver (main.cpp's --nmea); empty = none. */
void setPositionReplayFile(const QString &path);
/** The file set above, else env BARNTID_NMEA_FILE, else empty. */
QString positionReplayFile();
/** The replay of positionReplayFile() if there is one, else the platform's default source (a
 *  source without capabilities, answering "no fix" at once, where the platform has none). */
std::unique_ptr<PositionSource> createPositionSource();
/** Replays NMEA sentences in simulation mode, keeping their timing; starts over at the end. */
std::unique_ptr<PositionSource> createReplayPositionSource(const QByteArray &nmea);

} // namespace barntid
