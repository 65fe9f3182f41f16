#include "core/codec/Gzip.h"

#include <zlib.h>

namespace vcdesk {

Result<QByteArray> Gzip::decompress(QByteArrayView compressed, qsizetype maxOutput)
{
    z_stream stream{};
    // 32 + MAX_WBITS: accept both gzip and zlib headers.
    if (inflateInit2(&stream, 32 + MAX_WBITS) != Z_OK)
        return Error{QStringLiteral("gzip.init"), tr("cannot start decompression")};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    char chunk[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return Error{QStringLiteral("gzip.corrupt"),
                         rc == Z_BUF_ERROR ? tr("the compressed data is truncated")
                                           : tr("the compressed data is corrupt")};
        }
        const qsizetype produced = qsizetype(sizeof chunk - stream.avail_out);
        if (out.size() + produced > maxOutput) {
            inflateEnd(&stream);
            return Error{QStringLiteral("gzip.too_large"),
                         tr("the data expands to more than %1 bytes; refusing it").arg(maxOutput)};
        }
        out.append(chunk, produced);
        if (rc == Z_OK && produced == 0 && stream.avail_in == 0) {
            inflateEnd(&stream);
            return Error{QStringLiteral("gzip.corrupt"), tr("the compressed data is truncated")};
        }
    }
    inflateEnd(&stream);
    return out;
}

QByteArray Gzip::compress(QByteArrayView data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace vcdesk
