// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace barntid::server {

/** The unit's opening hours (DESIGN.md §7: weekdays 07:30–12:00 and 13:00–16:15, Stockholm
 *  time). A slot is after hours unless it lies wholly inside one opening interval. */
bool isAfterHours(const QDateTime &start, const QDateTime &end);

} // namespace barntid::server
