// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace barntid {

class ManualClock;
class Store;

/** Ids of the demo records the screenshots open. */
struct DemoIds
{
    QString alvaCase;
    QString draftVisit;
    QString signedVisit;
    QString fosterHome;
};

/** A social worker's tablet as the screenshots show it: five cases (one with protected
 *  identity), a signed visit with an amendment, and today's visit with the timer running.
 *  Invented names and text; the clock ends at 2026-11-25 14:02 Stockholm time. */
DemoIds seedDemo(Store &store, ManualClock &clock);

} // namespace barntid
