// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace barntid {

class Session;

/** Records every opening of a case or a visit on this device as an access_event (the
 *  supervisor's loggkontroll reads them), on every role's device and offline too. A page passes
 *  itself as the viewer: while one page shows a record, showing it again (a refresh, the page
 *  rebuilt for a turned tablet) is the same reading, not a new opening; once no page shows it,
 *  the next one is. Locking ends every reading: a page restored after unlock is read again. */
class AccessLog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit AccessLog(Session *session, QObject *parent = nullptr);
    static AccessLog *create(QQmlEngine *, QJSEngine *);

    /** entity: "case" or "visit". Without a viewer every call is an opening. Returns whether an
     *  event was written (not for a repeat, a record not on the device, a visit about no case,
     *  or while locked). An id of "" ends the viewer's reading. */
    Q_INVOKABLE bool opened(const QString &entity, const QString &id, QObject *viewer = nullptr);

private:
    struct Reading
    {
        QString entity, id;
        bool operator==(const Reading &) const = default;
    };

    bool shownElsewhere(const Reading &reading, const QObject *viewer) const;
    void setReading(QObject *viewer, const Reading &reading);
    void endAll();
    bool write(const Reading &reading);

    QPointer<Session> m_session;
    QHash<QObject *, Reading> m_readings; // by viewer; a viewer leaves when it is destroyed
};

} // namespace barntid
