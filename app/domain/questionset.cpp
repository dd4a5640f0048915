// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/questionset.h"

#include "domain/ids.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace barntid {

namespace {

/** Parses one part of a set; the first problem found ends the parse with its message. */
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    { }

    bool fail(const QString &message)
    {
        if (m_error && m_error->isEmpty())
            *m_error = message;
        return false;
    }

    bool onlyKnown(const QJsonObject &o, const QStringList &known, const QString &where)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(
                    QStringLiteral("%1: unknown field \"%2\"").arg(where, it.key().left(40)));
        }
        return true;
    }

    bool text(const QJsonValue &v, const QString &where, BilingualText &out)
    {
        if (!v.isObject())
            return fail(QStringLiteral("%1 needs {\"sv\": …, \"en\": …}").arg(where));
        const QJsonObject o = v.toObject();
        if (!onlyKnown(o, {QStringLiteral("sv"), QStringLiteral("en")}, where))
            return false;
        out.sv = o.value(QLatin1StringView("sv")).toString().trimmed();
        out.en = o.value(QLatin1StringView("en")).toString().trimmed();
        if (out.sv.isEmpty() || out.en.isEmpty())
            return fail(QStringLiteral("%1 needs a Swedish and an English text").arg(where));
        if (out.sv.size() > QuestionSet::maxTextLength
            || out.en.size() > QuestionSet::maxTextLength)
            return fail(QStringLiteral("%1 is longer than %2 characters")
                            .arg(where)
                            .arg(QuestionSet::maxTextLength));
        return true;
    }

    bool key(const QJsonValue &v, const QString &where, QString &out)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
        out = v.toString();
        if (!pattern.match(out).hasMatch())
            return fail(QStringLiteral("%1 needs an id of a-z, 0-9 and _ (at most 40)").arg(where));
        return true;
    }

    bool choices(const QJsonValue &v, const QString &where, QList<QuestionChoice> &out)
    {
        const QJsonArray array = v.toArray();
        if (!v.isArray() || array.size() < 2 || array.size() > QuestionSet::maxChoices)
            return fail(QStringLiteral("%1: a choice question needs 2 to %2 choices")
                            .arg(where)
                            .arg(QuestionSet::maxChoices));
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1 choice %2").arg(where).arg(i + 1);
            const QJsonObject o = array.at(i).toObject();
            QuestionChoice c;
            if (!onlyKnown(o, {QStringLiteral("id"), QStringLiteral("text")}, at)
                || !key(o.value(QLatin1StringView("id")), at, c.id)
                || !text(o.value(QLatin1StringView("text")), at, c.text))
                return false;
            if (c.id == u"declined")
                return fail(
                    QStringLiteral("%1: \"declined\" is every question's own answer").arg(at));
            if (seen.contains(c.id))
                return fail(QStringLiteral("%1: the id \"%2\" is used twice").arg(at, c.id));
            seen.insert(c.id);
            out.append(c);
        }
        return true;
    }

    bool question(const QJsonValue &v, int index, Question &q)
    {
        const QString at = QStringLiteral("question %1").arg(index + 1);
        const QJsonObject o = v.toObject();
        if (!v.isObject())
            return fail(at + QStringLiteral(" is not an object"));
        if (!onlyKnown(o,
                {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text"),
                    QStringLiteral("choices")},
                at)
            || !key(o.value(QLatin1StringView("id")), at, q.id)
            || !text(o.value(QLatin1StringView("text")), at, q.text))
            return false;
        const QString kind = o.value(QLatin1StringView("kind")).toString();
        if (kind == u"smiley5")
            q.kind = Question::Kind::Smiley5;
        else if (kind == u"choice")
            q.kind = Question::Kind::Choice;
        else if (kind == u"text")
            q.kind = Question::Kind::Text;
        else
            return fail(at + QStringLiteral(": kind is smiley5, choice or text"));
        if (q.kind == Question::Kind::Choice)
            return choices(o.value(QLatin1StringView("choices")), at, q.choices);
        if (o.contains(QLatin1StringView("choices")))
            return fail(at + QStringLiteral(": only a choice question has choices"));
        return true;
    }

private:
    QString *m_error;
};

QJsonObject textJson(const BilingualText &t)
{
    return {{QStringLiteral("sv"), t.sv}, {QStringLiteral("en"), t.en}};
}

} // namespace

QString QuestionSet::kindName(Question::Kind kind)
{
    switch (kind) {
    case Question::Kind::Smiley5:
        return QStringLiteral("smiley5");
    case Question::Kind::Choice:
        return QStringLiteral("choice");
    case Question::Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

std::optional<QuestionSet> QuestionSet::fromJson(const QJsonObject &json, QString *error)
{
    Reader r(error);
    QuestionSet set;
    if (!r.onlyKnown(json,
            {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                QStringLiteral("intro"), QStringLiteral("age_min"), QStringLiteral("age_max"),
                QStringLiteral("presentation"), QStringLiteral("questions")},
            QStringLiteral("the set")))
        return std::nullopt;
    set.id = json.value(QLatin1StringView("id")).toString().toLower();
    if (!isValidId(set.id)) {
        r.fail(QStringLiteral("the set needs an \"id\" that is a UUID"));
        return std::nullopt;
    }
    const QString where = QStringLiteral("set %1").arg(set.id);
    if (json.contains(QLatin1StringView("version"))) {
        const qint64 version = json.value(QLatin1StringView("version")).toInteger(-1);
        if (version < 1 || version > 1'000'000) {
            r.fail(where + QStringLiteral(": version is a whole number from 1"));
            return std::nullopt;
        }
        set.version = int(version);
    }
    if (!r.text(json.value(QLatin1StringView("title")), where + QStringLiteral(" title"), set.title)
        || !r.text(
            json.value(QLatin1StringView("intro")), where + QStringLiteral(" intro"), set.intro))
        return std::nullopt;
    set.ageMin = int(json.value(QLatin1StringView("age_min")).toInteger(-1));
    set.ageMax = int(json.value(QLatin1StringView("age_max")).toInteger(-1));
    if (set.ageMin < 0 || set.ageMax > 20 || set.ageMin > set.ageMax) {
        r.fail(where + QStringLiteral(": age_min and age_max are ages from 0 to 20, min ≤ max"));
        return std::nullopt;
    }
    const QString presentation = json.value(QLatin1StringView("presentation")).toString();
    if (presentation == u"pictures") {
        set.presentation = Presentation::Pictures;
    } else if (presentation == u"words") {
        set.presentation = Presentation::Words;
    } else {
        r.fail(where + QStringLiteral(": presentation is pictures or words"));
        return std::nullopt;
    }
    const QJsonArray questions = json.value(QLatin1StringView("questions")).toArray();
    if (questions.isEmpty() || questions.size() > maxQuestions) {
        r.fail(where + QStringLiteral(": a set has 1 to %1 questions").arg(maxQuestions));
        return std::nullopt;
    }
    QSet<QString> seen;
    for (int i = 0; i < questions.size(); ++i) {
        Question q;
        if (!r.question(questions.at(i), i, q)) {
            if (error)
                *error = where + QStringLiteral(", ") + *error;
            return std::nullopt;
        }
        if (seen.contains(q.id)) {
            r.fail(where + QStringLiteral(": the question id \"%1\" is used twice").arg(q.id));
            return std::nullopt;
        }
        seen.insert(q.id);
        set.questions.append(q);
    }
    return set;
}

QJsonObject QuestionSet::content() const
{
    QJsonArray questionsJson;
    for (const Question &q : questions) {
        QJsonObject o {{QStringLiteral("id"), q.id}, {QStringLiteral("kind"), kindName(q.kind)},
            {QStringLiteral("text"), textJson(q.text)}};
        if (q.kind == Question::Kind::Choice) {
            QJsonArray choicesJson;
            for (const QuestionChoice &c : q.choices)
                choicesJson.append(QJsonObject {
                    {QStringLiteral("id"), c.id}, {QStringLiteral("text"), textJson(c.text)}});
            o.insert(QStringLiteral("choices"), choicesJson);
        }
        questionsJson.append(o);
    }
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), textJson(title)},
        {QStringLiteral("intro"), textJson(intro)}, {QStringLiteral("age_min"), ageMin},
        {QStringLiteral("age_max"), ageMax},
        {QStringLiteral("presentation"),
            presentation == Presentation::Pictures ? QStringLiteral("pictures")
                                                   : QStringLiteral("words")},
        {QStringLiteral("questions"), questionsJson}};
}

QJsonObject QuestionSet::toJson() const
{
    QJsonObject out = content();
    if (version > 0)
        out.insert(QStringLiteral("version"), version);
    return out;
}

} // namespace barntid
