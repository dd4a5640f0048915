// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/visitamendment.h"
#include "store/repository.h"
#include "store/storeerror.h"

namespace barntid {

/** Amendments are signed when written: no later change or removal is accepted. */
class AmendmentRepository : public Repository<VisitAmendment>
{
public:
    using Repository::Repository;

protected:
    void checkChange(const VisitAmendment &, const VisitAmendment &) const override
    {
        throw StoreError(
            StoreErrorCode::Immutable, QStringLiteral("a signed amendment cannot change"));
    }
};

} // namespace barntid
