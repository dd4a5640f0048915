// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace barntid::VisitWords {

// The words for a visit's codes, shared by the app's screens and the server's journal
// documents so both say the same thing. English source text in the context "UiText"; the
// Swedish comes from the installed translator (the app's, or the server's copy of it).

QString protectedIdentity();
QString kind(const QString &code);
/** Who was present, in the words of the kind of visit: in a foster home the adults are the
 *  foster parents (familjehemsföräldrar), never guardians. */
QString presence(const QString &code, const QString &kind);
QString status(const QString &code);
QString childTimeMode(const QString &code);

} // namespace barntid::VisitWords
