// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace barntid {

class CliArgs;
class Store;

/** `barntid-cli survey …`: a child's answers without the screen, for tests and IT support
 *  (docs/cli.md). The same repository as child mode, so the same rules. */
class SurveyCommand
{
public:
    explicit SurveyCommand(Store &store);
    /** The command's result as JSON; throws StoreError or std::invalid_argument (usage). */
    QJsonValue run(const QString &sub, const CliArgs &args);
    /** The same result as a few lines for a person. */
    static QString text(const QString &sub, const QJsonValue &result);

private:
    Store &m_store;
};

} // namespace barntid
