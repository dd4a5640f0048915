// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapp.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("barntid-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Barntid"));
    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    QTextStream outStream(&out), errStream(&err);
    barntid::CliApp cli(outStream, errStream, in, barntid::systemClock());
    return cli.run(app.arguments().mid(1));
}
