// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>

namespace e2eserver {

/** The file behind `serve --clock-file`: the server's "now", moved by the test while the server
 *  runs. Every write gets a later modification time, so the server always notices it. */
class TestClock
{
public:
    explicit TestClock(const QDateTime &start);

    void set(const QDateTime &t);
    void advanceDays(int days) { set(m_now.addDays(days)); }
    void advanceSecs(qint64 secs) { set(m_now.addSecs(secs)); }
    /** Writes text as it is (a garbled clock the server must not take). */
    void writeRaw(const QByteArray &text);
    QDateTime now() const { return m_now; }
    QString path() const { return m_dir.filePath(QStringLiteral("clock")); }
    /** --clock-file <path> */
    QStringList serveArgs() const { return {QStringLiteral("--clock-file"), path()}; }

private:
    QTemporaryDir m_dir;
    QDateTime m_now;
    int m_writes = 0;
};

} // namespace e2eserver
