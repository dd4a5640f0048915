// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace barntid::server {

/** Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so serve stops between requests and
 *  closes the database cleanly. */
class ShutdownSignal : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignal(QObject *parent = nullptr);
    ~ShutdownSignal() override;

signals:
    void requested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace barntid::server
