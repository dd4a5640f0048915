// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace barntid {

class Store;

/** Who opened which case record, when, on this device (DESIGN.md §4 access_event), offline too:
 *  one record per opening, written with its outbox row in one transaction so it syncs like any
 *  other record. It carries ids and the time only, never anything of the record it is about. */
class AccessLogWriter
{
public:
    explicit AccessLogWriter(Store &store);

    /** Logs that the user opened the case ("case") or the visit ("visit") recordId now; returns
     *  the event's id. "" when there is nothing to log: the record is not on the device, or it
     *  is a foster-home visit about no case (not a child's case record; the server requires a
     *  case). Throws StoreError (Invalid for another entity). */
    QString recordOpening(const QString &entity, const QString &recordId);

private:
    /** The case the record belongs to, or "". */
    QString caseOf(const QString &entity, const QString &recordId);

    Store &m_store;
};

} // namespace barntid
