// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QDateTime>
#include <QMutex>
#include <QString>

#include <memory>

namespace barntid::server {

/** A test aid (serve --clock-file): "now" is the RFC 3339 instant in a file, so end-to-end
 *  tests can move the server's time while it runs. The file is read again when its
 *  modification time or size changes; a garbled rewrite keeps the last good instant. */
class FileClock : public Clock
{
public:
    /** The clock, or nullptr and *error when the file is missing or holds no RFC 3339 time. */
    static std::unique_ptr<FileClock> open(const QString &path, QString *error);
    QDateTime now() const override;

private:
    explicit FileClock(QString path);
    /** Reads the file when it changed since the last look; false when it is unreadable. */
    bool refresh() const;

    QString m_path;
    mutable QMutex m_mutex;
    mutable QDateTime m_stamp;
    mutable qint64 m_size = -1;
    mutable QDateTime m_now;
};

} // namespace barntid::server
