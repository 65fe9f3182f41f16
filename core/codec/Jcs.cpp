#include "core/codec/Jcs.h"

#include "core/codec/JsonNumber.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace vcdesk {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    // Only '"', '\\' and control characters are escaped; runs between them are copied as UTF-8.
    out += '"';
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += QStringView(text).sliced(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const char *escape = nullptr;
        char buffer[8];
        switch (u) {
        case '"':
            escape = "\\\"";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case '\b':
            escape = "\\b";
            break;
        case '\f':
            escape = "\\f";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        case '\t':
            escape = "\\t";
            break;
        default:
            if (u < 0x20) {
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(u));
                escape = buffer;
            }
        }
        if (escape) {
            flush(i);
            out += escape;
            runStart = i + 1;
        }
    }
    flush(text.size());
    out += '"';
}

bool appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        const auto exact = JsonNumber::exactDouble(value);
        if (!exact)
            return false;
        out += Jcs::number(*exact);
        return true;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return true;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &element : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            if (!appendValue(out, element))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units, as RFC 8785 requires.
        std::sort(keys.begin(), keys.end());
        out += '{';
        bool first = true;
        for (const QString &key : keys) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, key);
            out += ':';
            if (!appendValue(out, object.value(key)))
                return false;
        }
        out += '}';
        return true;
    }
    }
    return false;
}

} // namespace

QByteArray Jcs::number(double value)
{
    if (value == 0 || !std::isfinite(value))
        return "0"; // -0 prints as 0; JSON has no NaN or infinity
    QByteArray out;
    if (value < 0) {
        out += '-';
        value = -value;
    }
    // Shortest round-trip digits, then laid out by the ECMAScript rules.
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    const size_t e = text.find('e');
    std::string digits;
    for (char c : text.substr(0, e)) {
        if (c != '.')
            digits += c;
    }
    const int exponent = std::stoi(std::string(text.substr(e + 1)));
    const int k = int(digits.size());
    const int n = exponent + 1; // value = digits x 10^(n-k)
    if (k <= n && n <= 21) {
        out += QByteArray::fromStdString(digits) + QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += QByteArray::fromStdString(digits.substr(0, size_t(n))) + '.' +
               QByteArray::fromStdString(digits.substr(size_t(n)));
    } else if (-6 < n && n <= 0) {
        out += "0." + QByteArray(-n, '0') + QByteArray::fromStdString(digits);
    } else {
        out += QByteArray::fromStdString(digits.substr(0, 1));
        if (k > 1)
            out += '.' + QByteArray::fromStdString(digits.substr(1));
        out += 'e';
        out += n - 1 >= 0 ? "+" : "-";
        out += QByteArray::number(std::abs(n - 1));
    }
    return out;
}

Result<QByteArray> Jcs::canonicalize(const QJsonValue &value)
{
    QByteArray out;
    if (!appendValue(out, value))
        return Error{QStringLiteral("jcs.number"),
                     tr("the document holds a number that a double cannot represent exactly, "
                        "so it has no canonical form (RFC 8785)")};
    return out;
}

} // namespace vcdesk
