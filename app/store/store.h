// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/connection.h"
#include "store/pinvault.h"

#include <QList>
#include <QString>

#include <memory>

namespace barntid {

class Clock;
class KeyStore;

struct StoreOptions
{
    enum class IntegrityCheck { AfterUncleanShutdown, Always };
    IntegrityCheck integrityCheck = IntegrityCheck::AfterUncleanShutdown;
    KdfParams kdf;
    ConnectionOptions connection;
    /** The platform keystore for the key's second wrap (createKeyStore()); null: PIN only. */
    std::shared_ptr<KeyStore> keyStore;
};

/** The device's encrypted store: one data folder holding the wrapped key and the SQLCipher file.
 *  It is either locked (no key in memory) or open. */
class Store
{
public:
    enum class State { FirstStart, Locked, Open, KeyDestroyed };

    explicit Store(const QString &dataDir, const Clock &clock, StoreOptions options = {});
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    State state() const;
    /** First start (or a start over after the key was destroyed): new key, new database. */
    void initialize(const QString &pin);
    void unlock(const QString &pin);
    /** Closes the database and wipes the key from memory. */
    void lock();
    void changePin(const QString &oldPin, const QString &newPin);
    /** How long after a hand-over to a child no wrong PIN destroys the key. */
    static constexpr int handOverHours = 12;
    /** The worker hands the tablet to a child (child mode): until the next successful unlock,
     *  and for at most handOverHours, no wrong PIN destroys the key (PinVault::LastTry::Spared).
     *  Kept in a file beside the key (the time it began), so a restarted app still spares it. */
    void beginHandOver();
    /** Handed over and not unlocked since (the hand-back screen shows). */
    bool isHandedOver() const;
    /** Handed over, and within handOverHours of it by this store's clock. */
    bool sparesLastTry() const;
    /** Remote wipe: closes the database and removes it and the wrapped key, so nothing on the
     *  device can be read again; the store is back at first start. */
    void destroyLocalData();
    bool isOpen() const { return m_connection != nullptr; }

    /** Throws StoreError(Locked) while locked. */
    Connection &connection();
    const Clock &clock() const { return m_clock; }
    PinVault &vault() { return m_vault; }

    QString setting(const QString &key) const;
    void setSetting(const QString &key, const QString &value);
    void removeSetting(const QString &key);
    QString deviceId() const { return m_deviceId; }
    /** The signed-in user's id; empty before the first login. */
    QString userId() const { return m_userId; }
    /** Appends to the local audit trail (security events; never record content). */
    void audit(const QString &event, const QString &entity = {}, const QString &recordId = {});

    QString databasePath() const;
    /** A second connection to this open store, for another thread (the app's sync worker): same
     *  key, no PIN, no migrations. Destroy it before this store locks. Throws Locked if locked. */
    std::unique_ptr<Store> openCompanion() const;
    /** The change feed: shared with companions, the same object whether locked or open. */
    StoreChanges &changes() const { return *m_changes; }
    /** Re-reads the cached settings after another connection changed them (a login). */
    void reloadSettings();
    QString keyFilePath() const;

private:
    void open(const SecureBytes &key, bool create);
    void checkExisting(Connection &connection, bool unclean);
    void removeDatabaseFiles();
    QString markerPath() const;
    QString handOverPath() const;

    QString m_dir;
    const Clock &m_clock;
    StoreOptions m_options;
    PinVault m_vault;
    std::unique_ptr<Connection> m_connection;
    // Read on every record write, so kept here rather than queried each time.
    QString m_deviceId;
    QString m_userId;
    // A copy of the key while open, so the sync worker can open its own connection; SQLCipher
    // holds the key in memory anyway while the database is open. Wiped on lock.
    SecureBytes m_key;
    bool m_companion = false;
    std::shared_ptr<StoreChanges> m_changes;
    /** Security events that found the disk full; written before the next event. */
    struct AuditRow
    {
        QString at;
        QString event;
    };
    QList<AuditRow> m_auditBacklog;
};

} // namespace barntid
