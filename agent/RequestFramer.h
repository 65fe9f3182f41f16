#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace vcdesk {

/// The framing of one HTTP/1.x request, read as its bytes arrive and before anything is
/// buffered for QHttpServer: the head (at most maxHeadBytes; exactly one Host, which must be
/// one of the agent's own authorities), and the body by Content-Length (refused from the head
/// alone when it is over maxBodyBytes) or chunked (counted while it arrives: decoded data over
/// maxBodyBytes, or framing over twice that, is refused). Anything ambiguous (Content-Length
/// together with Transfer-Encoding, differing lengths, other codings, trailers) is refused.
/// A refusal's code is the HTTP status to answer with.
class RequestFramer
{
    Q_DECLARE_TR_FUNCTIONS(RequestFramer)
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 16 * 1024;
        qint64 maxBodyBytes = 256 * 1024;
    };
    enum class State {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        LastChunkEnd,
        Complete,
        Refused
    };

    /// `hosts`: the Host values accepted, lower case ("127.0.0.1:8080", "localhost:8080").
    RequestFramer(Limits limits, QStringList hosts);

    /// Reads the next bytes of the connection; bytes after a complete request are left alone.
    State feed(QByteArrayView bytes);
    State state() const { return m_state; }
    const std::optional<Error> &refusal() const { return m_refusal; }

private:
    qsizetype feedHead(QByteArrayView bytes);
    qsizetype feedChunked(QByteArrayView bytes);
    void readHead(QByteArrayView head);
    void refuse(int status, const QString &message);

    Limits m_limits;
    QStringList m_hosts;
    State m_state = State::Head;
    std::optional<Error> m_refusal;
    QByteArray m_head;
    qsizetype m_searchFrom = 0;
    QByteArray m_line; // a chunk-size line, or the CRLF after a chunk
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_rawBodyBytes = 0;
};

} // namespace vcdesk
