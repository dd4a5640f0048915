// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace e2eserver {

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::errorCode() const
{
    return json()
        .value(QLatin1StringView("error"))
        .toObject()
        .value(QLatin1StringView("code"))
        .toString();
}

bool HttpResponse::hasEnvelope() const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || doc.object().size() != 1)
        return false;
    const QJsonObject e = doc.object().value(QLatin1StringView("error")).toObject();
    const QJsonValue code = e.value(QLatin1StringView("code"));
    const QJsonValue message = e.value(QLatin1StringView("message"));
    return code.isString() && !code.toString().isEmpty() && message.isString()
        && !message.toString().isEmpty();
}

QByteArray HttpResponse::describe() const
{
    return "HTTP " + QByteArray::number(status) + " (network error "
        + QByteArray::number(int(networkError)) + ") " + body.left(600);
}

HttpClient::HttpClient(const QUrl &base)
    : m_base(base)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *HttpClient::start(const QByteArray &method, const QString &pathAndQuery,
    const QByteArray &body, const QByteArray &authorization)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (method == "POST" || !body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (method == "GET" && body.isEmpty())
        return m_nam.get(request);
    return m_nam.sendCustomRequest(request, method, body);
}

HttpResponse HttpClient::send(const QByteArray &method, const QString &pathAndQuery,
    const QByteArray &body, const QByteArray &authorization, int timeoutMs)
{
    return finish(start(method, pathAndQuery, body, authorization), timeoutMs);
}

HttpResponse HttpClient::read(QNetworkReply *reply)
{
    HttpResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.body = reply->readAll();
    r.retryAfter = reply->rawHeader("Retry-After");
    r.contentType = reply->rawHeader("Content-Type");
    r.contentDisposition = reply->rawHeader("Content-Disposition");
    return r;
}

HttpResponse HttpClient::finish(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
        timer.start(timeoutMs);
        loop.exec();
    }
    const HttpResponse r = read(reply);
    reply->deleteLater();
    return r;
}

QList<HttpResponse> HttpClient::finishAll(const QList<QNetworkReply *> &replies)
{
    QList<HttpResponse> out;
    for (QNetworkReply *reply : replies)
        out << finish(reply);
    return out;
}

} // namespace e2eserver
