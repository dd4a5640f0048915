// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace e2eserver {

class TestDatabase;

/** The role table of DESIGN.md §5 written out independently of the server: from the records,
 *  accounts and foster-home assignments in the database it says which records each account
 *  must find in its pull — and so, by omission, which it must never see. */
class ScopeOracle
{
public:
    /** Reads records, users and foster_home_workers; error() says what failed. */
    explicit ScopeOracle(TestDatabase &db);

    QString error() const { return m_error; }
    /** "entity/id" of every live record the account may pull, sorted. */
    QStringList visibleTo(const QString &username) const;

    /** How what a device holds differs from the account's scope. */
    struct Difference
    {
        QStringList extra; ///< held, out of scope
        QStringList missing; ///< in scope, not held
        bool isEmpty() const { return extra.isEmpty() && missing.isEmpty(); }
    };
    /** What a device holds (got) against a scope (want, from visibleTo). */
    static Difference compare(const QStringList &got, const QStringList &want);

private:
    struct Record
    {
        QString entity;
        QString id;
        QJsonObject data;
        QString text(const char *field) const;
    };
    struct User
    {
        QString id;
        QString role;
        QString team;
        QString home;
    };
    QSet<QString> workerScope(const QString &workerId) const;
    QSet<QString> fosterScope(const QString &homeId) const;
    bool activeBooking(const QString &slotId, QString *home) const;

    QList<Record> m_records;
    QHash<QString, User> m_users; ///< by username
    QHash<QString, QStringList> m_homeWorkers;
    QString m_error;
};

} // namespace e2eserver
