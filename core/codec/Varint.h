#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// Unsigned LEB128 integers, as multicodec prefixes and protobuf use them.
class Varint
{
    Q_DECLARE_TR_FUNCTIONS(Varint)
public:
    /// Reads one varint at `offset` and advances it. Refuses truncated input, more than
    /// 10 bytes, values over 64 bits and non-minimal encodings when `minimal` is set
    /// (multicodec requires minimal encoding; protobuf does not).
    static Result<quint64> read(QByteArrayView data, qsizetype &offset, bool minimal = false);
    static QByteArray encode(quint64 value);
};

} // namespace vcdesk
