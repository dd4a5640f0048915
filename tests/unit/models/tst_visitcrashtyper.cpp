// SPDX-License-Identifier: GPL-3.0-or-later
// tst_visitcrashtyper: the helper of tst_visitcrash. Opens (or sets up) the store in --data with
// the test PIN, starts a draft visit through VisitEditor exactly as the visit page does, then
// types into its note forever: every 20 ms the note becomes "typed N", and after each set it
// prints "typed N <ms since epoch>" and flushes. The test SIGKILLs it mid-typing.
#include "models/caselistmodel.h"
#include "models/visiteditor.h"
#include "tst_visitsupport.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>

using namespace barntid;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--data"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: tst_visitcrashtyper --data DIR\n");
        return 2;
    }
    const auto session = test::openSession(args.at(at + 1), systemClock());
    if (session->state() != Session::State::Open) {
        std::fprintf(stderr, "tst_visitcrashtyper: the store did not open\n");
        return 1;
    }
    const QString caseId = CaseListModel().createCase(
        QStringLiteral("2026-0001"), QStringLiteral("Alva K."), 0, false);
    VisitEditor editor;
    const QString visitId = editor.start(caseId);
    if (visitId.isEmpty()) {
        std::fprintf(stderr, "tst_visitcrashtyper: %s\n", qPrintable(editor.errorText()));
        return 1;
    }
    std::printf("visit %s\n", qPrintable(visitId));
    std::fflush(stdout);

    int typed = 0;
    QTimer keys;
    QObject::connect(&keys, &QTimer::timeout, &editor, [&] {
        ++typed;
        editor.setNote(QStringLiteral("typed %1").arg(typed));
        std::printf("typed %d %lld\n", typed, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    keys.start(20);
    return QGuiApplication::exec();
}
