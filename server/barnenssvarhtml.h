// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "surveyaggregates.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/** The admin's /barnens-svar pages as server-rendered HTML in Swedish, without JavaScript. Every
 *  value that comes from a question set, a team or a request is escaped here. */
namespace barntid::server::BarnensSvarHtml {

struct View
{
    QString signedInAs;
    QString csrf;
    QList<std::pair<QString, QString>> sets; ///< id, title
    QStringList quarters; ///< newest first
    QString setId, quarter; ///< what is shown
    QJsonObject report; ///< SurveyAggregates::read for the chosen set and quarter
};

QByteArray login(const QString &loginToken, const QString &error, const QString &username);
QByteArray report(const View &view, const SurveyAggregates::Wording &words);
QByteArray message(const QString &title, const QString &text);

} // namespace barntid::server::BarnensSvarHtml
