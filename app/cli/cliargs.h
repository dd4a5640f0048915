// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace barntid {

/** Words and --options after the global options: "visit add --case ID --note TEXT". */
class CliArgs
{
public:
    /** flags lists the options that take no value. Throws std::invalid_argument on a dangling
     *  option. */
    CliArgs(const QStringList &args, const QSet<QString> &flags);

    const QStringList &words() const { return m_words; }
    bool has(const QString &name) const
    {
        return m_values.contains(name) || m_flags.contains(name);
    }
    QString value(const QString &name) const { return m_values.value(name); }
    /** Throws std::invalid_argument naming the missing option. */
    QString required(const QString &name) const;
    /** Options given that are not in allowed. */
    QStringList unknown(const QSet<QString> &allowed) const;

private:
    QStringList m_words;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace barntid
