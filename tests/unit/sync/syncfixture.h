// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/clock.h"
#include "engine/syncclient.h"
#include "engine/syncengine.h"
#include "fakenetwork.h"
#include "fakeserver.h"
#include "store/repository.h"
#include "store/store.h"

#include <QTemporaryDir>

#include <memory>

namespace barntid::test {

/** One device for engine tests: a real encrypted store in a temp dir and a client whose network
 *  is a FakeNetwork (served by a FakeServer unless a test installs its own handler). */
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    FakeNetwork network;
    sync::SyncClient client {network, QUrl(QStringLiteral("http://127.0.0.1:8787"))};

    Device(const Clock &clock, FakeServer &server)
    {
        StoreOptions options;
        options.kdf = {1, quint64(8) << 20}; // unit tests: the KDF cost is not what is tested
        store = std::make_unique<Store>(dir.path(), clock, options);
        store->initialize(QStringLiteral("482915"));
        server.serve(network);
        client.setToken(QStringLiteral("token-for-worker1"));
    }

    sync::SyncReport sync(sync::SyncOptions options = {})
    {
        return sync::SyncEngine(*store, client, options).run();
    }

    QString addCase(const QString &number)
    {
        Case c;
        c.caseNumber = number;
        c.childName = QStringLiteral("Alva K");
        return Repository<Case>(*store).create(c).meta.id;
    }

    void renameCase(const QString &id, const QString &number)
    {
        Repository<Case> cases(*store);
        Case c = *cases.find(id);
        c.caseNumber = number;
        cases.update(c);
    }

    std::optional<Case> findCase(const QString &id) { return Repository<Case>(*store).find(id); }

    qint64 scalar(const char *sql, const QString &bind = {})
    {
        Statement s = store->connection().prepare(sql);
        if (!bind.isNull())
            s.bind(1, bind);
        return s.step() ? s.integer(0) : -1;
    }

    QString text(const char *sql, const QString &bind = {})
    {
        Statement s = store->connection().prepare(sql);
        if (!bind.isNull())
            s.bind(1, bind);
        return s.step() ? s.text(0) : QString();
    }
};

} // namespace barntid::test
