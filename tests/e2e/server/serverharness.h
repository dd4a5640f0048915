// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprocess.h"
#include "syncclient.h"
#include "testdatabase.h"

#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace e2eserver {

/** The global data rows every server test runs on: "sqlite" and "postgresql" (column
 *  "backend"). Call from initTestCase_data(). */
void addBackendRows();
/** The backend of the current global row. */
Backend currentBackend();

/** One test's server: its own database (the demo municipality unless told otherwise) and one or
 *  more `barntid-server serve` processes on it. Torn down in reverse: servers, then database. */
class ServerFixture
{
public:
    explicit ServerFixture(Backend backend, bool seeded = true);
    ~ServerFixture();

    /** Starts `processes` servers on the database with the extra serve options. */
    bool start(int processes = 1, const QStringList &serveArgs = {});
    /** Another server process on the same database (e.g. with other options). */
    ServerProcess *addServer(const QStringList &serveArgs = {});
    QString error() const { return m_error; }

    TestDatabase &db() { return *m_db; }
    ServerProcess &server(int i = 0) { return *m_servers.at(size_t(i)); }
    QUrl url(int i = 0) const { return m_servers.at(size_t(i))->url(); }

    /** A device signed in on server i; the first device per account is kept and reused. */
    Device &device(const QString &username, int server = 0);
    /** A new device for the account (a fresh login). */
    Device newDevice(const QString &username, int server = 0);
    /** barntid-server args… --database <this database>. */
    CliRun cli(const QStringList &args, const QByteArray &input = {});
    /** The id of the account, from the database. */
    QString userId(const QString &username);

private:
    std::unique_ptr<TestDatabase> m_db;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    std::map<QString, std::unique_ptr<Device>> m_devices; ///< stable references
    QString m_error;
};

} // namespace e2eserver

/** In init(): skips the row when its database cannot run here, with the reason. */
#define E2E_SKIP_UNAVAILABLE_BACKEND()                                                             \
    do {                                                                                           \
        const QString why_                                                                         \
            = e2eserver::TestDatabase::unavailableReason(e2eserver::currentBackend());             \
        if (!why_.isEmpty())                                                                       \
            QSKIP(qPrintable(why_));                                                               \
    } while (false)

/** Starts a fixture or fails the test with the server's log. */
#define E2E_START(fixture, ...)                                                                    \
    QVERIFY2((fixture).start(__VA_ARGS__), qPrintable((fixture).error()))
