// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesslog.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace barntid::server::AccessLogCsv {

/** The supervisor's download (loggkontroll): a Swedish header row, Europe/Stockholm times,
 *  RFC 4180 quoting with CRLF lines, UTF-8 with a byte order mark (so spreadsheet programs read
 *  Å, Ä, Ö), and no cell that a spreadsheet would run as a formula. */
QByteArray write(const QList<AccessLogRow> &rows);
/** "loggkontroll-YYYYMMDD.csv" for the Stockholm day. */
QString fileName(QDate stockholmDay);
/** One cell: a leading =, +, -, @, tab or CR gets a ' in front; quoted when it must be. */
QString cell(const QString &value);
/** The Swedish name of a record kind (Ärende, Besök), else the wire name. */
QString recordKind(const QString &entity);

} // namespace barntid::server::AccessLogCsv
