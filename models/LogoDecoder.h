#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QImage>

namespace vcdesk {

/// Turns the untrusted bytes of a logo (ImageFetch) into a small picture for a page: PNG,
/// JPEG, GIF (its first frame) or WebP only, whatever the bytes claim to be (an SVG or any
/// other format Qt's plugins could read is refused); at most kMaxSide pixels a side declared
/// before a pixel is decoded, and Qt's allocation limit on the decode itself; then scaled to
/// fit `side` × `side` pixels. Runs on a worker thread (QImage, not QPixmap). Codes:
/// image.unreadable, image.unsupported_type, image.too_large.
class LogoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(LogoDecoder)
public:
    static constexpr int kMaxSide = 4096;
    static constexpr int kAllocationLimitMb = 64;

    static Result<QImage> decode(const QByteArray &bytes, int side);
};

} // namespace vcdesk
