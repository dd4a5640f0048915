// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace barntid {

// Record ids are made on the device (offline) and must sort by creation time: UUID version 7,
// lowercase, hyphenated. Ids made by one process always sort strictly increasing.
QString newId();

// Any RFC 4122 / RFC 9562 UUID (versions 1-8, variant 10), hyphenated, either case, no braces.
bool isValidId(const QString &s);

} // namespace barntid
