// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"
#include "domain/validation.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// Fixtures and QTest printers shared by the domain tests. Expected values in the tests are
// written out by hand; these helpers only build inputs and print failures.
namespace barntid {

inline char *toString(const ValidationIssue &i)
{
    return QTest::toString(i.field + QLatin1Char('/') + i.code);
}

inline char *toString(const Interval &i)
{
    return QTest::toString(i.start.toUTC().toString(Qt::ISODateWithMs) + QStringLiteral(" .. ")
        + i.end.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace barntid

namespace fixture {

// Well-formed version 7 UUIDs, written out so the tests do not depend on newId().
inline const QString id1 = QStringLiteral("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
inline const QString id2 = QStringLiteral("0193a1b2-c3d4-7e5f-9a6b-7c8d9e0f1a2c");
inline const QString id3 = QStringLiteral("0193a1b2-c3d4-7e5f-aa6b-7c8d9e0f1a2d");
inline const QString id4 = QStringLiteral("0193a1b2-c3d4-7e5f-ba6b-7c8d9e0f1a2e");
inline const QString notAnId = QStringLiteral("not-a-uuid");

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

inline QTimeZone stockholmTz()
{
    return QTimeZone(QByteArrayLiteral("Europe/Stockholm"));
}

// Wall-clock time in Stockholm.
inline QDateTime sthlm(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), stockholmTz());
}

inline barntid::ValidationIssue problem(const char *field, const char *code)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code)};
}

} // namespace fixture
