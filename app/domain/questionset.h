// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace barntid {

/** A text in the two languages every question set carries. */
struct BilingualText
{
    QString sv;
    QString en;
    bool operator==(const BilingualText &) const = default;
};

/** One answer a choice question offers. */
struct QuestionChoice
{
    QString id;
    BilingualText text;
    bool operator==(const QuestionChoice &) const = default;
};

/** One question of a child survey. Every question may also be answered "vill inte svara"
 *  (declined): that answer is not listed here, child mode always offers it. */
struct Question
{
    enum class Kind { Smiley5, Choice, Text };
    QString id; ///< stable within the set: answers and aggregates key on it
    Kind kind = Kind::Smiley5;
    BilingualText text;
    QList<QuestionChoice> choices; ///< only for Kind::Choice
    bool operator==(const Question &) const = default;
};

/** A child survey the municipality keeps (DESIGN.md §4 question_set), as an admin imports it and
 *  as workers' tablets receive it. The server numbers the versions: a changed set is a new
 *  version, and every version stays readable, because a child's answers name the version they
 *  were given. */
struct QuestionSet
{
    QString id; ///< a UUID, the same for every version
    int version = 0; ///< 0 until the server has numbered it
    BilingualText title;
    /** What child mode tells the child first: who will read the answers, in words for the age. */
    BilingualText intro;
    int ageMin = 0;
    int ageMax = 0;
    enum class Presentation { Pictures, Words };
    Presentation presentation = Presentation::Words;
    QList<Question> questions;

    static constexpr int maxQuestions = 30;
    static constexpr int maxChoices = 10;
    static constexpr int maxTextLength = 500;

    bool operator==(const QuestionSet &) const = default;

    /** The set from its JSON, or nullopt and a one-line reason (for the admin who wrote the file)
     *  in *error. Unknown fields are refused, like everything the server accepts. */
    static std::optional<QuestionSet> fromJson(const QJsonObject &json, QString *error);
    /** The JSON fromJson reads, with "version" when the set has one. */
    QJsonObject toJson() const;
    /** The content without the version: equal for two imports of the same set. */
    QJsonObject content() const;

    static QString kindName(Question::Kind kind);
};

} // namespace barntid
