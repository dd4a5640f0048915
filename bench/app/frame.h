// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>

#include <cstdio>

namespace barntid::bench {

/** Asks for a frame and waits until it is on screen; false after 10 s. */
inline bool waitForFrame(QQuickWindow *window)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    return swapped.wait(10000);
}

/** The app's own window in the tablet's style, loaded into engine over the registered session,
 *  once its first frame is on screen; null (with a message) when it never is. */
inline QQuickWindow *showApp(QQmlApplicationEngine &engine)
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Barntid/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window || !waitForFrame(window)) {
        std::fprintf(stderr, "bench_app: the app did not show its first frame\n");
        return nullptr;
    }
    return window;
}

} // namespace barntid::bench
