#include "core/codec/JsonFastPath.h"

#include "core/codec/HexDigit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace vcdesk {

namespace {

/// Decides whether a text may take the fast path: Qt's own parser, which builds the value in
/// one pass instead of one QJsonObject::insert per member (that made StrictJsonParser the
/// largest cost of inspecting a token after the signature). The scan accepts a strict subset
/// of what StrictJsonParser accepts and leaves everything else to it, which then gives the
/// value or the error as before: an object or array at the top, nesting within the limits,
/// ASCII member names without escapes and without duplicates, strings that are valid UTF-8
/// with valid escapes and paired surrogates, and only integer numbers that fit in 64 bits
/// (which both parsers store as the same integer; fractions, exponents and larger integers
/// need StrictJsonParser's exactness rule).
class FastPathScan
{
public:
    FastPathScan(QByteArrayView text, const JsonLimits &limits)
        : m_p(reinterpret_cast<const unsigned char *>(text.data()))
        , m_end(m_p + text.size())
        , m_maxDepth(std::min(limits.maxDepth, kMaxFastDepth))
        , m_limits(limits)
    {
    }

    bool run()
    {
        skipWhitespace();
        if (m_p == m_end || (*m_p != '{' && *m_p != '['))
            return false;
        if (!value(0))
            return false;
        skipWhitespace();
        return m_p == m_end;
    }

private:
    // Qt's parser refuses nesting deeper than 1024; stay well inside it (and inside the stack).
    static constexpr int kMaxFastDepth = 256;

    void skipWhitespace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return integer();
        }
    }

    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    bool integer()
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
        if (m_p != m_end &&
            (*m_p == '.' || *m_p == 'e' || *m_p == 'E' || (*m_p >= '0' && *m_p <= '9')))
            return false;
        if (m_p - start < 19)
            return true; // at most 18 digits: always within 64 bits
        bool ok = false;
        // Only whether it fits in 64 bits matters here; the value is Qt's parser's to read.
        [[maybe_unused]] const qlonglong fits = QByteArrayView(start, m_p - start).toLongLong(&ok);
        return ok;
    }

    // A string's raw bytes between the quotes; `asciiName` is set when it is a member name
    // the fast path takes (printable ASCII without escapes).
    bool string(QByteArrayView *asciiName)
    {
        const unsigned char *start = ++m_p;
        bool plain = true;
        for (;;) {
            if (m_p == m_end)
                return false;
            const unsigned char c = *m_p;
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                plain = false;
                if (!escape())
                    return false;
            } else if (c >= 0x80) {
                plain = false;
                if (!utf8())
                    return false;
            } else {
                ++m_p;
            }
        }
        if (asciiName) {
            if (!plain)
                return false;
            *asciiName = QByteArrayView(start, m_p - start);
        }
        ++m_p;
        return true;
    }

    bool hex4(char32_t &out)
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

    bool escape()
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
    bool utf8()
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

    bool object(int depth)
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
            if (!value(depth))
                return false;
            skipWhitespace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p != '}')
                return false;
            ++m_p;
            return distinct(names);
        }
    }

    static bool distinct(QVarLengthArray<QByteArrayView, 16> &names)
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

    bool array(int depth)
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
        for (;;) {
            skipWhitespace();
            if (!value(depth))
                return false;
            if (++elements > m_limits.maxElementsPerArray)
                return false;
            skipWhitespace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p != ']')
                return false;
            ++m_p;
            return true;
        }
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    int m_maxDepth;
    const JsonLimits &m_limits;
};

} // namespace

std::optional<QJsonValue> JsonFastPath::parse(QByteArrayView text, const JsonLimits &limits)
{
    if (!FastPathScan(text, limits).run())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isObject())
        return QJsonValue(document.object());
    if (document.isArray())
        return QJsonValue(document.array());
    return std::nullopt;
}

} // namespace vcdesk
