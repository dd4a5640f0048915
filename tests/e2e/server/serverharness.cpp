// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverharness.h"

#include <QTest>

namespace e2eserver {

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

Backend currentBackend()
{
    QFETCH_GLOBAL(QString, backend);
    return backend == u"postgresql" ? Backend::Postgres : Backend::Sqlite;
}

ServerFixture::ServerFixture(Backend backend, bool seeded)
    : m_db(std::make_unique<TestDatabase>(backend, seeded))
{
    m_error = m_db->error();
}

ServerFixture::~ServerFixture()
{
    m_devices.clear();
    m_servers.clear();
    m_db.reset();
}

bool ServerFixture::start(int processes, const QStringList &serveArgs)
{
    if (!m_db->isValid())
        return false;
    for (int i = 0; i < processes; ++i) {
        if (!addServer(serveArgs))
            return false;
    }
    return true;
}

ServerProcess *ServerFixture::addServer(const QStringList &serveArgs)
{
    auto server = std::make_unique<ServerProcess>(m_db->url(), serveArgs);
    if (!server->start()) {
        m_error = server->error();
        return nullptr;
    }
    m_servers.push_back(std::move(server));
    return m_servers.back().get();
}

Device &ServerFixture::device(const QString &username, int server)
{
    const QString key = username + u'@' + QString::number(server);
    std::unique_ptr<Device> &slot = m_devices[key];
    if (!slot)
        slot = std::make_unique<Device>(newDevice(username, server));
    return *slot;
}

Device ServerFixture::newDevice(const QString &username, int server)
{
    return signIn(url(server), username);
}

CliRun ServerFixture::cli(const QStringList &args, const QByteArray &input)
{
    return runServerCli(args + QStringList {QStringLiteral("--database"), m_db->url()}, input);
}

QString ServerFixture::userId(const QString &username)
{
    return m_db->text(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
}

} // namespace e2eserver
