// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journalshare.h"

#include "domain/timeformat.h"
#include "models/session.h"
#include "models/stockholmtime.h"
#include "models/synccontroller.h"
#include "models/uitext.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDesktopServices>

namespace barntid {

namespace {

Store *openStore()
{
    Session *session = activeSession();
    return session ? session->store() : nullptr;
}

QString localDay(const QString &rfc3339)
{
    return StockholmTime::date(parseRfc3339(rfc3339).value_or(QDateTime()));
}

} // namespace

JournalShare::JournalShare(QObject *parent)
    : QObject(parent)
{
    if (Session *session = activeSession()) {
        connect(session, &Session::stateChanged, this, &JournalShare::reload);
        connect(&session->changes(), &StoreChanges::committed, this, &JournalShare::onChanges);
    }
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::journalLinkReady, this, &JournalShare::onLink);
}

void JournalShare::setEntity(const QString &entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    emit recordChanged();
    reload();
}

void JournalShare::setRecordId(const QString &id)
{
    if (id == m_recordId)
        return;
    m_recordId = id;
    setErrorText({});
    emit recordChanged();
    reload();
}

void JournalShare::onChanges(const StoreChangeList &changes)
{
    for (const StoreChange &c : changes) {
        if (c.entity == u"journal_entry" || c.entity == u"visit") {
            reload();
            return;
        }
    }
}

void JournalShare::reload()
{
    m_exportedVersion = 0;
    m_statusText.clear();
    Store *store = openStore();
    if (store && m_entity == u"visit" && !m_recordId.isEmpty()) {
        try {
            Statement &s = store->connection().cached(
                "SELECT v.version, v.status, j.record_version, j.exported_at FROM visits v "
                "LEFT JOIN journal_entries j ON j.visit_id = v.id AND j.deleted = 0 "
                "WHERE v.id = ?");
            s.bind(1, m_recordId);
            if (s.step() && s.text(1) == u"signed") {
                const qint64 version = s.integer(0);
                m_exportedVersion = s.isNull(2) ? 0 : s.integer(2);
                if (m_exportedVersion == 0)
                    m_statusText = tr("Not in the journal yet: the nightly export takes the note "
                                      "once it is on the server.");
                else if (m_exportedVersion < version)
                    m_statusText = tr("In the journal since %1. The latest amendment goes with "
                                      "the next export.")
                                       .arg(localDay(s.text(3)));
                else
                    m_statusText = tr("In the journal since %1.").arg(localDay(s.text(3)));
            }
            s.reset();
        } catch (const StoreError &e) {
            setErrorText(UiText::storeError(e));
        }
    }
    emit statusChanged();
}

void JournalShare::share()
{
    SyncController *sync = SyncController::instance();
    if (m_busy || m_recordId.isEmpty())
        return;
    if (!sync) {
        setErrorText(errorWords(sync::SyncError::of(sync::SyncError::Kind::Unauthorized,
            QStringLiteral("no_session"), QStringLiteral("not signed in"))));
        return;
    }
    setErrorText({});
    setBusy(true);
    sync->requestJournalLink(m_entity, m_recordId);
}

void JournalShare::onLink(
    const QString &entity, const QString &id, const sync::SyncError &error, const QUrl &link)
{
    if (!m_busy || entity != m_entity || id != m_recordId)
        return;
    setBusy(false);
    if (error.isError()) {
        setErrorText(errorWords(error));
        return;
    }
    if (!QDesktopServices::openUrl(link)) {
        setErrorText(tr("This device has no app that opens PDF documents."));
        return;
    }
    emit opened();
}

QString JournalShare::errorWords(const sync::SyncError &error)
{
    using Kind = sync::SyncError::Kind;
    if (error.code == u"not_exported")
        return tr("No note of this case is in the journal yet; the nightly export sends them.");
    if (error.code == u"not_signed")
        return tr("Only a signed note goes to the journal.");
    switch (error.kind) {
    case Kind::Unreachable:
    case Kind::Interrupted:
    case Kind::Timeout:
        return tr("The server cannot be reached. Try again when the device is online.");
    case Kind::Unauthorized:
        return tr("Sign in to the server first (Sync), then try again.");
    case Kind::NotFound:
        return tr("The note is not on the server yet. Sync first, then try again.");
    case Kind::Forbidden:
        return tr("Your account may not share this note.");
    default:
        return tr("The document could not be fetched. Try again; if it keeps failing, contact "
                  "IT support.");
    }
}

void JournalShare::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void JournalShare::setErrorText(const QString &text)
{
    if (text != m_errorText) {
        m_errorText = text;
        emit errorTextChanged();
    }
}

} // namespace barntid
