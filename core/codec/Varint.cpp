#include "core/codec/Varint.h"

namespace vcdesk {

Result<quint64> Varint::read(QByteArrayView data, qsizetype &offset, bool minimal)
{
    quint64 value = 0;
    for (int i = 0; i < 10; ++i) {
        if (offset >= data.size())
            return Error{QStringLiteral("varint.truncated"), tr("varint is truncated")};
        const auto byte = static_cast<unsigned char>(data[offset++]);
        if (i == 9 && byte > 1)
            return Error{QStringLiteral("varint.overflow"), tr("varint does not fit in 64 bits")};
        value |= quint64(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0) {
            if (minimal && i > 0 && byte == 0)
                return Error{QStringLiteral("varint.not_minimal"),
                             tr("varint is not minimally encoded")};
            return value;
        }
    }
    return Error{QStringLiteral("varint.overflow"), tr("varint is longer than 10 bytes")};
}

QByteArray Varint::encode(quint64 value)
{
    QByteArray out;
    do {
        unsigned char byte = value & 0x7f;
        value >>= 7;
        if (value)
            byte |= 0x80;
        out.append(char(byte));
    } while (value);
    return out;
}

} // namespace vcdesk
