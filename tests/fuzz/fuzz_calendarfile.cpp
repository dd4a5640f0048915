// SPDX-License-Identifier: GPL-3.0-or-later
// The .ics file a family downloads: a booking's fields come from the family and the worker, so no
// text may break a content line, grow one past 75 octets, split a UTF-8 character or smuggle in a
// property of its own.
#include "domain/calendarfile.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>

using namespace barntid;

namespace {

QString text(FuzzedDataProvider &in)
{
    const std::string s = in.ConsumeRandomLengthString(600);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

void checkFile(const QByteArray &file)
{
    static const QSet<QByteArray> properties {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE",
        "METHOD", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "DTSTART", "RRULE", "UID",
        "SEQUENCE", "DTSTAMP", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "STATUS",
        "TRANSP"};
    FUZZ_REQUIRE(file.endsWith("\r\n"), "the file does not end with CRLF");
    QList<QByteArray> physical = file.split('\n');
    physical.removeLast(); // after the final LF
    QList<QByteArray> logical;
    for (QByteArray line : physical) {
        FUZZ_REQUIRE(line.endsWith('\r'), "a line break without CR");
        line.chop(1);
        FUZZ_REQUIRE(!line.contains('\r'), "a bare CR inside a line");
        FUZZ_REQUIRE(line.size() <= 75, "a content line longer than 75 octets");
        const bool continuation = line.startsWith(' ');
        FUZZ_REQUIRE(isUtf8(continuation ? line.mid(1) : line), "folding split a UTF-8 character");
        if (continuation) {
            FUZZ_REQUIRE(!logical.isEmpty(), "a file starting with a continuation");
            logical.last() += line.mid(1);
        } else {
            logical.append(line);
        }
    }
    int events = 0;
    for (const QByteArray &line : logical) {
        const qsizetype end = line.indexOf(':');
        const qsizetype params = line.indexOf(';');
        const QByteArray name = line.left(params >= 0 && params < end ? params : end);
        FUZZ_REQUIRE(end > 0 && properties.contains(name), "a property the writer never writes");
        FUZZ_REQUIRE(name != "URL" || line.startsWith("URL:https://"), "a URL that is not https");
        if (line == "BEGIN:VEVENT")
            ++events;
    }
    FUZZ_REQUIRE(events == 1, "not exactly one event");
    FUZZ_REQUIRE(logical.first() == "BEGIN:VCALENDAR" && logical.last() == "END:VCALENDAR",
        "the calendar is not closed");
}

QDateTime time(FuzzedDataProvider &in)
{
    // 1970 to 2100, so that every time has a Stockholm offset.
    return QDateTime::fromSecsSinceEpoch(
        in.ConsumeIntegralInRange<qint64>(0, 4'102'444'800), Qt::UTC);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const QDateTime stamp = time(in);
    if (in.ConsumeBool()) {
        // The path of the booking page and the API: a booking's wire record.
        const std::string rest = in.ConsumeRemainingBytesAsString();
        const QJsonObject booking
            = QJsonDocument::fromJson(QByteArray(rest.data(), qsizetype(rest.size()))).object();
        checkFile(CalendarFile::write(
            CalendarFile::fromBooking(booking, QStringLiteral("Familjehemsenheten"), stamp)));
        return 0;
    }
    CalendarEvent e;
    e.sequence = in.ConsumeIntegral<int>();
    e.start = time(in);
    e.end = time(in);
    e.stamp = stamp;
    e.cancelled = in.ConsumeBool();
    e.confirmed = in.ConsumeBool();
    e.uid = text(in);
    e.summary = text(in);
    e.location = text(in);
    e.url = text(in);
    e.description = text(in);
    checkFile(CalendarFile::write(e));
    return 0;
}
