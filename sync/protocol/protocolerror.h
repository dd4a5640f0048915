// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace barntid::protocol {

/** A request the server refuses as a whole, with the error envelope of DESIGN.md §6. */
struct ProtocolError
{
    QString code; ///< invalid_json, invalid, unknown_entity, unknown_field, too_many, …
    QString message; ///< English, for logs and developers; never carries record content
    int index = -1; ///< the offending mutation in a push, or -1
    QString field; ///< the offending field, or empty

    bool isError() const { return !code.isEmpty(); }
    QJsonObject toEnvelope() const
    {
        QJsonObject e {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (index >= 0)
            e.insert(QStringLiteral("index"), index);
        if (!field.isEmpty())
            e.insert(QStringLiteral("field"), field);
        return {{QStringLiteral("error"), e}};
    }
};

} // namespace barntid::protocol
