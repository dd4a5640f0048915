// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/surveycommand.h"

#include "cli/cliargs.h"
#include "store/surveyrepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

namespace barntid {

using namespace Qt::StringLiterals;

namespace {

void only(const CliArgs &args, const QSet<QString> &allowed)
{
    const QStringList bad = args.unknown(allowed);
    if (!bad.isEmpty())
        throw std::invalid_argument("unknown option --" + bad.front().toStdString());
}

int wholeNumber(const CliArgs &args, const QString &name)
{
    bool ok = false;
    const int n = args.required(name).toInt(&ok);
    if (!ok || n < 1)
        throw std::invalid_argument("--" + name.toStdString() + " needs a whole number from 1");
    return n;
}

} // namespace

SurveyCommand::SurveyCommand(Store &store)
    : m_store(store)
{ }

QJsonValue SurveyCommand::run(const QString &sub, const CliArgs &args)
{
    SurveyRepository surveys(m_store);
    if (sub == u"sets") {
        only(args, {});
        QJsonArray sets;
        for (const QuestionSet &set : surveys.questionSets())
            sets << set.toJson();
        return sets;
    }
    if (sub == u"start") {
        only(args, {u"visit"_s, u"case"_s, u"set"_s, u"set-version"_s});
        const SurveyResponse r = surveys.start(args.required(u"visit"_s), args.required(u"case"_s),
            args.required(u"set"_s), wholeNumber(args, u"set-version"_s));
        return QJsonObject {{u"id"_s, r.meta.id}};
    }
    if (sub == u"answer") {
        only(args, {u"id"_s, u"question"_s, u"value"_s});
        return surveys
            .answer(args.required(u"id"_s), args.required(u"question"_s), args.value(u"value"_s))
            .toJson();
    }
    if (sub == u"complete") {
        only(args, {u"id"_s});
        return surveys.complete(args.required(u"id"_s)).toJson();
    }
    if (sub == u"list") {
        only(args, {u"visit"_s});
        QJsonArray all;
        for (const SurveyResponse &r : surveys.forVisit(args.required(u"visit"_s)))
            all << r.toJson();
        return all;
    }
    throw std::invalid_argument("unknown command: survey " + sub.toStdString());
}

QString SurveyCommand::text(const QString &sub, const QJsonValue &result)
{
    if (sub == u"start")
        return result[u"id"].toString() + u'\n';
    if (sub == u"answer" || sub == u"complete")
        return u"saved\n"_s;
    QString out;
    for (const QJsonValue &v : result.toArray()) {
        const QJsonObject o = v.toObject();
        if (sub == u"sets") {
            out += o[u"id"].toString() + u"  v"_s + QString::number(o[u"version"].toInt()) + u"  "_s
                + o[u"title"][u"sv"].toString() + u'\n';
        } else {
            out += o[u"id"].toString() + u"  "_s + o[u"case_id"].toString() + u"  "_s
                + QString::number(o[u"answers"].toObject().size()) + u" answers"_s
                + (o[u"completed_at"].isNull() ? u""_s : u"  completed"_s) + u'\n';
        }
    }
    return out;
}

} // namespace barntid
