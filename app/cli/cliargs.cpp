// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliargs.h"

#include <stdexcept>

namespace barntid {

CliArgs::CliArgs(const QStringList &args, const QSet<QString> &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(u"--")) {
            m_words << a;
            continue;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            m_flags.insert(name);
        } else if (i + 1 < args.size()) {
            m_values.insert(name, args[++i]);
        } else {
            throw std::invalid_argument("option " + a.toStdString() + " needs a value");
        }
    }
}

QString CliArgs::required(const QString &name) const
{
    if (!m_values.contains(name))
        throw std::invalid_argument("missing --" + name.toStdString());
    return m_values.value(name);
}

QStringList CliArgs::unknown(const QSet<QString> &allowed) const
{
    QStringList result;
    for (auto it = m_values.keyBegin(); it != m_values.keyEnd(); ++it) {
        if (!allowed.contains(*it))
            result << *it;
    }
    for (const QString &f : m_flags) {
        if (!allowed.contains(f))
            result << f;
    }
    return result;
}

} // namespace barntid
