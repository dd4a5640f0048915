// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace barntid::server {

/** Follows the HTTP/1.1 requests on one connection byte by byte, without keeping their bodies,
 *  so that HttpFront can refuse an oversized head or body before Qt HttpServer buffers it. */
class RequestFramer
{
public:
    enum class Result { Ok, BodyTooLarge, HeadTooLarge, Malformed };

    RequestFramer(qint64 maxBodyBytes, qint64 maxHeadBytes);

    /** Follows the next bytes of the stream; stops at the first refusal. */
    Result feed(QByteArrayView bytes);
    /** Nothing of a next request seen since the last one completed. */
    bool betweenRequests() const { return m_state == State::Start; }
    /** In a request's head (request line and header fields). */
    bool inHead() const { return m_state == State::Head; }
    /** Requests seen completely, body included. */
    qint64 completed() const { return m_completed; }
    /** The last completed request asked for the connection to close (`Connection: close`). */
    bool closeRequested() const { return m_closeRequested; }

private:
    enum class State { Start, Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer };

    qsizetype step(QByteArrayView bytes, Result &result);
    qsizetype takeBody(QByteArrayView bytes);
    qsizetype takeLine(QByteArrayView bytes, Result &result);
    Result headLine(QByteArrayView line);
    Result headComplete();
    Result chunkSizeLine(QByteArrayView line);
    void finishRequest();

    qint64 m_maxBody;
    qint64 m_maxHead;
    State m_state = State::Start;
    QByteArray m_line; ///< the current line while it is incomplete
    qint64 m_headBytes = 0; ///< head and trailer bytes of the current request
    qint64 m_bodyBytes = 0; ///< body bytes declared so far (chunk sizes add up)
    qint64 m_remaining = 0; ///< bytes of the body or of the current chunk still to come
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_otherCoding = false;
    bool m_close = false;
    bool m_closeRequested = false;
    bool m_requestLine = true;
    qint64 m_completed = 0;
};

} // namespace barntid::server
