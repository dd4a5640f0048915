// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingnetwork.h"

#include <QElapsedTimer>
#include <QNetworkReply>

namespace barntid::bench {

void RecordingNetwork::clear()
{
    urls.clear();
    waitMs = 0;
}

QNetworkReply *RecordingNetwork::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    urls.append(request.url());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    connect(reply, &QNetworkReply::finished, this,
        [this, timer] { waitMs += double(timer.nsecsElapsed()) / 1e6; });
    return reply;
}

} // namespace barntid::bench
