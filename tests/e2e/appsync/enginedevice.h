// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "engine/syncclient.h"
#include "engine/syncsession.h"
#include "store/store.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

/** A device for the engine-only e2e tests: a fresh encrypted store (key derivation at its
 *  cheapest; it is not what these tests look at) and a client for the server. */
struct EngineDevice
{
    QTemporaryDir dir;
    std::unique_ptr<barntid::Store> store;
    QNetworkAccessManager network;
    barntid::sync::SyncClient client;

    explicit EngineDevice(const QUrl &server)
        : client(network, server)
    {
        barntid::StoreOptions options;
        options.kdf = {1, quint64(8) << 20};
        store = std::make_unique<barntid::Store>(dir.path(), barntid::systemClock(), options);
        store->initialize(QStringLiteral("482915"));
    }

    barntid::sync::SyncError signIn(const QString &username)
    {
        return barntid::sync::SyncSession(*store).login(
            client, username, QStringLiteral("barntid-demo"), QStringLiteral("e2e"));
    }
};
