#include "agent/RequestFramer.h"

namespace vcdesk {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;
constexpr qint64 kFramingSlack = 64 * 1024;

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text)
        if (c <= ' ' || c >= 127 || c == ':' || c == '"' || c == '(' || c == ')' || c == ',' ||
            c == '/' || c == ';' || c == '<' || c == '=' || c == '>' || c == '?' || c == '@' ||
            c == '[' || c == '\\' || c == ']' || c == '{' || c == '}')
            return false;
    return true;
}

bool isDigits(QByteArrayView text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isHexDigits(QByteArrayView text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

RequestFramer::RequestFramer(Limits limits, QStringList hosts)
    : m_limits(limits)
    , m_hosts(std::move(hosts))
{
}

RequestFramer::State RequestFramer::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && m_state != State::Complete && m_state != State::Refused) {
        qsizetype used = 0;
        if (m_state == State::Head) {
            used = feedHead(bytes);
        } else if (m_state == State::Body) {
            used = qsizetype(std::min<qint64>(bytes.size(), m_remaining));
            m_remaining -= used;
            if (m_remaining == 0)
                m_state = State::Complete;
        } else {
            used = feedChunked(bytes);
        }
        bytes = bytes.sliced(used);
    }
    return m_state;
}

void RequestFramer::refuse(int status, const QString &message)
{
    m_state = State::Refused;
    m_refusal = Error{QString::number(status), message};
    m_head.clear();
    m_line.clear();
}

qsizetype RequestFramer::feedHead(QByteArrayView bytes)
{
    qsizetype skipped = 0;
    if (m_head.isEmpty()) { // blank lines before a request line are ignored, as QHttpServer does
        while (skipped < bytes.size() && (bytes[skipped] == '\r' || bytes[skipped] == '\n'))
            ++skipped;
        if (skipped == bytes.size())
            return skipped;
    }
    const qsizetype before = m_head.size();
    m_head.append(bytes.sliced(skipped));
    const qsizetype size = m_head.size();
    qsizetype lastLineEnd = -1;
    qsizetype bodyStart = -1;
    qsizetype i = m_searchFrom;
    for (; i < size; ++i) {
        if (m_head.at(i) != '\n')
            continue;
        if (i + 1 >= size)
            break; // cannot tell yet
        if (m_head.at(i + 1) == '\n') {
            lastLineEnd = i;
            bodyStart = i + 2;
            break;
        }
        if (m_head.at(i + 1) == '\r') {
            if (i + 2 >= size)
                break;
            if (m_head.at(i + 2) == '\n') {
                lastLineEnd = i;
                bodyStart = i + 3;
                break;
            }
        }
    }
    m_searchFrom = i;
    if (bodyStart < 0) {
        if (size > m_limits.maxHeadBytes)
            refuse(431,
                   tr("the request head is larger than %1 KiB").arg(m_limits.maxHeadBytes / 1024));
        return bytes.size();
    }
    if (bodyStart > m_limits.maxHeadBytes) {
        refuse(431, tr("the request head is larger than %1 KiB").arg(m_limits.maxHeadBytes / 1024));
        return bytes.size();
    }
    const QByteArray head = m_head.left(lastLineEnd + 1);
    m_head = QByteArray();
    readHead(head);
    return skipped + (bodyStart - before);
}

void RequestFramer::readHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < head.size();) {
        qsizetype end = head.indexOf('\n', start);
        QByteArrayView line = head.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines << line;
        start = end + 1;
    }
    const QList<QByteArray> requestLine = lines.value(0).toByteArray().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty() ||
        (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")) {
        refuse(400, tr("the request line is not METHOD TARGET HTTP/1.1"));
        return;
    }
    QList<QByteArray> hosts;
    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArrayView line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            refuse(400, tr("a header line is not NAME: VALUE"));
            return;
        }
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "host")
            hosts << value;
        else if (name == "content-length")
            lengths << value;
        else if (name == "transfer-encoding")
            codings << value;
    }
    if (hosts.size() != 1) {
        refuse(400, tr("a request names its host in exactly one Host header"));
        return;
    }
    const QString host = QString::fromLatin1(hosts.first()).toLower();
    if (!m_hosts.contains(host)) {
        // DNS rebinding: a page that made some name point at 127.0.0.1 still sends its name.
        refuse(421, tr("this agent answers to %1 only, not to \"%2\"")
                        .arg(m_hosts.join(QStringLiteral(", ")), host.left(100)));
        return;
    }
    if (!codings.isEmpty()) {
        if (!lengths.isEmpty() || codings.size() != 1 ||
            codings.first().toLower() != QByteArrayLiteral("chunked")) {
            refuse(400, tr("a body is sent with one Content-Length or as chunked, not both"));
            return;
        }
        m_state = State::ChunkSize;
        return;
    }
    if (lengths.isEmpty()) {
        m_state = State::Complete;
        return;
    }
    for (const QByteArray &length : lengths)
        if (length != lengths.first() || !isDigits(length, 18)) {
            refuse(400, tr("Content-Length is not one decimal number"));
            return;
        }
    m_remaining = lengths.first().toLongLong();
    if (m_remaining > m_limits.maxBodyBytes) {
        refuse(413, tr("the request body (%1 bytes) is larger than %2 KiB")
                        .arg(m_remaining)
                        .arg(m_limits.maxBodyBytes / 1024));
        return;
    }
    m_state = m_remaining == 0 ? State::Complete : State::Body;
}

qsizetype RequestFramer::feedChunked(QByteArrayView bytes)
{
    qsizetype used = 0;
    if (m_state == State::ChunkSize) {
        const qsizetype newline = bytes.indexOf('\n');
        used = newline < 0 ? bytes.size() : newline + 1;
        if (m_line.size() + used > kMaxChunkLine) {
            refuse(400, tr("a chunk-size line is longer than %1 bytes").arg(kMaxChunkLine));
            return used;
        }
        m_line.append(bytes.first(used));
        if (newline >= 0) {
            if (!m_line.endsWith("\r\n")) {
                refuse(400, tr("chunk-size lines end in CRLF"));
                return used;
            }
            QByteArray size = m_line.chopped(2);
            if (const qsizetype extension = size.indexOf(';'); extension >= 0)
                size.truncate(extension);
            size = size.trimmed();
            m_line.clear();
            if (!isHexDigits(size, 15)) {
                refuse(400, tr("a chunk size is not a hexadecimal number"));
                return used;
            }
            const qint64 chunk = size.toLongLong(nullptr, 16);
            if (chunk == 0) {
                m_state = State::LastChunkEnd;
            } else if (m_bodyBytes + chunk > m_limits.maxBodyBytes) {
                refuse(
                    413,
                    tr("the request body is larger than %1 KiB").arg(m_limits.maxBodyBytes / 1024));
                return used;
            } else {
                m_remaining = chunk;
                m_state = State::ChunkData;
            }
        }
    } else if (m_state == State::ChunkData) {
        used = qsizetype(std::min<qint64>(bytes.size(), m_remaining));
        m_remaining -= used;
        m_bodyBytes += used;
        if (m_remaining == 0)
            m_state = State::ChunkEnd;
    } else { // ChunkEnd, LastChunkEnd: exactly CRLF
        used = std::min<qsizetype>(2 - m_line.size(), bytes.size());
        m_line.append(bytes.first(used));
        if (m_line.at(0) != '\r' || (m_line.size() == 2 && m_line.at(1) != '\n')) {
            refuse(400, m_state == State::LastChunkEnd
                            ? tr("chunked bodies end in 0 CRLF CRLF (no trailers)")
                            : tr("a chunk's data ends in CRLF"));
            return used;
        }
        if (m_line.size() == 2) {
            m_line.clear();
            m_state = m_state == State::ChunkEnd ? State::ChunkSize : State::Complete;
        }
    }
    m_rawBodyBytes += used;
    if (m_state != State::Refused && m_rawBodyBytes > 2 * m_limits.maxBodyBytes + kFramingSlack)
        refuse(413, tr("the chunked body is larger than %1 KiB with its framing")
                        .arg((2 * m_limits.maxBodyBytes + kFramingSlack) / 1024));
    return used;
}

} // namespace vcdesk
