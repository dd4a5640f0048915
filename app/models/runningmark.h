// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace barntid {

/** Tells every ChildTimer that the running barntid segment changed (started, stopped, moved
 *  to another visit), so the visit page, the barntid bar on every page and a second page on
 *  the same visit never disagree about whether time is being counted. */
class RunningMark : public QObject
{
    Q_OBJECT

public:
    static RunningMark &instance();

signals:
    void changed();
};

} // namespace barntid
