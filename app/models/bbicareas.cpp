// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bbicareas.h"

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

BbicAreas::BbicAreas(QObject *parent)
    : QAbstractListModel(parent)
{
    Q_ASSERT(std::size(areas) == size_t(bbicAreas().size()));
}

int BbicAreas::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::size(areas));
}

QVariant BbicAreas::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString code = QLatin1String(areas[index.row()].code);
    switch (role) {
    case CodeRole:
        return code;
    case Qt::DisplayRole:
    case LabelRole:
        return label(code);
    case GroupRole:
        return group(code);
    default:
        return {};
    }
}

QHash<int, QByteArray> BbicAreas::roleNames() const
{
    return {{CodeRole, "code"}, {LabelRole, "label"}, {GroupRole, "group"}};
}

QString BbicAreas::label(const QString &code)
{
    const Area *a = find(code);
    return a ? QCoreApplication::translate("BbicAreas", a->label) : code;
}

QString BbicAreas::group(const QString &code)
{
    if (code.startsWith(u"needs."))
        return QCoreApplication::translate("BbicAreas", "The child's needs");
    if (code.startsWith(u"parenting."))
        return QCoreApplication::translate("BbicAreas", "Parenting capacity");
    if (code.startsWith(u"family."))
        return QCoreApplication::translate("BbicAreas", "Family and environment");
    return {};
}

} // namespace barntid
