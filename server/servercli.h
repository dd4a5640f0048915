// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace barntid::server {

class Database;

/** barntid-server's command line (DESIGN.md §7): serve, seed, user, device, foster-home, case,
 *  question-set, purge, export, migrate. */
class ServerCli
{
public:
    explicit ServerCli(QStringList args);
    ~ServerCli();
    /** Returns the process exit code; serve runs the event loop until SIGTERM/SIGINT. */
    int run();

private:
    QString option(const QString &name, const QString &fallback = {}) const;
    bool flag(const QString &name) const;
    QString readPassword();
    int serve();
    int seed();
    int user();
    int addUser();
    int device();
    int fosterHome();
    int caseCommand();
    int purge();
    int exportJournal();
    int questionSet();
    int fail(const QString &message, int code = 1);
    /** The --database, by default sqlite:barntid-server.db. */
    QString databaseUrl() const;
    /** The --database, migrated to the latest schema. */
    Database &openDatabase();

    QStringList m_args;
    std::unique_ptr<Database> m_db;
    /** The system clock, or seed's --clock-file (serve keeps its own in HttpApi::Options). */
    std::shared_ptr<const Clock> m_clock;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace barntid::server
