// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslogcsv.h"

#include "domain/timeformat.h"

#include <QStringList>

namespace barntid::server::AccessLogCsv {

namespace {

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(stockholm()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString line(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted << cell(c);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QString cell(const QString &value)
{
    QString v = value;
    // A spreadsheet runs these as formulas (CSV injection): a leading ' makes them text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

QString recordKind(const QString &entity)
{
    if (entity == u"case")
        return QStringLiteral("Ärende");
    if (entity == u"visit")
        return QStringLiteral("Besök");
    return entity;
}

QByteArray write(const QList<AccessLogRow> &rows)
{
    QString out = QStringLiteral("\uFEFF");
    out += line({QStringLiteral("Öppnad"), QStringLiteral("Mottagen"), QStringLiteral("Användare"),
        QStringLiteral("Namn"), QStringLiteral("Enhet"), QStringLiteral("Ärende"),
        QStringLiteral("Post"), QStringLiteral("Post-id")});
    for (const AccessLogRow &r : rows) {
        out += line({local(r.openedAt), local(r.receivedAt), r.username, r.displayName,
            r.deviceName, r.caseNumber, recordKind(r.recordEntity), r.recordId});
    }
    return out.toUtf8();
}

QString fileName(QDate stockholmDay)
{
    return QStringLiteral("loggkontroll-%1.csv").arg(stockholmDay.toString(u"yyyyMMdd"));
}

} // namespace barntid::server::AccessLogCsv
