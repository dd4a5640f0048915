// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/shell.h"

#include "models/session.h"
#include "models/synccontroller.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

namespace {
const QString roleKey = QStringLiteral("user_role");
} // namespace

Shell::Shell(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session)
        connect(session, &Session::stateChanged, this, &Shell::refresh);
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::changed, this, &Shell::refresh);
    refresh();
}

Shell *Shell::create(QQmlEngine *, QJSEngine *)
{
    return new Shell(Session::instance());
}

QStringList Shell::destinationNames(const QString &role)
{
    // The foster parent's device holds no case data: their meetings are all there is.
    if (role == QLatin1String("foster_parent"))
        return {QStringLiteral("meetings")};
    // A supervisor reads the team's work and decides on it; no page of theirs edits a record.
    if (role == QLatin1String("supervisor"))
        return {QStringLiteral("review"), QStringLiteral("team"), QStringLiteral("childVoices"),
            QStringLiteral("accessLog")};
    return {QStringLiteral("cases"), QStringLiteral("fosterHomes"), QStringLiteral("schedule"),
        QStringLiteral("week")};
}

QVariantList Shell::destinations() const
{
    QVariantList list;
    for (const QString &name : destinationNames(m_role)) {
        QString label;
        if (name == QLatin1String("cases"))
            label = tr("Cases");
        else if (name == QLatin1String("fosterHomes"))
            label = tr("Foster homes");
        else if (name == QLatin1String("review"))
            label = tr("Review");
        else if (name == QLatin1String("team"))
            label = tr("Team");
        else if (name == QLatin1String("accessLog"))
            label = tr("Access log");
        else if (name == QLatin1String("childVoices"))
            label = tr("Child answers");
        else if (name == QLatin1String("schedule") || name == QLatin1String("meetings"))
            label = tr("Meetings");
        else
            label = tr("My week");
        list.append(QVariantMap {{QStringLiteral("name"), name}, {QStringLiteral("label"), label}});
    }
    return list;
}

int Shell::indexOf(const QString &name) const
{
    return std::max(0, int(destinationNames(m_role).indexOf(name)));
}

void Shell::refresh()
{
    QString role;
    if (Store *store = m_session ? m_session->store() : nullptr) {
        try {
            role = store->setting(roleKey);
        } catch (const StoreError &) {
            role.clear(); // unreadable: the default destinations, which show only stored data
        }
    }
    if (role != m_role) {
        m_role = role;
        emit roleChanged();
    }
}

} // namespace barntid
