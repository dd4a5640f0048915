// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace barntid::bench {

/** Issue 15, item 6: the app on a tablet holding three years of one social worker's records (about
 * 100,000 visits and time entries over 60 cases) and the screens she opens every day on it: the
 * case list, her busiest case's visits and a week's barntid, each against the raw SQLCipher query
 * of the same rows; then the process's RSS. Returns false when a screen showed the wrong rows. */
bool benchThreeYears(const QString &dir);

} // namespace barntid::bench
