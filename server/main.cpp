// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // serve and export draw journal PDFs, which needs Qt's fonts: a GUI application on the
    // offscreen platform (no display, nothing shown). The other commands stay console-only.
    const bool draws
        = argc > 1 && (qstrcmp(argv[1], "serve") == 0 || qstrcmp(argv[1], "export") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("barntid-server"));
    return barntid::server::ServerCli(QCoreApplication::arguments()).run();
}
