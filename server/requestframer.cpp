// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestframer.h"

#include <QtGlobal>

namespace barntid::server {

namespace {

// A chunk-size line is a hex number and perhaps an extension; nothing legitimate is longer.
constexpr qsizetype maxChunkLine = 1024;
// Digits beyond these would overflow qint64; such a length is refused as too large anyway.
constexpr qsizetype maxDecimalDigits = 18;
constexpr qsizetype maxHexDigits = 15;

bool isNamed(QByteArrayView name, QByteArrayView wanted)
{
    return name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
}

/** Parses digits in the given base; -1 when it is not a number, -2 when it is too long. */
qint64 parseNumber(QByteArrayView text, int base, qsizetype maxDigits)
{
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    if (text.size() > maxDigits)
        return -2;
    qint64 value = 0;
    for (const char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * base + digit;
    }
    return value;
}

} // namespace

RequestFramer::RequestFramer(qint64 maxBodyBytes, qint64 maxHeadBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHead(maxHeadBytes)
{ }

RequestFramer::Result RequestFramer::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        Result result = Result::Ok;
        const qsizetype used = step(bytes, result);
        if (result != Result::Ok)
            return result;
        bytes = bytes.sliced(used);
    }
    return Result::Ok;
}

qsizetype RequestFramer::step(QByteArrayView bytes, Result &result)
{
    switch (m_state) {
    case State::Start:
        // Empty lines before a request line are ignored, as Qt's parser does.
        if (bytes.front() == '\r' || bytes.front() == '\n')
            return 1;
        m_state = State::Head;
        m_headBytes = m_bodyBytes = m_remaining = 0;
        m_contentLength = -1;
        m_chunked = m_otherCoding = m_close = false;
        m_requestLine = true;
        return 0;
    case State::Body:
    case State::ChunkData:
        return takeBody(bytes);
    case State::Head:
    case State::ChunkSize:
    case State::ChunkEnd:
    case State::Trailer:
        return takeLine(bytes, result);
    }
    return bytes.size();
}

qsizetype RequestFramer::takeBody(QByteArrayView bytes)
{
    const qsizetype used = qsizetype(qMin<qint64>(m_remaining, bytes.size()));
    m_remaining -= used;
    if (m_remaining == 0) {
        if (m_state == State::Body)
            finishRequest();
        else
            m_state = State::ChunkEnd;
    }
    return used;
}

qsizetype RequestFramer::takeLine(QByteArrayView bytes, Result &result)
{
    const qsizetype end = bytes.indexOf('\n');
    const qsizetype used = end < 0 ? bytes.size() : end + 1;
    if (m_state == State::Head || m_state == State::Trailer) {
        m_headBytes += used;
        if (m_headBytes > m_maxHead) {
            result = Result::HeadTooLarge;
            return used;
        }
    } else if (m_line.size() + used > maxChunkLine) {
        result = Result::Malformed;
        return used;
    }
    m_line.append(bytes.first(end < 0 ? used : end));
    if (end < 0)
        return used;
    QByteArrayView line(m_line);
    if (line.endsWith('\r'))
        line.chop(1);
    switch (m_state) {
    case State::Head:
        result = headLine(line);
        break;
    case State::ChunkSize:
        result = chunkSizeLine(line);
        break;
    case State::ChunkEnd:
        result = line.isEmpty() ? Result::Ok : Result::Malformed;
        m_state = State::ChunkSize;
        break;
    default: // the trailer: fields are ignored, an empty line ends the request
        if (line.isEmpty())
            finishRequest();
        break;
    }
    m_line.clear();
    return used;
}

RequestFramer::Result RequestFramer::headLine(QByteArrayView line)
{
    if (m_requestLine) {
        m_requestLine = false;
        return Result::Ok;
    }
    if (line.isEmpty())
        return headComplete();
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return Result::Malformed;
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (isNamed(name, "content-length")) {
        const qint64 length = parseNumber(value, 10, maxDecimalDigits);
        if (length == -2)
            return Result::BodyTooLarge;
        if (length < 0 || (m_contentLength >= 0 && m_contentLength != length))
            return Result::Malformed;
        m_contentLength = length;
    } else if (isNamed(name, "transfer-encoding")) {
        // Only plain chunked is understood; anything else could frame the body differently.
        if (value.compare("chunked", Qt::CaseInsensitive) == 0)
            m_chunked = true;
        else
            m_otherCoding = true;
    } else if (isNamed(name, "connection")) {
        m_close = value.compare("close", Qt::CaseInsensitive) == 0;
    }
    return Result::Ok;
}

RequestFramer::Result RequestFramer::headComplete()
{
    // Both a length and chunked, or an unknown coding, is how requests are smuggled past a
    // proxy: refused rather than guessed at.
    if (m_otherCoding || (m_chunked && m_contentLength >= 0))
        return Result::Malformed;
    if (m_chunked) {
        m_state = State::ChunkSize;
        return Result::Ok;
    }
    if (m_contentLength > m_maxBody)
        return Result::BodyTooLarge;
    m_remaining = qMax<qint64>(m_contentLength, 0);
    if (m_remaining == 0)
        finishRequest();
    else
        m_state = State::Body;
    return Result::Ok;
}

RequestFramer::Result RequestFramer::chunkSizeLine(QByteArrayView line)
{
    const qsizetype extension = line.indexOf(';');
    const qint64 size = parseNumber(extension < 0 ? line : line.first(extension), 16, maxHexDigits);
    if (size == -2)
        return Result::BodyTooLarge;
    if (size < 0)
        return Result::Malformed;
    m_bodyBytes += size;
    if (m_bodyBytes > m_maxBody)
        return Result::BodyTooLarge;
    m_remaining = size;
    m_state = size == 0 ? State::Trailer : State::ChunkData;
    return Result::Ok;
}

void RequestFramer::finishRequest()
{
    ++m_completed;
    m_closeRequested = m_close;
    m_state = State::Start;
}

} // namespace barntid::server
