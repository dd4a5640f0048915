// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // serve and export draw journal PDFs, which needs Qt's fonts: a GUI application on the
    // offscreen platform (no display, nothing shown). The other commands stay console-only.
    const bool draws
        = argc > 1 && (qstrcmp(argv[1], "serve") == 0 || qstrcmp(argv[1], "export") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // A system service has no XDG_RUNTIME_DIR; Qt's GUI side then warns on every start and
        // falls back to the same private directory given here quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir = QDir::tempPath() + QStringLiteral("/runtime-barntid-")
                + QString::number(::getuid());
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("barntid-server"));
    return barntid::server::ServerCli(QCoreApplication::arguments()).run();
}
