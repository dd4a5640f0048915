// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace barntid::bench {

/** The device's network access manager, remembering each request's URL and how long the device
 *  waited for its answer, so a baseline can replay the exact pull sequence and the report can
 *  say where the device's time went. */
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<QUrl> urls;
    double waitMs = 0; ///< sum over requests of send → finished (they run one at a time)

    void clear();

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

} // namespace barntid::bench
