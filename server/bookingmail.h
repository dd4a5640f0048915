// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "mailmessage.h"
#include "serverconfig.h"
#include "storedrecord.h"

#include <QJsonObject>

#include <optional>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Accounts;
class Database;
class Scope;

/** Queues the family's mail when the worker confirms or cancels their booking, in the
 *  transaction of that change (the MailSender sends it later). Only where SMTP is configured. */
class BookingMail
{
public:
    BookingMail(Database &db, Accounts &accounts, const ServerConfig &config, const Clock &clock);
    ~BookingMail();

    /** The hook MutationRules calls after writing a record; does nothing unless a BookingMail
     *  is active in this thread and the record is a booking whose status the worker changed. */
    static void recordWritten(const Caller &caller, Scope &scope,
        const std::optional<StoredRecord> &before, const StoredRecord &after);

    /** The subject and text of a meeting's mail (what bookedMeeting() gives), Swedish. */
    static MailMessage compose(const QJsonObject &meeting, const QString &unitName);

private:
    void enqueue(Scope &scope, const StoredRecord &booking);

    Database &m_db;
    Accounts &m_accounts;
    ServerConfig m_config;
    const Clock &m_clock;
};

} // namespace barntid::server
