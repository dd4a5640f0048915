// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace barntid {

class Session;

/** Where the worker was (section, case, visit, foster home), so unlocking returns there. Only
 *  ids, and only in the encrypted store: nothing of it stays in memory while locked, and a
 *  restart after a crash comes back to the same place. */
class LastPlace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit LastPlace(Session *session, QObject *parent = nullptr);

    static LastPlace *create(QQmlEngine *, QJSEngine *);

    /** Keys: section (a destination name), caseId, visitId, fosterHomeId; values are ids. */
    Q_INVOKABLE void remember(const QVariantMap &place);
    /** The place remembered in the open store; empty while locked or when there is none. */
    Q_INVOKABLE QVariant recall() const;
    Q_INVOKABLE void forget();

private:
    Session *m_session;
};

} // namespace barntid
