#include "core/codec/StrictJson.h"

#include "core/codec/JsonNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <optional>

#include <cmath>
#include <limits>

namespace vcdesk {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)
public:
    Parser(QByteArrayView text, const JsonLimits &limits)
        : m_text(text)
        , m_limits(limits)
    {
    }

    Result<QJsonValue> parseDocument()
    {
        skipWhitespace();
        QJsonValue value;
        if (!parseValue(value, 0))
            return m_error;
        skipWhitespace();
        if (m_pos != m_text.size())
            return fail(QStringLiteral("json.trailing_data"),
                        tr("unexpected data after the JSON value"));
        return value;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    unsigned char peek() const { return static_cast<unsigned char>(m_text[m_pos]); }

    Error fail(const QString &code, const QString &what)
    {
        m_error = Error{code, tr("invalid JSON at byte %1: %2").arg(m_pos).arg(what)};
        return m_error;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const auto c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool expectLiteral(const char *literal, QJsonValue value, QJsonValue &out)
    {
        const QByteArrayView word(literal);
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            out = value;
            return true;
        }
        fail(QStringLiteral("json.syntax"), tr("unknown literal"));
        return false;
    }

    bool parseValue(QJsonValue &out, int depth)
    {
        if (atEnd()) {
            fail(QStringLiteral("json.truncated"), tr("unexpected end of input"));
            return false;
        }
        switch (peek()) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = s;
            return true;
        }
        case 't':
            return expectLiteral("true", true, out);
        case 'f':
            return expectLiteral("false", false, out);
        case 'n':
            return expectLiteral("null", QJsonValue(QJsonValue::Null), out);
        default:
            return parseNumber(out);
        }
    }

    bool enter(int depth)
    {
        if (depth > m_limits.maxDepth) {
            fail(QStringLiteral("json.too_deep"),
                 tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
            return false;
        }
        ++m_pos;
        skipWhitespace();
        return true;
    }

    bool parseObject(QJsonValue &out, int depth)
    {
        if (!enter(depth))
            return false;
        QJsonObject object;
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            out = object;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (atEnd() || peek() != '"') {
                fail(QStringLiteral("json.syntax"), tr("expected a member name"));
                return false;
            }
            QString key;
            if (!parseString(key))
                return false;
            if (object.contains(key)) {
                fail(QStringLiteral("json.duplicate_member"),
                     tr("member \"%1\" appears more than once").arg(key.left(64)));
                return false;
            }
            if (object.size() >= m_limits.maxMembersPerObject) {
                fail(QStringLiteral("json.too_large"),
                     tr("object has more than %1 members").arg(m_limits.maxMembersPerObject));
                return false;
            }
            skipWhitespace();
            if (atEnd() || peek() != ':') {
                fail(QStringLiteral("json.syntax"), tr("expected ':'"));
                return false;
            }
            ++m_pos;
            skipWhitespace();
            QJsonValue value;
            if (!parseValue(value, depth))
                return false;
            object.insert(key, value);
            skipWhitespace();
            if (atEnd()) {
                fail(QStringLiteral("json.truncated"), tr("unterminated object"));
                return false;
            }
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                out = object;
                return true;
            }
            fail(QStringLiteral("json.syntax"), tr("expected ',' or '}'"));
            return false;
        }
    }

    bool parseArray(QJsonValue &out, int depth)
    {
        if (!enter(depth))
            return false;
        QJsonArray array;
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            out = array;
            return true;
        }
        for (;;) {
            skipWhitespace();
            QJsonValue value;
            if (!parseValue(value, depth))
                return false;
            if (array.size() >= m_limits.maxElementsPerArray) {
                fail(QStringLiteral("json.too_large"),
                     tr("array has more than %1 elements").arg(m_limits.maxElementsPerArray));
                return false;
            }
            array.append(value);
            skipWhitespace();
            if (atEnd()) {
                fail(QStringLiteral("json.truncated"), tr("unterminated array"));
                return false;
            }
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                out = array;
                return true;
            }
            fail(QStringLiteral("json.syntax"), tr("expected ',' or ']'"));
            return false;
        }
    }

    int hexDigit(unsigned char c) const
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool readHex4(char32_t &out)
    {
        if (m_pos + 4 > m_text.size()) {
            fail(QStringLiteral("json.truncated"), tr("truncated \\u escape"));
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(static_cast<unsigned char>(m_text[m_pos + i]));
            if (d < 0) {
                fail(QStringLiteral("json.escape"), tr("invalid \\u escape"));
                return false;
            }
            out = (out << 4) | char32_t(d);
        }
        m_pos += 4;
        return true;
    }

    // Decodes one UTF-8 sequence starting at m_pos, refusing overlong forms, surrogates and
    // code points above U+10FFFF.
    bool readUtf8(char32_t &out)
    {
        const auto lead = peek();
        int extra = 0;
        char32_t min = 0;
        if (lead < 0x80) {
            out = lead;
            ++m_pos;
            return true;
        } else if ((lead & 0xe0) == 0xc0) {
            extra = 1, out = lead & 0x1f, min = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            extra = 2, out = lead & 0x0f, min = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            extra = 3, out = lead & 0x07, min = 0x10000;
        } else {
            fail(QStringLiteral("json.utf8"), tr("invalid UTF-8"));
            return false;
        }
        if (m_pos + extra >= m_text.size()) {
            fail(QStringLiteral("json.utf8"), tr("truncated UTF-8 sequence"));
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            const auto c = static_cast<unsigned char>(m_text[m_pos + i]);
            if ((c & 0xc0) != 0x80) {
                fail(QStringLiteral("json.utf8"), tr("invalid UTF-8"));
                return false;
            }
            out = (out << 6) | (c & 0x3f);
        }
        if (out < min || out > 0x10ffff || (out >= 0xd800 && out <= 0xdfff)) {
            fail(QStringLiteral("json.utf8"), tr("invalid UTF-8"));
            return false;
        }
        m_pos += extra + 1;
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        out.clear();
        for (;;) {
            if (atEnd()) {
                fail(QStringLiteral("json.truncated"), tr("unterminated string"));
                return false;
            }
            const auto c = peek();
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20) {
                fail(QStringLiteral("json.control_character"), tr("control character in string"));
                return false;
            }
            if (c != '\\') {
                char32_t cp;
                if (!readUtf8(cp))
                    return false;
                appendCodePoint(out, cp);
                continue;
            }
            ++m_pos;
            if (atEnd()) {
                fail(QStringLiteral("json.truncated"), tr("unterminated escape"));
                return false;
            }
            const auto e = peek();
            ++m_pos;
            switch (e) {
            case '"':
                out += QLatin1Char('"');
                break;
            case '\\':
                out += QLatin1Char('\\');
                break;
            case '/':
                out += QLatin1Char('/');
                break;
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'u': {
                char32_t unit;
                if (!readHex4(unit))
                    return false;
                if (unit >= 0xdc00 && unit <= 0xdfff) {
                    fail(QStringLiteral("json.surrogate"), tr("lone low surrogate"));
                    return false;
                }
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    char32_t low;
                    if (m_pos + 2 > m_text.size() || m_text[m_pos] != '\\' ||
                        m_text[m_pos + 1] != 'u') {
                        fail(QStringLiteral("json.surrogate"), tr("lone high surrogate"));
                        return false;
                    }
                    m_pos += 2;
                    if (!readHex4(low))
                        return false;
                    if (low < 0xdc00 || low > 0xdfff) {
                        fail(QStringLiteral("json.surrogate"), tr("lone high surrogate"));
                        return false;
                    }
                    unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                }
                appendCodePoint(out, unit);
                break;
            }
            default:
                fail(QStringLiteral("json.escape"), tr("invalid escape"));
                return false;
            }
        }
    }

    static void appendCodePoint(QString &out, char32_t cp)
    {
        if (cp < 0x10000) {
            out += QChar(char16_t(cp));
        } else {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        }
    }

    bool digitAt(qsizetype i) const
    {
        return i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9';
    }

    bool parseNumber(QJsonValue &out)
    {
        const qsizetype start = m_pos;
        bool integral = true;
        if (!atEnd() && peek() == '-')
            ++m_pos;
        if (!digitAt(m_pos)) {
            fail(QStringLiteral("json.syntax"), tr("unexpected character"));
            return false;
        }
        if (peek() == '0') {
            ++m_pos;
            if (digitAt(m_pos)) {
                fail(QStringLiteral("json.number"), tr("leading zero in number"));
                return false;
            }
        } else {
            while (digitAt(m_pos))
                ++m_pos;
        }
        if (!atEnd() && peek() == '.') {
            integral = false;
            ++m_pos;
            if (!digitAt(m_pos)) {
                fail(QStringLiteral("json.number"), tr("digit expected after '.'"));
                return false;
            }
            while (digitAt(m_pos))
                ++m_pos;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            integral = false;
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digitAt(m_pos)) {
                fail(QStringLiteral("json.number"), tr("digit expected in exponent"));
                return false;
            }
            while (digitAt(m_pos))
                ++m_pos;
        }
        const QByteArray literal = m_text.sliced(start, m_pos - start).toByteArray();
        bool ok = false;
        if (integral) {
            const qlonglong n = literal.toLongLong(&ok);
            if (ok) {
                out = QJsonValue(qint64(n));
                return true;
            }
        }
        const double d = literal.toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            fail(QStringLiteral("json.number"), tr("number out of range"));
            return false;
        }
        // A number is never silently rounded: two texts that round to one double would read
        // (and canonicalize, RFC 8785) as the same value, so an edited number could keep a
        // signature valid. Only texts that denote exactly the double's shortest form pass.
        if (!JsonNumber::isExactDouble(literal, d)) {
            fail(QStringLiteral("json.number_precision"),
                 tr("the number %1 cannot be represented exactly (more precision than a "
                    "double)")
                     .arg(QString::fromLatin1(literal.left(40))));
            return false;
        }
        out = d;
        return true;
    }

    QByteArrayView m_text;
    JsonLimits m_limits;
    qsizetype m_pos = 0;
    Error m_error;
};

/// Decides whether a text may take the fast path: Qt's own parser, which builds the value in
/// one pass instead of one QJsonObject::insert per member (that made Parser the largest cost
/// of inspecting a token after the signature). The scan accepts a strict subset of what Parser
/// accepts and leaves everything else to Parser, which then gives the value or the error as
/// before: an object or array at the top, nesting within the limits, ASCII member names
/// without escapes and without duplicates, strings that are valid UTF-8 with valid escapes and
/// paired surrogates, and only integer numbers that fit in 64 bits (which both parsers store
/// as the same integer; fractions, exponents and larger integers need Parser's exactness rule).
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
            const unsigned char c = m_p[i];
            const int d = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
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

/// The fast path: Qt's parser on a text FastPathScan accepted; nothing when it does not agree.
std::optional<QJsonValue> parseFast(QByteArrayView text, const JsonLimits &limits)
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

} // namespace

Result<QJsonValue> StrictJson::parse(QByteArrayView text, const JsonLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return Error{QStringLiteral("json.too_large"),
                     tr("JSON text of %1 bytes is larger than the limit of %2 bytes")
                         .arg(text.size())
                         .arg(limits.maxBytes)};
    if (auto fast = parseFast(text, limits))
        return *std::move(fast);
    return Parser(text, limits).parseDocument();
}

Result<QJsonValue> StrictJson::parseWithoutFastPath(QByteArrayView text, const JsonLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return Error{QStringLiteral("json.too_large"),
                     tr("JSON text of %1 bytes is larger than the limit of %2 bytes")
                         .arg(text.size())
                         .arg(limits.maxBytes)};
    return Parser(text, limits).parseDocument();
}

Result<QJsonObject> StrictJson::parseObject(QByteArrayView text, const JsonLimits &limits)
{
    auto value = parse(text, limits);
    if (!value)
        return value.error();
    if (!value->isObject())
        return Error{QStringLiteral("json.not_object"), tr("expected a JSON object")};
    return value->toObject();
}

} // namespace vcdesk
