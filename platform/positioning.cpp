// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/positioning.h"

#include <QBuffer>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>
#include <QTimer>

#include <cmath>

namespace barntid {

PositionSource::~PositionSource() = default;

namespace {

Q_LOGGING_CATEGORY(lcPositioning, "barntid.positioning")

QString &replayFileOverride()
{
    static QString path;
    return path;
}

/** The one-shot request over a QGeoPositionInfoSource, shared by the platform and replay
 *  backends: our own timer bounds the wait (a source may never answer), and every answer is
 *  delivered queued so that no signal comes from inside requestFix(). */
class GeoPositionSource : public PositionSource
{
public:
    GeoPositionSource()
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { finish({}, NoFixReason::Timeout); });
    }

    void requestFix(int timeoutMs) override
    {
        cancel();
        m_pending = true;
        QGeoPositionInfoSource *source = prepare();
        if (!source) {
            finish({}, NoFixReason::NoSource);
            return;
        }
        m_timer.start(timeoutMs);
        source->requestUpdate(timeoutMs);
    }

    void cancel() override
    {
        m_pending = false;
        ++m_request;
        m_timer.stop();
    }

protected:
    /** The source to ask now, connected with attach(); nullptr when there is none. */
    virtual QGeoPositionInfoSource *prepare() = 0;

    void attach(QGeoPositionInfoSource *source)
    {
        connect(source, &QGeoPositionInfoSource::positionUpdated, this,
            [this](const QGeoPositionInfo &info) {
                if (!info.isValid())
                    return;
                PositionFix fix;
                fix.latitude = info.coordinate().latitude();
                fix.longitude = info.coordinate().longitude();
                if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
                    const double metres = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
                    if (std::isfinite(metres) && metres >= 0.0)
                        fix.accuracy = metres;
                }
                fix.time = info.timestamp().isValid() ? info.timestamp().toUTC()
                                                      : QDateTime::currentDateTimeUtc();
                finish(fix, {});
            });
        connect(source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) {
                finish({},
                    error == QGeoPositionInfoSource::AccessError ? NoFixReason::AccessDenied
                        : error == QGeoPositionInfoSource::UpdateTimeoutError
                        ? NoFixReason::Timeout
                        : NoFixReason::SourceError);
            });
    }

private:
    void finish(std::optional<PositionFix> fix, NoFixReason reason)
    {
        if (!m_pending)
            return; // late answer to a request that was answered, replaced or cancelled
        m_pending = false;
        m_timer.stop();
        const quint64 request = m_request;
        QMetaObject::invokeMethod(
            this,
            [this, request, fix, reason] {
                if (request != m_request)
                    return;
                if (fix) {
                    qCDebug(lcPositioning) << "fix, accuracy known:" << fix->accuracy.has_value();
                    emit fixed(*fix);
                } else {
                    qCDebug(lcPositioning) << "no fix, reason" << int(reason);
                    emit noFix(reason);
                }
            },
            Qt::QueuedConnection);
    }

    QTimer m_timer;
    bool m_pending = false;
    quint64 m_request = 0;
};

/** The platform's own source (QGeoPositionInfoSource::createDefaultSource). */
class PlatformPositionSource final : public GeoPositionSource
{
public:
    PlatformPositionSource()
        : m_source(QGeoPositionInfoSource::createDefaultSource(nullptr))
    {
        // A plugin that cannot reach its service (geoclue2 without D-Bus) still loads but
        // offers no positioning method: treat it as absent so "no fix" comes at once.
        if (m_source
            && m_source->supportedPositioningMethods()
                == QGeoPositionInfoSource::NoPositioningMethods)
            m_source.reset();
        if (m_source)
            attach(m_source.get());
        else
            qCInfo(lcPositioning) << "no position source on this device; visits go without";
    }

    Capabilities capabilities() const override
    {
        return m_source ? Capability::Available : Capabilities();
    }
    QString backendName() const override
    {
        return m_source ? m_source->sourceName() : QStringLiteral("none");
    }

protected:
    QGeoPositionInfoSource *prepare() override { return m_source.get(); }

private:
    std::unique_ptr<QGeoPositionInfoSource> m_source;
};

/** Recorded NMEA replayed with its own timing (QNmeaPositionInfoSource, SimulationMode). Each
 *  request takes the next fix of the recording; at the end it starts over. */
class ReplayPositionSource final : public GeoPositionSource
{
public:
    explicit ReplayPositionSource(QByteArray nmea)
        : m_nmea(std::move(nmea))
    { }

    Capabilities capabilities() const override
    {
        return m_nmea.isEmpty() ? Capabilities(Capability::Replaying)
                                : Capabilities(Capability::Available | Capability::Replaying);
    }
    QString backendName() const override { return QStringLiteral("nmea-replay"); }

protected:
    QGeoPositionInfoSource *prepare() override
    {
        if (!m_source || m_buffer.atEnd()) {
            m_source.reset();
            m_buffer.close();
            m_buffer.setData(m_nmea);
            m_buffer.open(QIODevice::ReadOnly);
            m_source = std::make_unique<QNmeaPositionInfoSource>(
                QNmeaPositionInfoSource::SimulationMode);
            m_source->setUserEquivalentRangeError(nmeaUereMetres);
            m_source->setDevice(&m_buffer);
            attach(m_source.get());
        }
        return m_source.get();
    }

private:
    QByteArray m_nmea;
    QBuffer m_buffer;
    std::unique_ptr<QNmeaPositionInfoSource> m_source;
};

} // namespace

void setPositionReplayFile(const QString &path)
{
    replayFileOverride() = path;
}

QString positionReplayFile()
{
    return replayFileOverride().isEmpty() ? qEnvironmentVariable("BARNTID_NMEA_FILE")
                                          : replayFileOverride();
}

std::unique_ptr<PositionSource> createPositionSource()
{
    const QString path = positionReplayFile();
    if (path.isEmpty())
        return std::make_unique<PlatformPositionSource>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qCWarning(lcPositioning) << "cannot read the NMEA replay file" << path;
    return createReplayPositionSource(file.readAll());
}

std::unique_ptr<PositionSource> createReplayPositionSource(const QByteArray &nmea)
{
    return std::make_unique<ReplayPositionSource>(nmea);
}

} // namespace barntid
