// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/autolock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

#include <algorithm>

namespace barntid {

AutoLock::AutoLock(QObject *parent)
    : QObject(parent)
{
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(m_seconds * 1000);
    connect(&m_inactivity, &QTimer::timeout, this, &AutoLock::lockDue);
    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this,
            &AutoLock::onApplicationStateChanged);
}

void AutoLock::setSeconds(int seconds)
{
    m_seconds = std::max(0, seconds);
    m_inactivity.setInterval(m_seconds * 1000);
    if (m_armed && m_seconds > 0)
        m_inactivity.start();
    else
        m_inactivity.stop();
}

void AutoLock::arm()
{
    m_armed = true;
    if (m_seconds > 0)
        m_inactivity.start();
}

void AutoLock::disarm()
{
    m_armed = false;
    m_inactivity.stop();
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    // Input reaches the window first, then its items: looking at windows sees each event once.
    if (m_inactivity.isActive() && watched->isWindowType()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::Wheel:
            m_inactivity.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::onApplicationStateChanged(Qt::ApplicationState state)
{
    // Hidden/Suspended is "sent to the background". Inactive is only a lost focus (another
    // desktop window, a system dialog over the app); the inactivity timer covers that.
    if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
        emit lockDue();
}

} // namespace barntid
