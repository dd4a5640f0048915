// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace barntid {
class Store;
}

namespace barntid::sync {

/** Takes off the device what the server keeps anyway: synced, reviewed records older than the
 *  retention window (DESIGN.md §5), so a lost tablet carries months of case notes, not years.
 *  The rule, record by record, is in docs/sync.md ("Retention"). */
class Retention
{
public:
    static constexpr int defaultDays = 90;
    /** The settings key of the window, in whole days. */
    static QString daysKey() { return QStringLiteral("retention_days"); }

    explicit Retention(Store &store);

    /** The `retention_days` setting when it is a whole number ≥ 1, else defaultDays. */
    int days() const;
    /** A record group may go when its newest change is before this instant. */
    QDateTime cutoff() const;
    /** Removes every group that may go, all in one local transaction, with SQLite's
     *  secure_delete on; returns the number of records removed. */
    int purge();

private:
    Store &m_store;
};

} // namespace barntid::sync
