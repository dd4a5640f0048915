// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncerror.h"
#include "store/storechanges.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace barntid {

/** A signed note or a case on its way to the municipality's journal (issue 14): whether the
 *  nightly export has taken the note ("i journalen", from the server's journal_entry), and
 *  "Dela till journalen": a one-time link from the server that the platform's browser or share
 *  sheet opens, so the PDF is never a file of the app's. */
class JournalShare : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** "visit" or "case". */
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY recordChanged)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordChanged)
    /** A visit the export has taken (any version). */
    Q_PROPERTY(bool inJournal READ inJournal NOTIFY statusChanged)
    /** A visit: where it stands on its way to the journal, in the user's words. */
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit JournalShare(QObject *parent = nullptr);

    QString entity() const { return m_entity; }
    void setEntity(const QString &entity);
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &id);
    bool inJournal() const { return m_exportedVersion > 0; }
    QString statusText() const { return m_statusText; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    /** Asks the server for the link and opens it; opened() or errorText follows. */
    Q_INVOKABLE void share();

    /** The words for a failed link request (also for tests). */
    static QString errorWords(const sync::SyncError &error);

signals:
    void recordChanged();
    void statusChanged();
    void busyChanged();
    void errorTextChanged();
    /** The platform took the link (a browser, a PDF viewer, the share sheet). */
    void opened();

private:
    void reload();
    void onChanges(const StoreChangeList &changes);
    void onLink(
        const QString &entity, const QString &id, const sync::SyncError &error, const QUrl &link);
    void setBusy(bool busy);
    void setErrorText(const QString &text);

    QString m_entity = QStringLiteral("visit");
    QString m_recordId;
    qint64 m_exportedVersion = 0; ///< the visit version the journal holds, 0 if none
    QString m_statusText;
    bool m_busy = false;
    QString m_errorText;
};

} // namespace barntid
