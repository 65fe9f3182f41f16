#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace vcdesk {

/// Message digests through OpenSSL.
class Digest
{
public:
    static QByteArray sha256(QByteArrayView data);
    static QByteArray sha384(QByteArrayView data);
};

} // namespace vcdesk
