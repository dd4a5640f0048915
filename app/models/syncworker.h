// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncclient.h"
#include "engine/syncerror.h"
#include "engine/syncreport.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace barntid {

class Store;

/** Runs logins and sync runs on the sync thread with its own connection to the store, so the UI
 *  thread never waits for the network or for a page of 500 records to be written. */
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~SyncWorker() override;

public slots:
    void login(const QUrl &server, const QString &username, const QString &password,
        const QString &deviceName);
    void run(const QUrl &server);
    void logout(const QUrl &server);
    /** The server's copy of one record (a conflict's other side). */
    void fetchRecord(const QUrl &server, const QString &entity, const QString &id);
    /** A one-time journal link (SyncClient::journalLink). */
    void journalLink(const QUrl &server, const QString &entity, const QString &id);
    /** Aborts the request in flight (queued from the UI thread; runs inside the client's wait). */
    void abort();
    /** Closes the connection and wipes its key copy: before the UI thread's store locks. */
    void close();

signals:
    /** replacedAccount: the previous account's data was removed from the device. */
    void loginFinished(
        const barntid::sync::SyncError &error, const QString &displayName, bool replacedAccount);
    void progress(const barntid::sync::SyncReport &report);
    void finished(const barntid::sync::SyncReport &report);
    void loggedOut();
    void recordFetched(const QString &entity, const QString &id,
        const barntid::sync::SyncError &error, const barntid::sync::ServerRecord &record);
    void journalLinkReady(const QString &entity, const QString &id,
        const barntid::sync::SyncError &error, const QUrl &link);

private:
    QNetworkAccessManager &network();
    /** A client with the stored session, or an error saying why there is none. */
    sync::SyncError sessionClient(const QUrl &server, std::unique_ptr<sync::SyncClient> &client);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    // A queued close() can arrive inside a request's wait; the store is closed after the run.
    bool m_running = false;
    bool m_closeRequested = false;
};

} // namespace barntid

Q_DECLARE_METATYPE(barntid::sync::SyncReport)
