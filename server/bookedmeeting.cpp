// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookedmeeting.h"

#include "accounts.h"

namespace barntid::server {

QJsonObject bookedMeeting(
    const StoredRecord &booking, const std::optional<StoredRecord> &slot, Accounts &accounts)
{
    QJsonObject out {{QStringLiteral("id"), booking.id},
        {QStringLiteral("version"), booking.version},
        {QStringLiteral("status"), booking.text("status")},
        {QStringLiteral("cancel_reason"), booking.text("cancel_reason")}};
    static const char *const copied[]
        = {"starts_at", "ends_at", "place", "video", "video_link", "owner_name"};
    for (const char *field : copied) {
        const QLatin1StringView key(field);
        QJsonValue v = booking.data.value(key);
        if ((v.isNull() || v.isUndefined()) && slot)
            v = slot->data.value(key);
        if (!v.isNull() && !v.isUndefined())
            out.insert(key, v);
    }
    if (out.value(QLatin1StringView("owner_name")).toString().isEmpty() && slot) {
        if (const std::optional<Account> owner = accounts.byId(slot->text("owner_id")))
            out.insert(QStringLiteral("owner_name"), owner->displayName);
    }
    return out;
}

} // namespace barntid::server
