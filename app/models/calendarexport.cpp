// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calendarexport.h"

#include "domain/calendarfile.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

namespace barntid {

QUrl CalendarExport::write(
    const QJsonObject &booking, const QString &folder, const QString &unitName)
{
    if (booking.value(QStringLiteral("version")).toInteger() <= 0)
        return {};
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return {};
    // One at a time: the last file shared is all the folder keeps.
    for (const QString &old : dir.entryList({QStringLiteral("mote-*.ics")}, QDir::Files))
        dir.remove(old);
    const QString id = booking.value(QStringLiteral("id")).toString();
    const QString path = dir.filePath(QStringLiteral("mote-%1.ics").arg(id.left(8)));
    QSaveFile file(path);
    // Unbuffered, or a full disk makes commit() put an empty file in place (see KeyFile::write).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {};
    const QByteArray bytes = CalendarFile::write(
        CalendarFile::fromBooking(booking, unitName, QDateTime::currentDateTimeUtc()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return {};
    return QUrl::fromLocalFile(path);
}

QString CalendarExport::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/calendar");
}

} // namespace barntid
