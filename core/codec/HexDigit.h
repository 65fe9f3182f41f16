#pragma once

namespace vcdesk {

/// The value of one hexadecimal digit (0-9, a-f, A-F), or -1 for any other byte. Shared by
/// the JSON parsers (\uXXXX escapes) and form decoding (%XX).
constexpr int hexDigitValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace vcdesk
