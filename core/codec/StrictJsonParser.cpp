#include "core/codec/StrictJsonParser.h"

#include "core/codec/HexDigit.h"
#include "core/codec/JsonNumber.h"

#include <QJsonArray>

#include <cmath>

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

    bool readHex4(char32_t &out)
    {
        if (m_pos + 4 > m_text.size()) {
            fail(QStringLiteral("json.truncated"), tr("truncated \\u escape"));
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigitValue(static_cast<unsigned char>(m_text[m_pos + i]));
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

} // namespace

Result<QJsonValue> StrictJsonParser::parse(QByteArrayView text, const JsonLimits &limits)
{
    return Parser(text, limits).parseDocument();
}

} // namespace vcdesk
