// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdevice.h"

#include "domain/ids.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <memory>
#include <stdexcept>

namespace barntid::bench {

namespace {

[[noreturn]] void failed(const QString &what, const HttpReply &reply)
{
    throw std::runtime_error(
        qPrintable(QStringLiteral("%1: HTTP %2 %3 %4")
                       .arg(what)
                       .arg(reply.status)
                       .arg(reply.error, QString::fromUtf8(reply.body.left(300)))));
}

} // namespace

BenchDevice::BenchDevice(const QUrl &server)
    : m_server(server)
    , m_deviceId(newId())
{ }

namespace {

QByteArray loginBody(const QString &username, const QString &deviceId)
{
    const QJsonObject body {{QStringLiteral("username"), username},
        {QStringLiteral("password"), QStringLiteral("barntid-demo")},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("device_name"), QStringLiteral("bench_server")}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

void BenchDevice::login(const QString &username)
{
    const HttpReply reply = post(QStringLiteral("/v1/auth/login"), loginBody(username, m_deviceId));
    if (reply.status != 200)
        failed(QStringLiteral("login ") + username, reply);
    keepLogin(reply);
}

void BenchDevice::loginAsync(const QString &username, std::function<void(const HttpReply &)> done)
{
    sendAsync(true, QStringLiteral("/v1/auth/login"), loginBody(username, m_deviceId),
        [this, done = std::move(done)](const HttpReply &reply) {
            if (reply.status == 200)
                keepLogin(reply);
            done(reply);
        });
}

void BenchDevice::keepLogin(const HttpReply &reply)
{
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    m_token = answer.value(QLatin1StringView("token")).toString().toLatin1();
    m_userId = answer.value(QLatin1StringView("user"))
                   .toObject()
                   .value(QLatin1StringView("id"))
                   .toString();
}

QNetworkRequest BenchDevice::request(const QString &path) const
{
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(300'000);
    return request;
}

void BenchDevice::sendAsync(bool isPost, const QString &path, const QByteArray &body,
    std::function<void(const HttpReply &)> done)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply
        = isPost ? m_network.post(request(path), body) : m_network.get(request(path));
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [reply, timer, done = std::move(done)] {
            HttpReply r;
            r.body = reply->readAll();
            r.ms = double(timer->nsecsElapsed()) / 1e6;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError)
                r.error = reply->errorString();
            reply->deleteLater();
            done(r);
        });
}

HttpReply BenchDevice::wait(bool isPost, const QString &path, const QByteArray &body)
{
    HttpReply out;
    bool finished = false;
    QEventLoop loop;
    sendAsync(isPost, path, body, [&](const HttpReply &r) {
        out = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return out;
}

HttpReply BenchDevice::post(const QString &path, const QByteArray &body)
{
    return wait(true, path, body);
}

HttpReply BenchDevice::get(const QString &path)
{
    return wait(false, path, {});
}

void BenchDevice::postAsync(
    const QString &path, const QByteArray &body, std::function<void(const HttpReply &)> done)
{
    sendAsync(true, path, body, std::move(done));
}

void BenchDevice::getAsync(const QString &path, std::function<void(const HttpReply &)> done)
{
    sendAsync(false, path, {}, std::move(done));
}

PullTotals BenchDevice::pullAll(int limit)
{
    PullTotals totals;
    qint64 since = 0;
    for (bool more = true; more;) {
        const HttpReply reply
            = get(QStringLiteral("/v1/sync/pull?since=%1&limit=%2").arg(since).arg(limit));
        if (reply.status != 200)
            failed(QStringLiteral("pull"), reply);
        // What any client does with a page: parse it and follow the cursor.
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        totals.changes += int(page.value(QLatin1StringView("changes")).toArray().size());
        totals.bytes += reply.body.size();
        totals.requestMs += reply.ms;
        ++totals.pages;
        since = page.value(QLatin1StringView("next")).toInteger();
        more = page.value(QLatin1StringView("has_more")).toBool();
    }
    return totals;
}

void requireApplied(const HttpReply &reply, int mutations)
{
    if (reply.status != 200)
        failed(QStringLiteral("push"), reply);
    const QJsonArray results = QJsonDocument::fromJson(reply.body)
                                   .object()
                                   .value(QLatin1StringView("results"))
                                   .toArray();
    int applied = 0;
    for (const QJsonValue &r : results)
        applied += r.toObject().value(QLatin1StringView("status")).toString() == u"applied";
    if (applied != mutations)
        failed(QStringLiteral("push: %1 of %2 applied").arg(applied).arg(mutations), reply);
}

} // namespace barntid::bench
