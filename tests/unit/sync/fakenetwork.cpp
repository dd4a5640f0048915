// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"

#include <QJsonDocument>
#include <QTimer>

namespace barntid::test {

using namespace Qt::StringLiterals;

namespace {

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
        const FakeResponse &response, QObject *parent)
        : QNetworkReply(parent)
        , m_body(response.body)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        if (!response.hang)
            QTimer::singleShot(0, this, [this, response] { finish(response); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_body.clear();
        setError(OperationCanceledError, u"aborted"_s);
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_body.size()) - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void finish(const FakeResponse &r)
    {
        if (r.error != NoError) {
            m_body.clear();
            setError(r.error, u"fake network error"_s);
        } else {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, r.status);
            for (const auto &[name, value] : r.headers)
                setRawHeader(name, value);
            if (r.status >= 400)
                setError(ProtocolInvalidOperationError, u"http error"_s);
            emit metaDataChanged();
            emit readyRead();
        }
        setFinished(true);
        if (r.error != NoError)
            emit errorOccurred(r.error);
        emit finished();
    }

    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeResponse FakeResponse::json(int status, const QJsonObject &body)
{
    FakeResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeResponse::envelope(int status, const QString &code, int index)
{
    QJsonObject e {{u"code"_s, code}, {u"message"_s, u"refused by the fake"_s}};
    if (index >= 0)
        e.insert(u"index"_s, index);
    return json(status, {{u"error"_s, e}});
}

FakeResponse FakeResponse::failure(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.error = error;
    return r;
}

FakeResponse FakeResponse::never()
{
    FakeResponse r;
    r.hang = true;
    return r;
}

QNetworkReply *FakeNetwork::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    FakeRequest r;
    switch (op) {
    case GetOperation:
        r.verb = "GET";
        break;
    case PostOperation:
        r.verb = "POST";
        break;
    default:
        r.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    r.url = request.url();
    r.authorization = request.rawHeader("Authorization");
    if (outgoingData)
        r.body = outgoingData->readAll();
    requests << r;
    const FakeResponse response
        = handler ? handler(r) : FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
    return new FakeReply(request, op, response, this);
}

} // namespace barntid::test
