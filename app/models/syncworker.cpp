// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/syncworker.h"

#include "engine/syncclient.h"
#include "engine/syncengine.h"
#include "engine/syncsession.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>

namespace barntid {

using sync::SyncError;

SyncWorker::SyncWorker(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{ }

SyncWorker::~SyncWorker() = default;

QNetworkAccessManager &SyncWorker::network()
{
    // Made here, in the sync thread, which must own it.
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return *m_network;
}

void SyncWorker::login(
    const QUrl &server, const QString &username, const QString &password, const QString &deviceName)
{
    if (!m_store || !m_store->isOpen()) {
        emit loginFinished(SyncError::of(SyncError::Kind::LocalStore, QStringLiteral("locked"),
                               QStringLiteral("the store is locked")),
            {}, false);
        return;
    }
    sync::SyncClient client(network(), server);
    sync::SyncSession session(*m_store);
    try {
        const SyncError error = session.login(client, username, password, deviceName);
        if (error.kind == SyncError::Kind::DeviceWiped)
            m_store->destroyLocalData();
        emit loginFinished(error,
            m_store->isOpen() ? m_store->setting(QStringLiteral("display_name")) : QString(),
            session.replacedAccount());
    } catch (const StoreError &e) {
        emit loginFinished(
            SyncError::of(SyncError::Kind::LocalStore, QStringLiteral("store"), e.detail()), {},
            false);
    }
}

void SyncWorker::run(const QUrl &server)
{
    sync::SyncReport report;
    if (!m_store || !m_store->isOpen()) {
        report.error = SyncError::of(SyncError::Kind::LocalStore, QStringLiteral("locked"),
            QStringLiteral("the store is locked"));
        emit finished(report);
        return;
    }
    try {
        sync::SyncClient client(network(), server);
        const QString username = m_store->setting(QStringLiteral("server_username"));
        client.setToken(sync::SyncSession(*m_store).token(server, username));
        if (client.token().isEmpty()) {
            report.error = SyncError::of(SyncError::Kind::Unauthorized,
                QStringLiteral("no_session"), QStringLiteral("not signed in"));
            emit finished(report);
            return;
        }
        sync::SyncEngine engine(*m_store, client);
        engine.setProgressHandler([this](const sync::SyncReport &r) { emit progress(r); });
        m_running = true;
        report = engine.run();
    } catch (const StoreError &e) {
        report.error
            = SyncError::of(SyncError::Kind::LocalStore, QStringLiteral("store"), e.detail());
    }
    m_running = false;
    if (m_closeRequested)
        m_store.reset();
    emit finished(report);
}

void SyncWorker::logout(const QUrl &server)
{
    if (m_store && m_store->isOpen()) {
        sync::SyncClient client(network(), server);
        sync::SyncSession session(*m_store);
        client.setToken(session.token(server, m_store->setting(QStringLiteral("server_username"))));
        session.logout(client);
    }
    emit loggedOut();
}

SyncError SyncWorker::sessionClient(const QUrl &server, std::unique_ptr<sync::SyncClient> &client)
{
    if (!m_store || !m_store->isOpen())
        return SyncError::of(SyncError::Kind::LocalStore, QStringLiteral("locked"),
            QStringLiteral("the store is locked"));
    client = std::make_unique<sync::SyncClient>(network(), server);
    client->setToken(sync::SyncSession(*m_store).token(
        server, m_store->setting(QStringLiteral("server_username"))));
    if (client->token().isEmpty())
        return SyncError::of(SyncError::Kind::Unauthorized, QStringLiteral("no_session"),
            QStringLiteral("not signed in"));
    return {};
}

void SyncWorker::fetchRecord(const QUrl &server, const QString &entity, const QString &id)
{
    sync::ServerRecord record;
    std::unique_ptr<sync::SyncClient> client;
    SyncError error = sessionClient(server, client);
    if (!error.isError())
        error = client->fetchRecord(entity, id, record);
    emit recordFetched(entity, id, error, record);
}

void SyncWorker::journalLink(const QUrl &server, const QString &entity, const QString &id)
{
    QUrl link;
    std::unique_ptr<sync::SyncClient> client;
    SyncError error = sessionClient(server, client);
    if (!error.isError())
        error = client->journalLink(entity, id, link);
    emit journalLinkReady(entity, id, error, link);
}

void SyncWorker::abort()
{
    if (!m_network)
        return;
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>())
        reply->abort();
}

void SyncWorker::close()
{
    abort();
    m_closeRequested = true;
    if (!m_running)
        m_store.reset();
}

} // namespace barntid
