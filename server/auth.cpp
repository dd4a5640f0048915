// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth.h"

#include "accounts.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "secrets.h"
#include "servererror.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAuth, "barntid.server.auth")

namespace barntid::server {

namespace {

ServerError unauthorized(const QString &code, const QString &message)
{
    return ServerError {401, code, message};
}

QString field(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isString() ? v.toString() : QString();
}

} // namespace

Auth::Auth(Database &db, Accounts &accounts, Limits limits, const Clock &clock)
    : m_db(db)
    , m_accounts(accounts)
    , m_limits(limits)
    , m_clock(clock)
{ }

QString Auth::now() const
{
    return toRfc3339(m_clock.now());
}

void Auth::checkNotLimited(const QString &key, const QString &at)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT failures, first_at FROM login_failures WHERE key = ?"), {key});
    if (!q.next())
        return;
    const int failures = q.value(0).toInt();
    const auto first = parseRfc3339(q.value(1).toString());
    const auto current = parseRfc3339(at);
    if (!first || !current)
        return;
    const qint64 left = m_limits.windowSeconds - first->secsTo(*current);
    const int limit
        = key.startsWith(u"addr:") ? m_limits.failuresPerAddress : m_limits.failuresPerAccount;
    if (left > 0 && failures >= limit)
        throw ServerError {429, QStringLiteral("too_many_attempts"),
            QStringLiteral("too many failed logins; try again later"), QByteArray::number(left)};
}

void Auth::recordFailure(const QString &key, const QString &at)
{
    const auto current = parseRfc3339(at);
    const QString windowStart = current ? toRfc3339(current->addSecs(-m_limits.windowSeconds)) : at;
    // One statement, so failures counted by two server processes at once are never lost.
    m_db.exec(
        QStringLiteral("INSERT INTO login_failures (key, failures, first_at) VALUES (?, 1, ?) "
                       "ON CONFLICT (key) DO UPDATE SET "
                       "failures = CASE WHEN login_failures.first_at <= ? THEN 1 "
                       "ELSE login_failures.failures + 1 END, "
                       "first_at = CASE WHEN login_failures.first_at <= ? "
                       "THEN excluded.first_at ELSE login_failures.first_at END"),
        {key, at, windowStart, windowStart});
}

Account Auth::verify(const QString &username, const QString &password, const QString &address,
    const QString &requiredRole)
{
    const QString at = now();
    const QString accountKey = Auth::accountKey(username);
    const QString addressKey = QStringLiteral("addr:") + address;
    checkNotLimited(accountKey, at);
    checkNotLimited(addressKey, at);

    const std::optional<Account> account = m_accounts.byUsername(username);
    bool ok = false;
    if (account && account->active)
        ok = secrets::verifyPassword(account->passwordHash, password);
    else
        secrets::burnPasswordCheck(password);
    // The right password of an account without the role counts as a failure too: otherwise the
    // limit would tell which guess was right.
    if (!ok || (!requiredRole.isEmpty() && account->role != requiredRole)) {
        recordFailure(accountKey, at);
        recordFailure(addressKey, at);
        qCInfo(lcAuth) << "login failed";
        throw unauthorized(
            QStringLiteral("invalid_credentials"), QStringLiteral("wrong username or password"));
    }
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE key = ?"), {accountKey});
    return *account;
}

QJsonObject Auth::login(const QJsonObject &body, const QString &address)
{
    const QString username = field(body, "username").trimmed().toLower();
    const QString password = field(body, "password");
    const QString deviceId = field(body, "device_id").toLower();
    QString deviceName = field(body, "device_name").left(100);
    if (username.isEmpty() || password.isEmpty() || !isValidId(deviceId))
        throw ServerError {400, QStringLiteral("invalid"),
            QStringLiteral("login needs username, password and a UUID device_id")};
    if (deviceName.isEmpty())
        deviceName = QStringLiteral("device");
    const Account account = verify(username, password, address);
    const QString at = now();
    claimDevice(deviceId, account.id, deviceName, at);
    const QString token = secrets::newToken();
    const QString expires = toRfc3339(m_clock.now().addDays(m_limits.tokenDays));
    m_db.exec(QStringLiteral("UPDATE devices SET name = ?, token_hash = ?, token_expires_at = ?, "
                             "last_seen_at = ? WHERE id = ? AND user_id = ?"),
        {deviceName, secrets::tokenHash(token), expires, at, deviceId, account.id});
    qCInfo(lcAuth) << "login user" << account.id << "device" << deviceId;
    QJsonObject user {{QStringLiteral("id"), account.id},
        {QStringLiteral("username"), account.username}, {QStringLiteral("role"), account.role},
        {QStringLiteral("display_name"), account.displayName}};
    if (!account.teamId.isEmpty())
        user.insert(QStringLiteral("team_id"), account.teamId);
    if (!account.fosterHomeId.isEmpty())
        user.insert(QStringLiteral("foster_home_id"), account.fosterHomeId);
    return {{QStringLiteral("token"), token}, {QStringLiteral("expires_at"), expires},
        {QStringLiteral("user"), user}};
}

void Auth::claimDevice(
    const QString &deviceId, const QString &userId, const QString &name, const QString &at)
{
    // Insert-or-nothing first, so two logins racing for a new id cannot both own it.
    m_db.exec(QStringLiteral("INSERT INTO devices (id, user_id, name, created_at, last_seen_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        {deviceId, userId, name, at, at});
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT user_id, wiped_at, revoked_at FROM devices WHERE id = ?"),
        {deviceId});
    if (!q.next() || q.value(0).toString() != userId) {
        // Another account's device: signing in on it would take it over (and its token away).
        qCInfo(lcAuth) << "login refused: device of another account";
        throw ServerError {409, QStringLiteral("device_taken"),
            QStringLiteral("this device id belongs to another account; register a new one")};
    }
    if (!q.value(1).isNull())
        throw ServerError {410, QStringLiteral("device_wiped"),
            QStringLiteral("this device has been wiped by the administrator")};
    if (!q.value(2).isNull())
        throw ServerError {403, QStringLiteral("device_revoked"),
            QStringLiteral("this device has been revoked by the administrator")};
}

Caller Auth::authenticate(const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() > 200)
        throw unauthorized(
            QStringLiteral("unauthorized"), QStringLiteral("a bearer token is needed"));
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT d.id, d.wiped_at, d.revoked_at, d.token_expires_at, u.id, u.role, "
                       "u.team_id, u.foster_home_id, u.active, d.last_seen_at, d.must_reset "
                       "FROM devices d "
                       "JOIN users u ON u.id = d.user_id WHERE d.token_hash = ?"),
        {secrets::tokenHash(token)});
    if (!q.next())
        throw unauthorized(
            QStringLiteral("unauthorized"), QStringLiteral("the token is not valid"));
    if (!q.value(1).isNull())
        throw ServerError {410, QStringLiteral("device_wiped"),
            QStringLiteral("this device has been wiped by the administrator")};
    const QString at = now();
    if (!q.value(2).isNull())
        throw unauthorized(
            QStringLiteral("unauthorized"), QStringLiteral("the token is not valid"));
    if (q.value(3).toString() <= at)
        throw unauthorized(
            QStringLiteral("token_expired"), QStringLiteral("the token has expired"));
    Caller caller {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
        q.value(7).toString(), q.value(0).toString()};
    caller.disabled = q.value(8).toInt() == 0;
    caller.mustReset = q.value(10).toInt() != 0;
    const QString lastSeen = q.value(9).toString();
    q.finish(); // a write after an open SELECT fails on a stale SQLite snapshot
    // A write per request would cost more than the request; minutes are enough for admins.
    if (lastSeen.left(15) != at.left(15))
        m_db.exec(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"),
            {at, caller.deviceId});
    return caller;
}

void Auth::logout(const Caller &caller)
{
    m_db.exec(
        QStringLiteral("UPDATE devices SET token_hash = NULL WHERE id = ?"), {caller.deviceId});
}

QJsonArray Auth::devices(const QString &username)
{
    QString sql = QStringLiteral(
        "SELECT d.id, d.name, u.username, d.created_at, d.last_seen_at, d.revoked_at, d.wiped_at "
        "FROM devices d JOIN users u ON u.id = d.user_id");
    QVariantList binds;
    if (!username.isEmpty()) {
        sql += QStringLiteral(" WHERE u.username = ?");
        binds << username;
    }
    QSqlQuery q = m_db.exec(sql + QStringLiteral(" ORDER BY d.created_at"), binds);
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("name"), q.value(1).toString()},
            {QStringLiteral("username"), q.value(2).toString()},
            {QStringLiteral("created_at"), q.value(3).toString()},
            {QStringLiteral("last_seen_at"), q.value(4).toString()},
            {QStringLiteral("revoked"), !q.value(5).isNull()},
            {QStringLiteral("wiped"), !q.value(6).isNull()}});
    }
    return out;
}

int Auth::markDevices(const QString &set, const QString &deviceId, const QString &username)
{
    const QString update = QStringLiteral("UPDATE devices SET ") + set;
    QSqlQuery q = username.isEmpty()
        ? m_db.exec(update + QStringLiteral(" WHERE id = ?"), {now(), deviceId.toLower()})
        : m_db.exec(
            update + QStringLiteral(" WHERE user_id = (SELECT id FROM users WHERE username = ?)"),
            {now(), username.trimmed().toLower()});
    return q.numRowsAffected();
}

int Auth::revoke(const QString &deviceId, const QString &username)
{
    return markDevices(QStringLiteral("token_hash = NULL, revoked_at = ?"), deviceId, username);
}

int Auth::wipe(const QString &deviceId, const QString &username)
{
    // The token hash stays, so the device's next request is told to wipe itself.
    return markDevices(QStringLiteral("wiped_at = ?"), deviceId, username);
}

int Auth::lift(const QString &deviceId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE devices SET revoked_at = NULL WHERE id = ? AND wiped_at IS NULL"),
        {deviceId.toLower()});
    return q.numRowsAffected();
}

} // namespace barntid::server
