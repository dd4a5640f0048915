// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <functional>

namespace barntid::test {

/** The code of the StoreError f throws; Internal when it throws none, so a missing refusal
 *  fails the comparison instead of passing. */
inline StoreErrorCode codeOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e.code();
    }
    return StoreErrorCode::Internal;
}

} // namespace barntid::test
