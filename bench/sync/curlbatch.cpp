// SPDX-License-Identifier: GPL-3.0-or-later
#include "curlbatch.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <stdexcept>

namespace barntid::bench {

CurlBatch::CurlBatch(const QString &dir, const QString &token)
    : m_dir(dir)
    , m_token(token.toUtf8())
{
    QDir().mkpath(dir);
}

QString CurlBatch::file(const char *kind, qsizetype i) const
{
    return QDir(m_dir).filePath(QStringLiteral("%1-%2.json").arg(QLatin1StringView(kind)).arg(i));
}

void CurlBatch::get(const QUrl &url)
{
    const qsizetype i = m_config.size();
    m_config.append(
        "url = \"" + url.toEncoded() + "\"\noutput = \"" + file("answer", i).toUtf8() + "\"\n");
}

void CurlBatch::post(const QUrl &url, const QByteArray &body)
{
    const qsizetype i = m_config.size();
    QFile out(file("body", i));
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size())
        throw std::runtime_error("cannot write a request body for curl");
    m_config.append("url = \"" + url.toEncoded() + "\"\noutput = \"" + file("answer", i).toUtf8()
        + "\"\ndata-binary = \"@" + file("body", i).toUtf8()
        + "\"\nheader = \"Content-Type: application/json\"\nheader = \"Expect:\"\n");
}

void CurlBatch::run()
{
    // Per-request options must be repeated after each "next".
    QByteArray config;
    for (const QByteArray &block : m_config) {
        if (!config.isEmpty())
            config += "next\n";
        config += block + "header = \"Authorization: Bearer " + m_token
            + "\"\nwrite-out = \"%{http_code}\\n\"\n";
    }
    QProcess curl;
    curl.start(QStringLiteral("curl"),
        {QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--config"),
            QStringLiteral("-")});
    if (!curl.waitForStarted(10'000))
        throw std::runtime_error("cannot start curl: " + curl.errorString().toStdString());
    curl.write(config);
    curl.closeWriteChannel();
    if (!curl.waitForFinished(600'000) || curl.exitStatus() != QProcess::NormalExit
        || curl.exitCode() != 0)
        throw std::runtime_error("curl failed: " + curl.readAllStandardError().toStdString());
    const QByteArray written = curl.readAllStandardOutput().trimmed();
    const QList<QByteArray> codes = written.split('\n');
    if (codes.size() != m_config.size() || codes.count("200") != codes.size())
        throw std::runtime_error(
            "curl: not every request answered 200: " + written.left(200).toStdString());
}

QByteArray CurlBatch::answer(qsizetype i) const
{
    QFile in(file("answer", i));
    if (!in.open(QIODevice::ReadOnly))
        throw std::runtime_error("curl left no answer file");
    return in.readAll();
}

} // namespace barntid::bench
