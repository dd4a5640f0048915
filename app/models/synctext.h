// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace barntid {

/** The sync's words for social workers: what happened and what to do, never a record's content
 *  (English source text, Swedish through the app's translator). */
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)

public:
    static QString error(const sync::SyncError &error);
    /** Why the server's copy of a record could not be shown; empty when it came. */
    static QString fetchError(const sync::SyncError &error);
    static QString entity(const QString &entity);
    /** "All 12 changes are on the server (14:32)". */
    static QString receipt(int acknowledged, const QDateTime &at);
    /** "Last synced 2026-12-04 15:49" in Stockholm time, or that it never synced. */
    static QString lastSynced(const QDateTime &at);
    static QString progress(int sent, int received);
};

} // namespace barntid
