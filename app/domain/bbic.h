// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace barntid {

// BBIC (Barns behov i centrum) areas as stable codes "<side>.<area>" for the three sides of the
// triangle: needs, parenting (capacity) and family (and environment). Visit notes are tagged
// with them; bbicLabel names them for the screens and the journal alike.
const QStringList &bbicAreas();
bool isBbicArea(const QString &code);
/** The area's name in the installed language (English source, context "BbicAreas"). */
QString bbicLabel(const QString &code);
/** The side of the triangle the area belongs to, in the installed language. */
QString bbicGroup(const QString &code);

} // namespace barntid
