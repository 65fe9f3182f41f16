#include "core/codec/JsonNumber.h"

#include <QCborValue>

#include <charconv>
#include <cmath>
#include <string>

namespace vcdesk {

namespace {

/// A decimal number as its significant digits (no leading or trailing zeros) and the
/// exponent of its last digit: value = digits x 10^exponent. Zero has empty digits.
struct Decimal
{
    bool negative = false;
    std::string digits;
    long long exponent = 0;

    bool operator==(const Decimal &other) const
    {
        if (digits.empty() || other.digits.empty())
            return digits.empty() && other.digits.empty();
        return negative == other.negative && digits == other.digits && exponent == other.exponent;
    }
};

/// Reads JSON number syntax (already validated by the caller) or a to_chars result.
Decimal decimalOf(std::string_view text)
{
    Decimal out;
    size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        out.negative = true;
        ++i;
    }
    long long fractionDigits = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            inFraction = true;
        } else if (c >= '0' && c <= '9') {
            if (!(out.digits.empty() && c == '0'))
                out.digits += c;
            if (inFraction)
                ++fractionDigits;
        } else {
            break; // 'e' or 'E'
        }
    }
    long long exponent = 0;
    if (i < text.size()) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            negativeExponent = text[i++] == '-';
        for (; i < text.size(); ++i) {
            // Exponents beyond any double's range are clamped; they cannot compare equal.
            if (exponent < 100000)
                exponent = exponent * 10 + (text[i] - '0');
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    out.exponent = exponent - fractionDigits;
    while (!out.digits.empty() && out.digits.back() == '0') {
        out.digits.pop_back();
        ++out.exponent;
    }
    return out;
}

} // namespace

bool JsonNumber::isExactDouble(QByteArrayView literal, double value)
{
    if (!std::isfinite(value))
        return false;
    char buffer[64];
    const auto shortest =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const Decimal expected = decimalOf(std::string_view(buffer, size_t(shortest.ptr - buffer)));
    const Decimal given = decimalOf(std::string_view(literal.data(), size_t(literal.size())));
    return given == expected;
}

std::optional<double> JsonNumber::exactDouble(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // Qt keeps integers that fit in 64 bits as integers; doubles were checked when parsed.
    const QCborValue stored = QCborValue::fromJsonValue(value);
    if (!stored.isInteger())
        return value.toDouble();
    const std::string text = std::to_string(stored.toInteger());
    const double d = double(stored.toInteger());
    if (!isExactDouble(QByteArrayView(text.data(), qsizetype(text.size())), d))
        return std::nullopt;
    return d;
}

} // namespace vcdesk
