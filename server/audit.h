// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "domain/clock.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

namespace barntid::server {

class Database;

/** The server's access log: who read or wrote which case record, when, from which device.
 *  Rows are collected during a request and written together when it ends. */
class Audit
{
public:
    Audit(const Caller &caller, const Clock &clock);

    void add(const QString &action, const QString &entity, const QString &recordId,
        const QString &outcome);
    /** Writes the rows inside the caller's transaction. */
    void write(Database &db);
    /** Writes the rows in a transaction of their own (on SQLite after the process's writer
     *  turn), for a read that is audited before its answer leaves. Nothing when empty. */
    void commit(Database &db);
    bool isEmpty() const { return m_groups.isEmpty(); }
    /** True for the entities that carry case content (DESIGN.md §5 first row, reviews, logs). */
    static bool isCaseContent(const QString &entity);

private:
    Caller m_caller;
    QString m_at;
    // Rows by (action, outcome): a page of 1,000 pulled records is one group, whose shared
    // columns go to the database once.
    QMap<std::pair<QString, QString>, QList<QVariantList>> m_groups;
};

} // namespace barntid::server
