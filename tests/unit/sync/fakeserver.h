// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakenetwork.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace barntid::test {

/** A small in-memory stand-in for barntid-server's push and pull (DESIGN.md §6), so engine tests
 *  can run whole rounds between devices. Not a reference: the e2e tests use the real server. */
class FakeServer
{
public:
    struct Record
    {
        qint64 version = 0;
        QJsonObject data;
        bool deleted = false;
    };

    FakeServer();
    FakeResponse handle(const FakeRequest &request);
    /** Installs this server as the network's handler. */
    void serve(FakeNetwork &network);

    QString userId = QStringLiteral("0190a1b2-0000-7000-8000-00000000aaaa");
    QHash<QString, QString> userIds; ///< by username; an account not named here has userId
    /** As barntid-server since issue 10: a device id belongs to the first account that logs in
     *  with it; another account's login with it gets 409 device_taken. */
    bool bindDevices = false;
    QHash<QString, QString> deviceOwners; ///< device id → user id
    QSet<QString> rejectIds; ///< record ids whose mutations are rejected (forbidden)
    qint64 horizon = 0; ///< pulls with 0 < since < horizon get 409 reset_required
    bool wiped = false;
    QHash<QString, Record> records; ///< by "entity/id"
    QList<QJsonObject> log; ///< the change log; seq = index + 1
    int pushes = 0, pulls = 0;

    /** Drops a record and its log entries, as if compacted away past the horizon. */
    void forget(const QString &entity, const QString &id);
    /** A change made by someone else on the server. */
    void put(const QString &entity, const QString &id, const QJsonObject &data);

private:
    QJsonObject apply(const QJsonObject &mutation);
    FakeResponse pull(const QUrl &url);

    QHash<QString, QJsonObject> m_results; ///< by mutation_id
};

} // namespace barntid::test
