// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/accountchange.h"

#include "engine/retention.h"
#include "store/entitytable.h"
#include "store/outbox.h"
#include "store/store.h"

namespace barntid::sync {

using namespace Qt::StringLiterals;

namespace {

QString normalName(const QString &username)
{
    return username.trimmed().toLower();
}

} // namespace

AccountChange::AccountChange(Store &store)
    : m_store(store)
{ }

QStringList AccountChange::deviceSettings()
{
    // The device id is replaced by the caller, never left empty; the retention window is the
    // municipality's policy for the tablet. Anything else (session, cursor, receipts, a running
    // timer, settings added later) is the account's unless it is named here.
    return {u"device_id"_s, Retention::daysKey()};
}

bool AccountChange::isOtherAccount(const QString &username) const
{
    const QString storedName = m_store.setting(u"server_username"_s);
    if (storedName.isEmpty() && m_store.userId().isEmpty())
        return false;
    // The username decides, not the address: the same server is reached under another name
    // (a proxy, a new host name). Another server with the same username still tells itself
    // apart after the login, by the user id it answers (SyncSession::login).
    return normalName(storedName) != normalName(username);
}

bool AccountChange::hasPendingWork() const
{
    // A running segment is not a record yet; stopping it after the change would file the
    // previous account's time under the next one.
    return Outbox(m_store).pendingCount() > 0
        || !m_store.setting(u"running_child_time"_s).trimmed().isEmpty();
}

int AccountChange::purge()
{
    Connection &c = m_store.connection();
    int removed = 0;
    for (const EntityTable &t : entityTables()) {
        c.exec(("DELETE FROM " + QByteArray(t.table.data(), t.table.size())).constData());
        removed += c.changes();
        c.noteChange(QString(t.entity), StoreChange::Op::Delete, {}); // every record of it
    }
    c.exec("DELETE FROM outbox");
    c.noteChange(StoreChange::outbox, StoreChange::Op::Delete, {});
    // Security events (unlocked, signed_in, …) name no one; rows about a record name its id.
    c.exec("DELETE FROM audit WHERE COALESCE(entity, '') <> '' OR COALESCE(record_id, '') <> ''");
    QByteArray keep;
    for (const QString &key : deviceSettings())
        keep += (keep.isEmpty() ? "'" : ", '") + key.toLatin1() + "'";
    c.exec(("DELETE FROM settings WHERE key NOT IN (" + keep + ")").constData());
    m_store.reloadSettings();
    return removed;
}

} // namespace barntid::sync
