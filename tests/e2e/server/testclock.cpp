// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclock.h"

#include "domain/timeformat.h"

#include <QFile>

namespace e2eserver {

TestClock::TestClock(const QDateTime &start)
{
    set(start);
}

void TestClock::set(const QDateTime &t)
{
    m_now = t.toUTC();
    writeRaw(barntid::toRfc3339(m_now).toUtf8());
}

void TestClock::writeRaw(const QByteArray &text)
{
    QFile file(path());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the clock file");
    file.write(text);
    // Two writes within the file system's time resolution would look unchanged: each write gets
    // its own whole second, counted up from a fixed past.
    const QDateTime stamp = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(++m_writes);
    file.setFileTime(stamp, QFileDevice::FileModificationTime);
}

} // namespace e2eserver
