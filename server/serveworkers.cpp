// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveworkers.h"

#include "connectionintake.h"
#include "database.h"
#include "httpfront.h"
#include "servererror.h"

#include <QThread>

namespace barntid::server {

struct ServeWorkers::Worker
{
    QThread thread;
    QObject anchor; ///< lives in the thread: what runs there is invoked on it
    std::unique_ptr<Database> db;
    std::unique_ptr<HttpApi> api;
};

ServeWorkers::ServeWorkers(QString databaseUrl, HttpApi::Options api, FrontLimits limits,
    std::optional<QSslConfiguration> tls)
    : m_url(std::move(databaseUrl))
    , m_api(std::move(api))
    , m_limits(limits)
    , m_tls(std::move(tls))
{ }

ServeWorkers::~ServeWorkers()
{
    // A connection and its sockets belong to their thread: they are closed there.
    for (const std::unique_ptr<Worker> &w : m_workers) {
        QMetaObject::invokeMethod(
            &w->anchor,
            [&w] {
                w->api.reset();
                w->db.reset();
            },
            Qt::BlockingQueuedConnection);
        w->thread.quit();
        w->thread.wait();
    }
}

QString ServeWorkers::start(int count, HttpFront &front)
{
    for (int i = 0; i < count; ++i) {
        auto w = std::make_unique<Worker>();
        const QString name = QStringLiteral("serve-%1").arg(i + 1);
        w->thread.setObjectName(name);
        w->anchor.moveToThread(&w->thread);
        w->thread.start();
        QString error;
        Worker &worker = *w;
        m_workers.push_back(std::move(w));
        QMetaObject::invokeMethod(
            &worker.anchor,
            [&] {
                ConnectionIntake *intake = nullptr;
                try {
                    worker.db = std::make_unique<Database>(m_url, name);
                    // The commit that fills the WAL would copy it back into the database and
                    // wait for the disk inside a request; `serve` checkpoints on a timer instead.
                    if (worker.db->kind() == Database::Kind::Sqlite)
                        worker.db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
                } catch (const ServerError &e) {
                    error = e.message;
                    return;
                }
                worker.api = std::make_unique<HttpApi>(*worker.db, m_api);
                intake = new ConnectionIntake(m_limits, m_tls, front.counts());
                if (!intake->setSocketDescriptor(front.duplicate())) {
                    error = QStringLiteral("cannot share the listening socket");
                    delete intake;
                    return;
                }
                worker.api->bind(intake);
            },
            Qt::BlockingQueuedConnection);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace barntid::server
