#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// Multibase text (the first character names the base) as did:key and Multikey use it.
/// Supported: 'z' base58btc and 'u' base64url; anything else is refused with a clear error.
class Multibase
{
    Q_DECLARE_TR_FUNCTIONS(Multibase)
public:
    static constexpr qsizetype kMaxTextLength = 8192;

    static Result<QByteArray> decode(QByteArrayView text);
    static QByteArray encodeBase58Btc(QByteArrayView data); // with the 'z' prefix

    static Result<QByteArray> decodeBase58(QByteArrayView text);
    static QByteArray encodeBase58(QByteArrayView data);
};

} // namespace vcdesk
