#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// gzip (or zlib) decompression with a hard cap on the output, so a small hostile input
/// (a "gzip bomb") cannot make vcdesk allocate gigabytes: decompression stops and fails as
/// soon as the output would pass `maxOutput`.
class Gzip
{
    Q_DECLARE_TR_FUNCTIONS(Gzip)
public:
    static Result<QByteArray> decompress(QByteArrayView compressed, qsizetype maxOutput);
    static QByteArray compress(QByteArrayView data);
};

} // namespace vcdesk
