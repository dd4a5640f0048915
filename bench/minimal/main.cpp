// SPDX-License-Identifier: GPL-3.0-or-later
// bench_minimal_window: an empty Qt Quick window of barntid's size that prints the same
// "first frame" line as `barntid --first-frame-probe`, so scripts/bench can divide by it.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral("import QtQuick\n"
                                      "Window { visible: true; width: 1280; height: 800 }\n"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "bench_minimal_window: the QML window did not load\n");
        return 1;
    }
    // frameSwapped comes from the render thread; the context object makes it queued.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&sinceMain] {
            std::printf(
                "first frame: %lld ms since main\n", static_cast<long long>(sinceMain.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(60'000, &app, [] {
        std::fprintf(stderr, "bench_minimal_window: no frame within 60 s\n");
        QCoreApplication::exit(1);
    });
    return QGuiApplication::exec();
}
