// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace barntid {

// BBIC (Barns behov i centrum) areas as stable codes "<side>.<area>" for the three sides of the
// triangle: needs, parenting (capacity) and family (and environment). Visit notes are tagged
// with them; the UI translates the codes.
const QStringList &bbicAreas();
bool isBbicArea(const QString &code);

} // namespace barntid
