// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"

#include <QJsonObject>
#include <QStringView>

namespace barntid::protocol {

/** The domain rules for one record in wire form: the same rules the device applied before it
 *  stored the record, so the server accepts exactly what a correct client writes. */
ValidationIssues checkRecord(QStringView entity, const QJsonObject &record);

/** "field: code, field: code" for a rejected mutation's message (no field values). */
QString describe(const ValidationIssues &issues);

} // namespace barntid::protocol
