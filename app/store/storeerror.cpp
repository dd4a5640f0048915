// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeerror.h"

namespace barntid {

StoreError::StoreError(StoreErrorCode code, const QString &detail)
    : std::runtime_error(detail.toStdString())
    , m_code(code)
    , m_detail(detail)
{ }

} // namespace barntid
