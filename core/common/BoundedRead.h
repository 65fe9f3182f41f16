#pragma once

#include <QByteArray>

class QIODevice;

namespace vcdesk {

/// Reads a device to its end, but never more than one byte past `maxBytes`, so a caller can
/// tell "exactly at the cap" from "over it" (`size() > maxBytes`).
///
/// Why not `QIODevice::read(maxBytes + 1)`: Qt allocates the whole cap up front for that call
/// and shrinks it afterwards. With a cap of several MiB per small file, a batch spends most of
/// its time mapping and unmapping memory (TLB shootdowns on every core). This grows the buffer
/// as data comes, in chunks, and keeps reading a pipe until its end.
class BoundedRead
{
public:
    static constexpr qsizetype kChunkBytes = 64 * 1024;

    /// The bytes read; fewer than asked when the device ends or fails (`device.errorString()`
    /// then says why).
    static QByteArray upTo(QIODevice &device, qsizetype maxBytes);
};

} // namespace vcdesk
