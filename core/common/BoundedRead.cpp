#include "core/common/BoundedRead.h"

#include <QIODevice>

#include <algorithm>

namespace vcdesk {

QByteArray BoundedRead::upTo(QIODevice &device, qsizetype maxBytes)
{
    const qsizetype limit = maxBytes + 1;
    QByteArray data;
    // A file says its size: one allocation of the right size (plus the byte that tells
    // "over the cap"). A pipe or socket says nothing: grow as chunks arrive.
    if (!device.isSequential())
        data.reserve(
            std::min<qint64>(limit, std::max<qint64>(0, device.size() - device.pos()) + 1));
    char chunk[kChunkBytes];
    while (data.size() < limit) {
        const qint64 got =
            device.read(chunk, std::min<qsizetype>(kChunkBytes, limit - data.size()));
        if (got <= 0) // end of input, or an error the device names
            break;
        data.append(chunk, qsizetype(got));
    }
    return data;
}

} // namespace vcdesk
