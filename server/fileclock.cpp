// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileclock.h"

#include "domain/timeformat.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

namespace barntid::server {

std::unique_ptr<FileClock> FileClock::open(const QString &path, QString *error)
{
    std::unique_ptr<FileClock> clock(new FileClock(path));
    if (!clock->refresh()) {
        *error = QStringLiteral("--clock-file wants a readable file holding one RFC 3339 time");
        return nullptr;
    }
    return clock;
}

FileClock::FileClock(QString path)
    : m_path(std::move(path))
{ }

QDateTime FileClock::now() const
{
    QMutexLocker lock(&m_mutex);
    refresh();
    return m_now;
}

bool FileClock::refresh() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return false;
    const QDateTime stamp = info.lastModified();
    if (stamp == m_stamp && info.size() == m_size)
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const std::optional<QDateTime> t = parseRfc3339(QString::fromUtf8(file.read(200)).trimmed());
    if (!t)
        return false;
    m_now = *t;
    m_stamp = stamp;
    m_size = info.size();
    return true;
}

} // namespace barntid::server
