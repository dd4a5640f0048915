// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace barntid::server {

bool installJournalLanguage()
{
    // One translator for the life of the process; installing twice is harmless.
    static QTranslator *translator = nullptr;
    if (translator)
        return true;
    auto *t = new QTranslator(QCoreApplication::instance());
    if (!t->load(QStringLiteral(":/journal/barntid_sv.qm"))) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    translator = t;
    return true;
}

} // namespace barntid::server
