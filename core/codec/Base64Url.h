#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace vcdesk {

/// base64url without padding (RFC 4648 section 5, as JOSE uses it), canonical form only.
///
/// Qt's own decoder accepts padding, stray characters and non-zero trailing bits, which would
/// let two different strings stand for the same bytes (signature malleability in a JWS), so
/// decoding here refuses all of those.
class Base64Url
{
    Q_DECLARE_TR_FUNCTIONS(Base64Url)
public:
    static QByteArray encode(QByteArrayView data);
    static Result<QByteArray> decode(QByteArrayView text);
};

} // namespace vcdesk
