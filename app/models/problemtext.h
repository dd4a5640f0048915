// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace barntid {

/** The needs-attention list's words: what a refusal means and what to do, the record's kind,
 *  and the fields a worker compares in a conflict (English source, Swedish via the translator). */
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
    /** What happened and what to do, per state and the server's code ("code: message"). */
    static QString explanation(const QString &state, const QString &code);
    /** The record's kind: the visit's own kind for visits ("Home visit"), else the entity. */
    static QString kind(const QString &entity, const QJsonObject &record);
    /** The comparable fields of an entity, in display order. */
    static QStringList comparedFields(const QString &entity);
    static QString fieldLabel(const QString &field);
    /** One field's value as the worker reads it (Stockholm time, words for codes); "–" if empty.
     *  masked: the case has protected identity (the child's name is not shown). */
    static QString fieldValue(
        const QString &entity, const QString &field, const QJsonObject &record, bool masked);
    /** Why "Keep mine" is not offered (ConflictResolver::refusalFor's code). */
    static QString keepMineRefused(const QString &code);
    static QString inFlight();
    static QString resolved();
    static QString notOnDevice();
};

} // namespace barntid
