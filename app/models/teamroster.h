// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace barntid {

class Session;
class Store;

/** The supervisor's team as the server last reported it (GET /v1/team, kept by the sync engine
 *  in the encrypted store's setting "team_roster"): names for the ids on records, the workers a
 *  case can be handed to, and when each device last reached the server. Empty for other roles
 *  and before the first sync. */
class TeamRoster : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString teamName READ teamName NOTIFY changed)
    /** [{id, displayName, role, active}] of every account in the team, by name. */
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    /** The active social workers only: [{id, displayName}], by name. */
    Q_PROPERTY(QVariantList workers READ workers NOTIFY changed)

public:
    /** The store setting the sync engine writes the server's answer to (compact JSON). */
    static const QString settingKey;

    struct Device
    {
        QString id, name, userId, lastSeenAt; ///< lastSeenAt: RFC 3339, empty if never seen
    };
    struct Member
    {
        QString id, username, displayName, role;
        bool active = true;
        QList<Device> devices;
    };

    explicit TeamRoster(Session *session, QObject *parent = nullptr);
    static TeamRoster *create(QQmlEngine *, QJSEngine *);

    /** Display names by user id, from the roster stored in this store (empty before the first
     *  sync of a supervisor). */
    static QHash<QString, QString> namesIn(const Store &store);
    /** Parses the server's answer; malformed input gives an empty roster. */
    static QList<Member> parse(const QByteArray &json, QString *teamName = nullptr);

    QString teamName() const { return m_teamName; }
    QList<Member> memberList() const { return m_members; }
    QVariantList members() const;
    QVariantList workers() const;
    /** The display name of an account, or "" when it is not in the team. */
    Q_INVOKABLE QString nameOf(const QString &userId) const;

public slots:
    /** Re-reads the stored roster (after unlock and after each sync). */
    void refresh();

signals:
    void changed();

private:
    Session *m_session;
    QString m_teamName;
    QList<Member> m_members;
    QByteArray m_raw;
};

} // namespace barntid
