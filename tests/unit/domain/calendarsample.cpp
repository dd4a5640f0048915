// SPDX-License-Identifier: GPL-3.0-or-later
// Writes calendar files of known bookings into a folder, for the independent parser test
// (tests/scripts/ics_validate.py, ctest ics_validate). Each booking carries a purpose and other
// fields that must never reach the file.
#include "domain/calendarfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

using barntid::CalendarFile;

namespace {

QJsonObject booking(
    const char *id, int version, const char *status, const char *start, const char *end)
{
    return QJsonObject {{QStringLiteral("id"), QLatin1StringView(id)},
        {QStringLiteral("version"), version}, {QStringLiteral("status"), QLatin1StringView(status)},
        {QStringLiteral("starts_at"), QLatin1StringView(start)},
        {QStringLiteral("ends_at"), QLatin1StringView(end)},
        {QStringLiteral("place"), QStringLiteral("Familjehemsenheten, Storgatan 1; rum 3, plan 2")},
        {QStringLiteral("video"), false},
        {QStringLiteral("owner_name"), QStringLiteral("Åsa Öberg-Ärlig 😀 med ett långt namn")},
        {QStringLiteral("purpose"), QStringLiteral("HEMLIGT-SYFTE: Kalle K, ärende 2026-0042")},
        {QStringLiteral("cancel_reason"), QStringLiteral("HEMLIG-ORSAK")},
        {QStringLiteral("notify_email"), QStringLiteral("familj@example.se")},
        {QStringLiteral("foster_home_id"), QStringLiteral("0193a1b2-c3d4-7e5f-9a6b-7c8d9e0f1a2c")}};
}

bool save(const QDir &dir, const QString &name, const QJsonObject &b)
{
    const QDateTime stamp(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly)
        && file.write(CalendarFile::write(
               CalendarFile::fromBooking(b, QStringLiteral("Familjehemsenheten Ludvika"), stamp)))
        > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: calendar-sample DIR\n", stderr);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QJsonObject summer = booking("0193a1b2-c3d4-7e5f-8a6b-000000000002", 3, "confirmed",
        "2027-06-15T15:00:00.000Z", "2027-06-15T15:45:00.000Z");
    summer[QStringLiteral("video")] = true;
    summer[QStringLiteral("video_link")] = QStringLiteral("https://video.example.se/m/abc-123");
    const bool ok = save(dir, QStringLiteral("winter.ics"),
                        booking("0193a1b2-c3d4-7e5f-8a6b-000000000001", 1, "requested",
                            "2026-12-08T16:00:00.000Z", "2026-12-08T16:45:00.000Z"))
        && save(dir, QStringLiteral("summer.ics"), summer)
        && save(dir, QStringLiteral("cancelled.ics"),
            booking("0193a1b2-c3d4-7e5f-8a6b-000000000003", 5, "cancelled",
                "2027-03-28T00:30:00.000Z", "2027-03-28T01:15:00.000Z"));
    return ok ? 0 : 1;
}
