// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace e2eserver {

inline const QString demoPassword = QStringLiteral("barntid-demo");

/** A device signed in as one account: its own HTTP client, token and ids. */
struct Device
{
    QString username;
    QString deviceId;
    QString token;
    QJsonObject user; ///< the login answer's user object
    std::shared_ptr<HttpClient> http;
    HttpResponse login; ///< the raw login answer, for failure messages

    bool isValid() const { return !token.isEmpty(); }
    QString userId() const { return user.value(QLatin1StringView("id")).toString(); }
    QString homeId() const { return user.value(QLatin1StringView("foster_home_id")).toString(); }
    QByteArray auth() const { return HttpClient::bearer(token); }

    HttpResponse push(const QList<QJsonObject> &mutations);
    QNetworkReply *startPush(const QList<QJsonObject> &mutations);
    HttpResponse pull(qint64 since, int limit = 500);
};

/** POST /v1/auth/login with a fresh (or the given) device id. */
Device signIn(const QUrl &server, const QString &username, const QString &password = demoPassword,
    const QString &deviceId = {});

/** Everything a pull loop saw, page by page until has_more is false. */
struct PullLog
{
    QList<QJsonObject> changes;
    QByteArray bodies; ///< every page's raw body, to search for ids that must never appear
    qint64 next = 0;
    int pages = 0;
    QString error; ///< empty on success
};
PullLog pullAll(Device &device, qint64 since = 0, int limit = 500);

/** The records a client holds after applying pulled changes in order. */
class Snapshot
{
public:
    explicit Snapshot(const QList<QJsonObject> &changes = {});
    void apply(const QList<QJsonObject> &changes);

    bool has(const QString &entity, const QString &id) const;
    bool wasDeleted(const QString &entity, const QString &id) const;
    QJsonObject get(const QString &entity, const QString &id) const;
    QList<QJsonObject> all(const QString &entity) const;
    QStringList ids(const QString &entity) const;
    QStringList entities() const;
    /** "entity/id" of every live record, sorted. */
    QStringList keys() const;
    int size() const { return int(m_live.size()); }

private:
    QHash<QString, QJsonObject> m_live; ///< "entity/id" → data
    QHash<QString, bool> m_deleted;
};

/** results[i] of a push answer. */
QJsonObject result(const HttpResponse &push, int i);
QString status(const HttpResponse &push, int i);
/** "status[:code]" of every result, joined, for QCOMPARE messages. */
QStringList outcomes(const HttpResponse &push);

} // namespace e2eserver
