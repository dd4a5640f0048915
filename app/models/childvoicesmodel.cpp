// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/childvoicesmodel.h"

#include "engine/syncengine.h"
#include "models/teamroster.h"
#include "models/visitsurveys.h"
#include "store/store.h"
#include "store/surveyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace barntid {

namespace {

QString textOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

const QString municipality = QStringLiteral("municipality");

} // namespace

ChildVoicesModel::ChildVoicesModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QHash<int, QByteArray> ChildVoicesModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"}, {QuestionRole, "question"}, {LinesRole, "lines"}};
}

void ChildVoicesModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    reload();
}

QString ChildVoicesModel::text(const BilingualText &t) const
{
    return m_language == u"en" && !t.en.isEmpty() ? t.en : t.sv;
}

QString ChildVoicesModel::quarterLabel(const QString &quarter)
{
    if (quarter.size() != 7)
        return quarter;
    return tr("Quarter %1 %2").arg(quarter.right(1), quarter.left(4));
}

QVariantList ChildVoicesModel::sets() const
{
    QVariantList out;
    QStringList seen;
    for (const QJsonValue &t : m_report.value(QLatin1StringView("tables")).toArray()) {
        const QString id = textOf(t.toObject(), "question_set_id");
        if (seen.contains(id))
            continue;
        seen << id;
        QString title = id;
        for (const QuestionSet &s : m_sets) {
            if (s.id == id)
                title = text(s.title); // the newest version's, as the list is oldest first
        }
        out.append(QVariantMap {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}});
    }
    return out;
}

QVariantList ChildVoicesModel::quarters() const
{
    QVariantList out;
    QStringList seen;
    for (const QJsonValue &t : m_report.value(QLatin1StringView("tables")).toArray()) {
        const QJsonObject o = t.toObject();
        const QString q = textOf(o, "quarter");
        if (textOf(o, "question_set_id") != m_setId || seen.contains(q))
            continue;
        seen << q;
        out.append(
            QVariantMap {{QStringLiteral("value"), q}, {QStringLiteral("label"), quarterLabel(q)}});
    }
    return out;
}

void ChildVoicesModel::setSetId(const QString &id)
{
    if (id == m_setId)
        return;
    m_setId = id;
    m_quarter.clear(); // the newest of that set's quarters
    reload();
}

void ChildVoicesModel::setQuarter(const QString &quarter)
{
    if (quarter == m_quarter)
        return;
    m_quarter = quarter;
    reload();
}

QStringList ChildVoicesModel::watchedEntities() const
{
    return {sync::SyncEngine::surveyAggregatesKey(), sync::SyncEngine::questionSetsKey(),
        TeamRoster::settingKey};
}

QString ChildVoicesModel::optionText(
    const QString &setId, const QString &questionId, const QString &option) const
{
    if (option == u"answered")
        return tr("Wrote an answer");
    QString kind, choice;
    for (const QuestionSet &s : m_sets) { // oldest first: the newest wording wins
        if (s.id != setId)
            continue;
        for (const Question &q : s.questions) {
            if (q.id != questionId)
                continue;
            kind = QuestionSet::kindName(q.kind);
            for (const QuestionChoice &c : q.choices) {
                if (c.id == option)
                    choice = text(c.text);
            }
        }
    }
    return VisitSurveys::answerText(kind, option, choice);
}

QStringList ChildVoicesModel::load(Store &store)
{
    clearRows();
    m_report
        = QJsonDocument::fromJson(store.setting(sync::SyncEngine::surveyAggregatesKey()).toUtf8())
              .object();
    m_sets = SurveyRepository(store).questionSets();
    m_k = m_report.value(QLatin1StringView("k")).toInt(5);
    QString teamName;
    TeamRoster::parse(store.setting(TeamRoster::settingKey).toUtf8(), &teamName);

    const QVariantList sets = this->sets();
    const auto has = [](const QVariantList &list, const char *key, const QString &value) {
        return std::any_of(list.cbegin(), list.cend(), [&](const QVariant &v) {
            return v.toMap().value(QLatin1StringView(key)).toString() == value;
        });
    };
    if (!has(sets, "id", m_setId))
        m_setId = sets.isEmpty() ? QString()
                                 : sets.first().toMap().value(QStringLiteral("id")).toString();
    const QVariantList quarters = this->quarters();
    if (!has(quarters, "value", m_quarter))
        m_quarter = quarters.isEmpty()
            ? QString()
            : quarters.first().toMap().value(QStringLiteral("value")).toString();

    // The team first: the supervisor's own; the municipality beside it for comparison.
    QStringList groupIds;
    for (const QJsonValue &g : m_report.value(QLatin1StringView("groups")).toArray()) {
        const QString id = textOf(g.toObject(), "id");
        if (id != municipality)
            groupIds << id;
    }
    groupIds << municipality;
    for (const QString &id : std::as_const(groupIds))
        m_columns << (id == municipality
                ? tr("Whole municipality")
                : (teamName.isEmpty() ? tr("Your team") : tr("Team %1").arg(teamName)));

    QStringList keys;
    const QString withheld = tr("Not shown");
    for (const QJsonValue &tv : m_report.value(QLatin1StringView("tables")).toArray()) {
        const QJsonObject table = tv.toObject();
        if (textOf(table, "question_set_id") != m_setId || textOf(table, "quarter") != m_quarter)
            continue;
        const QString questionId = textOf(table, "question_id");
        QString question = questionId;
        for (const QuestionSet &s : std::as_const(m_sets)) {
            if (s.id != m_setId)
                continue;
            for (const Question &q : s.questions) {
                if (q.id == questionId)
                    question = text(q.text);
            }
        }
        QHash<QString, QJsonObject> rowOf;
        for (const QJsonValue &r : table.value(QLatin1StringView("rows")).toArray())
            rowOf.insert(textOf(r.toObject(), "group"), r.toObject());
        const auto cell = [&](const QJsonValue &v) {
            return QVariantMap {
                {QStringLiteral("text"), v.isNull() ? withheld : QString::number(v.toInt())},
                {QStringLiteral("withheld"), v.isNull()}};
        };
        QVariantList lines;
        const QJsonArray options = table.value(QLatin1StringView("options")).toArray();
        for (int o = 0; o <= options.size(); ++o) {
            const bool total = o == options.size();
            QVariantList cells;
            for (const QString &g : std::as_const(groupIds)) {
                const QJsonObject row = rowOf.value(g);
                cells.append(cell(total ? row.value(QLatin1StringView("children"))
                                        : row.value(QLatin1StringView("counts")).toArray().at(o)));
            }
            lines.append(
                QVariantMap {{QStringLiteral("label"),
                                 total ? tr("All who answered")
                                       : optionText(m_setId, questionId, options.at(o).toString())},
                    {QStringLiteral("cells"), cells}, {QStringLiteral("total"), total}});
        }
        m_rows.insert(questionId, {question, lines});
        keys << questionId;
    }
    emit figuresChanged();
    return keys;
}

void ChildVoicesModel::clearRows()
{
    m_rows.clear();
    m_columns.clear();
}

QVariant ChildVoicesModel::value(const QString &key, int role) const
{
    const Row row = m_rows.value(key);
    switch (role) {
    case QuestionIdRole:
        return key;
    case QuestionRole:
        return row.question;
    case LinesRole:
        return row.lines;
    default:
        return {};
    }
}

} // namespace barntid
