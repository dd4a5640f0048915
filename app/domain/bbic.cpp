// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/bbic.h"

namespace barntid {

const QStringList &bbicAreas()
{
    static const QStringList areas {
        QStringLiteral("needs.health"),
        QStringLiteral("needs.education"),
        QStringLiteral("needs.emotional_behavioural"),
        QStringLiteral("needs.identity"),
        QStringLiteral("needs.family_social_relationships"),
        QStringLiteral("needs.social_presentation"),
        QStringLiteral("needs.self_care"),
        QStringLiteral("parenting.basic_care"),
        QStringLiteral("parenting.safety"),
        QStringLiteral("parenting.emotional_warmth"),
        QStringLiteral("parenting.stimulation"),
        QStringLiteral("parenting.guidance_boundaries"),
        QStringLiteral("parenting.stability"),
        QStringLiteral("family.history_functioning"),
        QStringLiteral("family.wider_family"),
        QStringLiteral("family.housing"),
        QStringLiteral("family.employment"),
        QStringLiteral("family.income"),
        QStringLiteral("family.social_integration"),
        QStringLiteral("family.community_resources"),
    };
    return areas;
}

bool isBbicArea(const QString &code)
{
    return bbicAreas().contains(code);
}

} // namespace barntid
