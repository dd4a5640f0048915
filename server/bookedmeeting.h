// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storedrecord.h"

#include <QJsonObject>

#include <optional>

namespace barntid::server {

class Accounts;

/** What was booked, as the calendar file and the mails show it: the booking's own copy of the
 *  slot where it has one, else the slot's, and the worker's display name. Never the purpose. */
QJsonObject bookedMeeting(
    const StoredRecord &booking, const std::optional<StoredRecord> &slot, Accounts &accounts);

} // namespace barntid::server
