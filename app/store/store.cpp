// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "store/migrations.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>

#include <sqlcipher/sqlite3.h>

namespace barntid {

Store::Store(const QString &dataDir, const Clock &clock, StoreOptions options)
    : m_dir(dataDir)
    , m_clock(clock)
    , m_options(options)
    , m_vault(QDir(dataDir).filePath(QStringLiteral("key.json")), clock, options.kdf,
          options.keyStore.get())
    , m_changes(std::make_shared<StoreChanges>())
{ }

Store::~Store()
{
    lock();
}

QString Store::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("barntid.db"));
}

QString Store::keyFilePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("key.json"));
}

QString Store::markerPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("barntid.open"));
}

QString Store::handOverPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("handed-over"));
}

void Store::beginHandOver()
{
    // When the hand-over began: the sparing lasts handOverHours from then (a visit's day).
    QFile marker(handOverPath());
    if (!marker.open(QIODevice::WriteOnly)
        || marker.write(QByteArray::number(m_clock.now().toMSecsSinceEpoch())) <= 0
        || !marker.flush())
        throw StoreError(StoreErrorCode::Io, QStringLiteral("cannot note the hand-over"));
    audit(QStringLiteral("handed_over"));
}

bool Store::isHandedOver() const
{
    return QFile::exists(handOverPath());
}

bool Store::sparesLastTry() const
{
    QFile marker(handOverPath());
    if (!marker.open(QIODevice::ReadOnly))
        return false;
    bool ok = false;
    const qint64 since = marker.readAll().trimmed().toLongLong(&ok);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // A clock set forward ends the window (and the destroying try returns); one set back makes
    // every wait longer, never shorter.
    return ok && now >= since && now - since < qint64(handOverHours) * 3600 * 1000;
}

Store::State Store::state() const
{
    if (m_connection)
        return State::Open;
    if (m_vault.wasDestroyed())
        return State::KeyDestroyed;
    return m_vault.hasKey() ? State::Locked : State::FirstStart;
}

void Store::initialize(const QString &pin)
{
    if (state() != State::FirstStart && state() != State::KeyDestroyed)
        throw StoreError(
            StoreErrorCode::AlreadyInitialized, QStringLiteral("this device is set up already"));
    PinVault::checkPinStrength(pin);
    if (!QDir().mkpath(m_dir))
        throw StoreError(StoreErrorCode::Io, QStringLiteral("the data folder cannot be created"));
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Whatever is left belongs to a key that no longer exists and can never be read again.
    removeDatabaseFiles();
    QFile::remove(keyFilePath());
    QFile::remove(handOverPath());
    const SecureBytes key = m_vault.create(pin);
    open(key, true);
    setSetting(QStringLiteral("device_id"), newId());
    audit(QStringLiteral("initialized"));
}

void Store::unlock(const QString &pin)
{
    if (m_connection)
        return;
    try {
        const SecureBytes key = m_vault.unlock(
            pin, sparesLastTry() ? PinVault::LastTry::Spared : PinVault::LastTry::Destroys);
        open(key, false);
        QFile::remove(handOverPath()); // the worker is back
    } catch (const StoreError &e) {
        if (e.code() == StoreErrorCode::KeyDestroyed)
            removeDatabaseFiles();
        throw;
    }
    try {
        audit(QStringLiteral("unlocked"));
    } catch (const StoreError &e) {
        // A full disk must not lock the worker out of what is already saved: the store opens
        // for reading, and the event is written before the next one once there is room.
        if (e.code() != StoreErrorCode::DiskFull)
            throw;
        m_auditBacklog.append({toRfc3339(m_clock.now()), QStringLiteral("unlocked")});
    }
}

void Store::open(const SecureBytes &key, bool create)
{
    if (!create && !QFile::exists(databasePath()))
        throw StoreError(StoreErrorCode::Damaged,
            QStringLiteral("the database is damaged: its file is missing"));
    const bool unclean = QFile::exists(markerPath());
    ConnectionOptions options = m_options.connection;
    options.create = create;
    auto connection = std::make_unique<Connection>(databasePath(), &key, options);
    // Ciphertext only, but still nobody else's business; the WAL and SHM inherit the mode.
    QFile::setPermissions(databasePath(), QFile::ReadOwner | QFile::WriteOwner);
    try {
        if (!create)
            checkExisting(*connection, unclean);
        Migrations::migrate(*connection);
    } catch (const StoreError &) {
        connection->abandon();
        throw;
    }
    QFile marker(markerPath());
    marker.open(QIODevice::WriteOnly);
    connection->setFeed(m_changes);
    m_connection = std::move(connection);
    m_key = SecureBytes::copyOf(QByteArrayView(key.data(), qsizetype(key.size())));
    reloadSettings();
}

void Store::reloadSettings()
{
    m_deviceId = setting(QStringLiteral("device_id"));
    m_userId = setting(QStringLiteral("user_id"));
}

std::unique_ptr<Store> Store::openCompanion() const
{
    if (!m_connection)
        throw StoreError(StoreErrorCode::Locked, QStringLiteral("the store is locked"));
    auto companion = std::make_unique<Store>(m_dir, m_clock, m_options);
    companion->m_companion = true;
    ConnectionOptions options = m_options.connection;
    options.create = false;
    companion->m_connection = std::make_unique<Connection>(databasePath(), &m_key, options);
    // Its commits reach whoever listens to this store (the models on the UI thread).
    companion->m_changes = m_changes;
    companion->m_connection->setFeed(m_changes);
    companion->reloadSettings();
    return companion;
}

void Store::checkExisting(Connection &connection, bool unclean)
{
    // An emptied or truncated-to-nothing file opens as a new database; it is damage, not a start.
    if (connection.userVersion() == 0)
        throw StoreError(StoreErrorCode::Damaged, QStringLiteral("the database is damaged"));
    if (!unclean && m_options.integrityCheck != StoreOptions::IntegrityCheck::Always)
        return;
    // A crash during a checkpoint can leave a torn page in the main file whose good copy is
    // still in the WAL; cipher_integrity_check reads the main file, so replay the WAL first.
    connection.checkpoint();
    if (!connection.integrityProblems().isEmpty())
        throw StoreError(StoreErrorCode::Damaged, QStringLiteral("the database is damaged"));
}

void Store::lock()
{
    if (!m_connection)
        return;
    m_key = SecureBytes();
    if (m_companion) {
        m_connection.reset();
        return;
    }
    try {
        audit(QStringLiteral("locked"));
        m_connection->checkpoint();
    } catch (const StoreError &) {
        // Locking must always succeed: the WAL is replayed on the next open.
    }
    m_deviceId.clear();
    m_userId.clear();
    m_connection.reset(); // closing the handle makes SQLCipher wipe its copy of the key
    QFile::remove(markerPath());
}

void Store::changePin(const QString &oldPin, const QString &newPin)
{
    m_vault.changePin(oldPin, newPin);
    if (m_connection)
        audit(QStringLiteral("pin_changed"));
}

void Store::destroyLocalData()
{
    m_key = SecureBytes();
    if (m_connection)
        m_connection->abandon(); // no checkpoint: the file is about to go
    m_connection.reset();
    m_deviceId.clear();
    m_userId.clear();
    // Without the key the ciphertext is unreadable; the key file is overwritten before removal
    // so a copy of the blob does not linger in the same blocks.
    QFile key(keyFilePath());
    if (key.open(QIODevice::ReadWrite)) {
        key.write(QByteArray(key.size(), '\0'));
        key.flush();
        key.close();
    }
    QFile::remove(keyFilePath());
    QFile::remove(handOverPath());
    m_vault.forgetKeyStoreEntries();
    removeDatabaseFiles();
}

Connection &Store::connection()
{
    if (!m_connection)
        throw StoreError(StoreErrorCode::Locked, QStringLiteral("the store is locked"));
    return *m_connection;
}

QString Store::setting(const QString &key) const
{
    if (!m_connection)
        throw StoreError(StoreErrorCode::Locked, QStringLiteral("the store is locked"));
    Statement &s = m_connection->cached("SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    const QString value = s.step() ? s.text(0) : QString();
    s.reset();
    return value;
}

void Store::setSetting(const QString &key, const QString &value)
{
    connection()
        .cached("INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    if (key == u"device_id")
        m_deviceId = value;
    else if (key == u"user_id")
        m_userId = value;
}

void Store::removeSetting(const QString &key)
{
    connection().cached("DELETE FROM settings WHERE key = ?").bind(1, key).run();
    if (key == u"device_id")
        m_deviceId.clear();
    else if (key == u"user_id")
        m_userId.clear();
}

void Store::audit(const QString &event, const QString &entity, const QString &recordId)
{
    Statement &insert = connection().cached(
        "INSERT INTO audit (at, event, entity, record_id) VALUES (?, ?, ?, ?)");
    // Held events go in only outside a transaction: inside one, a full disk shows at COMMIT,
    // after they would have left the backlog.
    while (!m_auditBacklog.isEmpty() && sqlite3_get_autocommit(connection().handle())) {
        const AuditRow &held = m_auditBacklog.constFirst();
        insert.bind(1, held.at).bind(2, held.event).bind(3, QString()).bind(4, QString()).run();
        m_auditBacklog.removeFirst();
    }
    insert.bind(1, toRfc3339(m_clock.now())).bind(2, event).bind(3, entity).bind(4, recordId).run();
}

void Store::removeDatabaseFiles()
{
    const QString db = databasePath();
    for (const QString &path :
        {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), markerPath()})
        QFile::remove(path);
}

} // namespace barntid
