// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accesslog.h"

#include "models/session.h"
#include "store/accesslogwriter.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QLoggingCategory>

namespace barntid {

namespace {
Q_LOGGING_CATEGORY(lcAccessLog, "barntid.accesslog")
} // namespace

AccessLog::AccessLog(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session)
        connect(session, &Session::stateChanged, this, [this, session] {
            if (session->state() != Session::State::Open)
                endAll();
        });
}

AccessLog *AccessLog::create(QQmlEngine *, QJSEngine *)
{
    return new AccessLog(Session::instance());
}

bool AccessLog::opened(const QString &entity, const QString &id, QObject *viewer)
{
    const Reading reading {entity, id};
    if (!viewer)
        return write(reading);
    const auto current = m_readings.constFind(viewer);
    if (current != m_readings.cend() && *current == reading)
        return false; // the same page showing the same record again
    const bool again = shownElsewhere(reading, viewer);
    setReading(viewer, reading);
    return !again && write(reading);
}

bool AccessLog::shownElsewhere(const Reading &reading, const QObject *viewer) const
{
    for (auto it = m_readings.cbegin(); it != m_readings.cend(); ++it) {
        if (it.key() != viewer && it.value() == reading)
            return true;
    }
    return false;
}

void AccessLog::setReading(QObject *viewer, const Reading &reading)
{
    if (reading.id.isEmpty()) {
        if (m_readings.remove(viewer))
            disconnect(viewer, &QObject::destroyed, this, nullptr);
        return;
    }
    if (!m_readings.contains(viewer))
        connect(viewer, &QObject::destroyed, this, [this, viewer] { m_readings.remove(viewer); });
    m_readings.insert(viewer, reading);
}

void AccessLog::endAll()
{
    for (auto it = m_readings.cbegin(); it != m_readings.cend(); ++it)
        disconnect(it.key(), &QObject::destroyed, this, nullptr);
    m_readings.clear();
}

bool AccessLog::write(const Reading &reading)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || reading.id.isEmpty())
        return false;
    try {
        return !AccessLogWriter(*store).recordOpening(reading.entity, reading.id).isEmpty();
    } catch (const StoreError &e) {
        // The category of failure only: the ids name a child's records.
        qCWarning(lcAccessLog, "an opening was not logged (store error %d)", int(e.code()));
        return false;
    }
}

} // namespace barntid
