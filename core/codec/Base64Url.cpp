#include "core/codec/Base64Url.h"

namespace vcdesk {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

struct DecodeTable
{
    qint8 value[256];
};

constexpr DecodeTable makeDecodeTable()
{
    DecodeTable table{};
    for (qint8 &entry : table.value)
        entry = -1;
    for (int i = 0; i < 64; ++i)
        table.value[static_cast<unsigned char>(kAlphabet[i])] = static_cast<qint8>(i);
    return table;
}

// A plain array read through plain pointers below: std::array::operator[] and
// QByteArrayView::operator[] are calls in an unoptimized (Debug) build, and this loop runs
// over every byte of every token; they were a third of an inspection's decoding time there.
constexpr DecodeTable kDecodeTable = makeDecodeTable();
constexpr const qint8 *kDecode = kDecodeTable.value;

} // namespace

QByteArray Base64Url::encode(QByteArrayView data)
{
    // toBase64() only reads its input: no copy of it first.
    return QByteArray::fromRawData(data.data(), data.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> Base64Url::decode(QByteArrayView text)
{
    const qsizetype length = text.size();
    if (length % 4 == 1)
        return Error{QStringLiteral("base64url.length"),
                     tr("base64url text has an impossible length (%1 characters)").arg(length)};

    // Decoded size is exact for canonical input; write through a raw pointer (this runs on
    // every token part, and QByteArray::append(char) per byte dominated the profile).
    QByteArray out(length * 3 / 4, Qt::Uninitialized);
    char *write = out.data();
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    quint32 buffer = 0;
    int bits = 0;
    int lastValue = 0;
    qsizetype i = 0;
    // Whole groups of four characters (three bytes) at a time while all four are base64url;
    // a group with anything else is left to the loop below, which says what and where.
    for (; i + 4 <= length; i += 4) {
        const int a = kDecode[in[i]];
        const int b = kDecode[in[i + 1]];
        const int c = kDecode[in[i + 2]];
        const int d = kDecode[in[i + 3]];
        if ((a | b | c | d) < 0)
            break;
        const quint32 group =
            (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        *write++ = char(group >> 16);
        *write++ = char((group >> 8) & 0xff);
        *write++ = char(group & 0xff);
        lastValue = d;
    }
    for (; i < length; ++i) {
        const unsigned char c = in[i];
        const int value = kDecode[c];
        if (value < 0) {
            if (c == '=')
                return Error{QStringLiteral("base64url.padding"),
                             tr("base64url must not be padded with '='")};
            return Error{QStringLiteral("base64url.character"),
                         tr("character %1 at position %2 is not base64url")
                             .arg(c < 0x20 || c > 0x7e
                                      ? QStringLiteral("0x%1").arg(c, 2, 16, QLatin1Char('0'))
                                      : QString(QLatin1Char(char(c))))
                             .arg(i)};
        }
        lastValue = value;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *write++ = char((buffer >> bits) & 0xff);
        }
    }
    // Leftover bits (2 or 4) must be zero, otherwise several encodings map to the same bytes.
    if (bits > 0 && (lastValue & ((1 << bits) - 1)) != 0)
        return Error{QStringLiteral("base64url.trailing_bits"),
                     tr("base64url text is not canonical (non-zero trailing bits)")};
    Q_ASSERT(write == out.data() + out.size());
    return out;
}

} // namespace vcdesk
