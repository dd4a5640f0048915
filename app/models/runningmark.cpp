// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/runningmark.h"

namespace barntid {

RunningMark &RunningMark::instance()
{
    static RunningMark mark;
    return mark;
}

} // namespace barntid
