#include "core/codec/FastPathScan.h"

#include "core/codec/HexDigit.h"

#include <algorithm>
#include <cstring>

namespace vcdesk {

namespace {

// Qt's parser refuses nesting deeper than 1024; stay well inside it (and inside the stack).
constexpr int kMaxFastDepth = 256;

bool distinct(QVarLengthArray<QByteArrayView, 16> &names)
{
    if (names.size() <= 16) {
        for (qsizetype i = 1; i < names.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (names[i] == names[j])
                    return false;
            }
        }
        return true;
    }
    std::sort(names.begin(), names.end());
    return std::adjacent_find(names.begin(), names.end()) == names.end();
}

} // namespace

FastPathScan::FastPathScan(QByteArrayView text, const JsonLimits &limits, JsonOutline::Nodes *nodes)
    : m_begin(reinterpret_cast<const unsigned char *>(text.data()))
    , m_p(m_begin)
    , m_end(m_p + text.size())
    , m_maxDepth(std::min(limits.maxDepth, kMaxFastDepth))
    , m_limits(limits)
    , m_nodes(nodes)
{
}

bool FastPathScan::run()
{
    skipWhitespace();
    if (m_p == m_end || (*m_p != '{' && *m_p != '['))
        return false;
    if (!value(0, {}))
        return false;
    skipWhitespace();
    return m_p == m_end;
}

void FastPathScan::skipWhitespace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
        ++m_p;
}

bool FastPathScan::value(int depth, QByteArrayView name)
{
    if (!m_nodes) {
        Kind ignored;
        return scanValue(depth, -1, ignored);
    }
    const int node = int(m_nodes->size());
    if (node >= JsonOutline::kMaxNodes)
        return false;
    const auto *nameStart = reinterpret_cast<const unsigned char *>(name.data());
    m_nodes->append(JsonOutline::Node{.nameOffset = name.isNull() ? 0 : nameStart - m_begin,
                                      .nameSize = name.size(),
                                      .offset = m_p - m_begin});
    Kind kind = Kind::Null;
    if (!scanValue(depth, node, kind))
        return false;
    JsonOutline::Node &done = (*m_nodes)[node];
    done.kind = kind;
    done.size = (m_p - m_begin) - done.offset;
    return true;
}

bool FastPathScan::scanValue(int depth, int node, Kind &kind)
{
    if (m_p == m_end)
        return false;
    switch (*m_p) {
    case '{':
        kind = Kind::Object;
        return object(depth + 1, node);
    case '[':
        kind = Kind::Array;
        return array(depth + 1, node);
    case '"': {
        bool plain = false;
        if (!string(nullptr, &plain))
            return false;
        kind = plain ? Kind::PlainString : Kind::String;
        return true;
    }
    case 't':
        kind = Kind::True;
        return literal("true");
    case 'f':
        kind = Kind::False;
        return literal("false");
    case 'n':
        kind = Kind::Null;
        return literal("null");
    default:
        kind = Kind::Integer;
        return integer();
    }
}

bool FastPathScan::literal(const char *word)
{
    const size_t n = std::strlen(word);
    if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
        return false;
    m_p += n;
    return true;
}

bool FastPathScan::integer()
{
    const unsigned char *start = m_p;
    if (*m_p == '-')
        ++m_p;
    if (m_p == m_end || *m_p < '0' || *m_p > '9')
        return false;
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    if (m_p != m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E' || (*m_p >= '0' && *m_p <= '9')))
        return false;
    if (m_p - start < 19)
        return true; // at most 18 digits: always within 64 bits
    bool ok = false;
    // Only whether it fits in 64 bits matters here; the value is Qt's parser's to read.
    [[maybe_unused]] const qlonglong fits = QByteArrayView(start, m_p - start).toLongLong(&ok);
    return ok;
}

// A string's raw bytes between the quotes; `asciiName` is set when it is a member name the
// fast path takes (printable ASCII without escapes); `plain` says whether it is such text.
bool FastPathScan::string(QByteArrayView *asciiName, bool *plain)
{
    const unsigned char *start = ++m_p;
    bool ascii = true;
    for (;;) {
        if (m_p == m_end)
            return false;
        const unsigned char c = *m_p;
        if (c == '"')
            break;
        if (c < 0x20)
            return false;
        if (c == '\\') {
            ascii = false;
            if (!escape())
                return false;
        } else if (c >= 0x80) {
            ascii = false;
            if (!utf8())
                return false;
        } else {
            ++m_p;
        }
    }
    if (asciiName) {
        if (!ascii)
            return false;
        *asciiName = QByteArrayView(start, m_p - start);
    }
    if (plain)
        *plain = ascii;
    ++m_p;
    return true;
}

bool FastPathScan::hex4(char32_t &out)
{
    if (m_end - m_p < 4)
        return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigitValue(m_p[i]);
        if (d < 0)
            return false;
        out = (out << 4) | char32_t(d);
    }
    m_p += 4;
    return true;
}

bool FastPathScan::escape()
{
    ++m_p; // the backslash
    if (m_p == m_end)
        return false;
    const unsigned char e = *m_p++;
    if (e != 'u')
        return std::strchr("\"\\/bfnrt", e) != nullptr && e != 0;
    char32_t unit;
    if (!hex4(unit) || (unit >= 0xdc00 && unit <= 0xdfff))
        return false;
    if (unit < 0xd800 || unit > 0xdbff)
        return true;
    char32_t low;
    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
        return false;
    m_p += 2;
    return hex4(low) && low >= 0xdc00 && low <= 0xdfff;
}

// The same rule as Parser::readUtf8: no overlong forms, surrogates or values past U+10FFFF.
bool FastPathScan::utf8()
{
    const unsigned char lead = *m_p;
    int extra = 0;
    char32_t cp = 0, min = 0;
    if ((lead & 0xe0) == 0xc0)
        extra = 1, cp = lead & 0x1f, min = 0x80;
    else if ((lead & 0xf0) == 0xe0)
        extra = 2, cp = lead & 0x0f, min = 0x800;
    else if ((lead & 0xf8) == 0xf0)
        extra = 3, cp = lead & 0x07, min = 0x10000;
    else
        return false;
    if (m_end - m_p <= extra)
        return false;
    for (int i = 1; i <= extra; ++i) {
        if ((m_p[i] & 0xc0) != 0x80)
            return false;
        cp = (cp << 6) | (m_p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return false;
    m_p += extra + 1;
    return true;
}

FastPathScan::ItemEnd FastPathScan::itemEnd(unsigned char close)
{
    skipWhitespace();
    if (m_p == m_end)
        return ItemEnd::Bad;
    if (*m_p == ',' || *m_p == close) {
        return *m_p++ == ',' ? ItemEnd::Next : ItemEnd::Closed;
    }
    return ItemEnd::Bad;
}

void FastPathScan::link(int node, int previous, int child)
{
    if (!m_nodes)
        return;
    if (previous < 0)
        (*m_nodes)[node].firstChild = child;
    else
        (*m_nodes)[previous].next = child;
}

bool FastPathScan::object(int depth, int node)
{
    if (depth > m_maxDepth)
        return false;
    ++m_p;
    skipWhitespace();
    if (m_p != m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    QVarLengthArray<QByteArrayView, 16> names;
    int previous = -1;
    for (;;) {
        skipWhitespace();
        if (m_p == m_end || *m_p != '"')
            return false;
        QByteArrayView name;
        if (!string(&name))
            return false;
        names.append(name);
        if (names.size() > m_limits.maxMembersPerObject)
            return false;
        skipWhitespace();
        if (m_p == m_end || *m_p != ':')
            return false;
        ++m_p;
        skipWhitespace();
        const int child = m_nodes ? int(m_nodes->size()) : -1;
        if (!value(depth, name))
            return false;
        link(node, previous, child);
        previous = child;
        const ItemEnd end = itemEnd('}');
        if (end == ItemEnd::Next)
            continue;
        return end == ItemEnd::Closed && distinct(names);
    }
}

bool FastPathScan::array(int depth, int node)
{
    if (depth > m_maxDepth)
        return false;
    ++m_p;
    skipWhitespace();
    if (m_p != m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    qsizetype elements = 0;
    int previous = -1;
    for (;;) {
        skipWhitespace();
        const int child = m_nodes ? int(m_nodes->size()) : -1;
        if (!value(depth, {}))
            return false;
        link(node, previous, child);
        previous = child;
        if (++elements > m_limits.maxElementsPerArray)
            return false;
        const ItemEnd end = itemEnd(']');
        if (end == ItemEnd::Next)
            continue;
        return end == ItemEnd::Closed;
    }
}

} // namespace vcdesk
