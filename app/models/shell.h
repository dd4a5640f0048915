// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace barntid {

class Session;

/** The app's destinations (navigation rail on a tablet, bottom bar on a phone) follow the
 *  signed-in role, so each role's own screens plug in here and nowhere else. */
class Shell : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    /** [{name, label}], in rail order; name is what LastPlace remembers and names the icon. */
    Q_PROPERTY(QVariantList destinations READ destinations NOTIFY roleChanged)

public:
    explicit Shell(Session *session, QObject *parent = nullptr);

    static Shell *create(QQmlEngine *, QJSEngine *);
    /** The destination names of a role, in order (a role the app does not know gets the
     *  social worker's, which shows only what the server sent to this device). */
    static QStringList destinationNames(const QString &role);

    QString role() const { return m_role; }
    QVariantList destinations() const;
    /** The index of a destination name, or 0 (the first) when the role has no such place. */
    Q_INVOKABLE int indexOf(const QString &name) const;

public slots:
    /** Reads the role the last sign-in stored (after unlock and after each sign-in). */
    void refresh();

signals:
    void roleChanged();

private:
    Session *m_session;
    QString m_role;
};

} // namespace barntid
