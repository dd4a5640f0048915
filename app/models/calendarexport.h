// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUrl>

namespace barntid {

/** Puts a booking's calendar file where the platform's calendar app can open it: one file in the
 *  app's cache folder, replacing the last one, so nothing piles up. The file holds only what the
 *  family's calendar may hold (CalendarFile: time, place or video link, the worker's name; never
 *  the purpose or a child), which is why it may leave the encrypted store. */
class CalendarExport
{
public:
    /** Writes the booking's file into folder (created if missing) and returns its URL; an empty
     *  URL when the server has not answered the booking yet (version 0: nothing to add) or the
     *  file could not be written. */
    static QUrl write(const QJsonObject &booking, const QString &folder, const QString &unitName);
    /** The platform's cache folder for these files. */
    static QString defaultFolder();
};

} // namespace barntid
