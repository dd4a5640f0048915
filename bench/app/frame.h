// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickWindow>
#include <QSignalSpy>

namespace barntid::bench {

/** Asks for a frame and waits until it is on screen; false after 10 s. */
inline bool waitForFrame(QQuickWindow *window)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    return swapped.wait(10000);
}

} // namespace barntid::bench
