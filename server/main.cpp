// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("barntid-server"));
    return barntid::server::ServerCli(QCoreApplication::arguments()).run();
}
