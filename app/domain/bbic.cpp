// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/bbic.h"

#include <QCoreApplication>

namespace barntid {

namespace {

struct Area
{
    const char *code;
    const char *label;
};

// English source text; the Swedish BBIC terms come from the translation catalogue.
constexpr Area areas[] = {
    {"needs.health", QT_TRANSLATE_NOOP("BbicAreas", "Health")},
    {"needs.education", QT_TRANSLATE_NOOP("BbicAreas", "Education")},
    {"needs.emotional_behavioural",
        QT_TRANSLATE_NOOP("BbicAreas", "Emotional and behavioural development")},
    {"needs.identity", QT_TRANSLATE_NOOP("BbicAreas", "Identity")},
    {"needs.family_social_relationships",
        QT_TRANSLATE_NOOP("BbicAreas", "Family and social relationships")},
    {"needs.social_presentation", QT_TRANSLATE_NOOP("BbicAreas", "Social presentation")},
    {"needs.self_care", QT_TRANSLATE_NOOP("BbicAreas", "Self-care skills")},
    {"parenting.basic_care", QT_TRANSLATE_NOOP("BbicAreas", "Basic care")},
    {"parenting.safety", QT_TRANSLATE_NOOP("BbicAreas", "Ensuring safety")},
    {"parenting.emotional_warmth", QT_TRANSLATE_NOOP("BbicAreas", "Emotional warmth")},
    {"parenting.stimulation", QT_TRANSLATE_NOOP("BbicAreas", "Stimulation")},
    {"parenting.guidance_boundaries", QT_TRANSLATE_NOOP("BbicAreas", "Guidance and boundaries")},
    {"parenting.stability", QT_TRANSLATE_NOOP("BbicAreas", "Stability")},
    {"family.history_functioning",
        QT_TRANSLATE_NOOP("BbicAreas", "Family history and functioning")},
    {"family.wider_family", QT_TRANSLATE_NOOP("BbicAreas", "Wider family")},
    {"family.housing", QT_TRANSLATE_NOOP("BbicAreas", "Housing")},
    {"family.employment", QT_TRANSLATE_NOOP("BbicAreas", "Employment")},
    {"family.income", QT_TRANSLATE_NOOP("BbicAreas", "Income")},
    {"family.social_integration", QT_TRANSLATE_NOOP("BbicAreas", "Social integration")},
    {"family.community_resources", QT_TRANSLATE_NOOP("BbicAreas", "Community resources")},
};

const Area *find(const QString &code)
{
    for (const Area &a : areas)
        if (code == QLatin1String(a.code))
            return &a;
    return nullptr;
}

} // namespace

const QStringList &bbicAreas()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const Area &a : areas)
            list << QLatin1String(a.code);
        return list;
    }();
    return codes;
}

QString bbicLabel(const QString &code)
{
    const Area *a = find(code);
    return a ? QCoreApplication::translate("BbicAreas", a->label) : code;
}

QString bbicGroup(const QString &code)
{
    if (code.startsWith(u"needs."))
        return QCoreApplication::translate("BbicAreas", "The child's needs");
    if (code.startsWith(u"parenting."))
        return QCoreApplication::translate("BbicAreas", "Parenting capacity");
    if (code.startsWith(u"family."))
        return QCoreApplication::translate("BbicAreas", "Family and environment");
    return {};
}

bool isBbicArea(const QString &code)
{
    return bbicAreas().contains(code);
}

} // namespace barntid
