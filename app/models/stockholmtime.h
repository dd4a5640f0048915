// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace barntid {

/** Every time a page shows, in Europe/Stockholm: a tablet's own zone may be anything (UTC on a
 *  fresh one), and a note's times must read the same on every device and in the journal. Pages
 *  never format a time themselves (check_times.py in the tests enforces it). An invalid time
 *  gives "". */
class StockholmTime : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit StockholmTime(QObject *parent = nullptr);

    /** "14:05" */
    Q_INVOKABLE static QString time(const QDateTime &at);
    /** "2026-12-04" */
    Q_INVOKABLE static QString date(const QDateTime &at);
    /** "2026-12-04 14:05" */
    Q_INVOKABLE static QString dateTime(const QDateTime &at);
};

} // namespace barntid
