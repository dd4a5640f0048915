// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace barntid::bench {

/** The baselines' transport: curl moving the same bytes as the device, all requests of a figure
 *  in one curl process (so its connection is reused, as the device's is), the token in a config
 *  on stdin. Bodies to send are written to files when added, before anything is timed. */
class CurlBatch
{
public:
    CurlBatch(const QString &dir, const QString &token);

    void get(const QUrl &url);
    void post(const QUrl &url, const QByteArray &body);
    /** Runs curl; throws std::runtime_error unless every request answered 200. */
    void run();
    qsizetype size() const { return m_config.size(); }
    /** The body of request i, as curl saved it. */
    QByteArray answer(qsizetype i) const;

private:
    QString file(const char *kind, qsizetype i) const;

    QString m_dir;
    QByteArray m_token;
    QList<QByteArray> m_config; ///< one curl config block per request
};

} // namespace barntid::bench
