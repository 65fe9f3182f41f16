#include "core/codec/Multibase.h"

#include "core/codec/Base64Url.h"

#include <vector>

namespace vcdesk {

namespace {
constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

int base58Value(char c)
{
    for (int i = 0; i < 58; ++i) {
        if (kBase58Alphabet[i] == c)
            return i;
    }
    return -1;
}
} // namespace

Result<QByteArray> Multibase::decode(QByteArrayView text)
{
    if (text.isEmpty())
        return Error{QStringLiteral("multibase.empty"), tr("multibase text is empty")};
    if (text.size() > kMaxTextLength)
        return Error{QStringLiteral("multibase.too_long"),
                     tr("multibase text is longer than %1 characters").arg(kMaxTextLength)};
    switch (text[0]) {
    case 'z':
        return decodeBase58(text.sliced(1));
    case 'u':
        return Base64Url::decode(text.sliced(1));
    default:
        return Error{QStringLiteral("multibase.unsupported"),
                     tr("multibase prefix '%1' is not supported (only 'z' and 'u')")
                         .arg(QLatin1Char(text[0]))};
    }
}

QByteArray Multibase::encodeBase58Btc(QByteArrayView data)
{
    return QByteArray("z") + encodeBase58(data);
}

Result<QByteArray> Multibase::decodeBase58(QByteArrayView text)
{
    if (text.size() > kMaxTextLength)
        return Error{QStringLiteral("base58.too_long"), tr("base58 text is too long")};
    qsizetype zeros = 0;
    while (zeros < text.size() && text[zeros] == '1')
        ++zeros;
    // Big-endian base-256 accumulator; quadratic, which the length cap keeps cheap.
    std::vector<unsigned char> bytes;
    for (qsizetype i = zeros; i < text.size(); ++i) {
        const int value = base58Value(text[i]);
        if (value < 0)
            return Error{QStringLiteral("base58.character"),
                         tr("character at position %1 is not base58btc").arg(i)};
        int carry = value;
        for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
            carry += 58 * (*it);
            *it = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.insert(bytes.begin(), static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(zeros, '\0');
    out.append(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    return out;
}

QByteArray Multibase::encodeBase58(QByteArrayView data)
{
    qsizetype zeros = 0;
    while (zeros < data.size() && data[zeros] == 0)
        ++zeros;
    std::vector<unsigned char> digits; // base-58, most significant first
    for (qsizetype i = zeros; i < data.size(); ++i) {
        int carry = static_cast<unsigned char>(data[i]);
        for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
            carry += 256 * (*it);
            *it = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.insert(digits.begin(), static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }
    QByteArray out(zeros, '1');
    for (unsigned char d : digits)
        out.append(kBase58Alphabet[d]);
    return out;
}

} // namespace vcdesk
