// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/** The server's CSV downloads (loggkontroll, barnens-svar) read back as a spreadsheet reads
 *  them: RFC 4180, quoted cells may hold commas, quotes and line breaks; a last line without
 *  its CRLF counts. The byte order mark is the caller's to strip. */
QList<QStringList> parseCsv(const QString &text);
