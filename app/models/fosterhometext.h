// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace barntid {

class StoreError;
struct FosterHome;

/** The words of the foster-home pages (training, supervision, contact kinds, visit due),
 *  English source text and Swedish through the app's translator, shared by their models. */
class FosterHomeText
{
    Q_DECLARE_TR_FUNCTIONS(FosterHomeText)

public:
    static QString training(const FosterHome &home);
    static QString supervision(const QString &code);
    static QString contactKind(const QString &code);
    static QString followUp(const std::optional<QDate> &date, bool overdue);
    static QString visitDue(const QDate &dueOn, bool overdue, bool neverVisited);
    static QString invalidDate();
    /** Validation codes of foster homes and contacts in words; other failures as UiText. */
    static QString storeError(const StoreError &error);
};

} // namespace barntid
