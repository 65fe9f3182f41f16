#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// The bytes of a picture a document points to (an issuer's or a credential's logo, a
/// verifier's logo_uri): a `data:` URI with base64 content, or a URL fetched under the
/// network policy (https; loopback http only where the policy allows it; offline, nothing is
/// fetched). Only raster pictures are taken (PNG, JPEG, GIF, WebP) and at most kMaxBytes:
/// what a page shows is decorative, so an SVG (a program of its own) or anything larger is
/// refused, not rendered. The bytes are untrusted: decoding them is the caller's (with
/// limits, off the GUI thread). Blocking: a worker thread. Codes: image.unsupported_uri,
/// image.unsupported_type, image.too_large, image.unreadable, net.*.
class ImageFetch
{
    Q_DECLARE_TR_FUNCTIONS(ImageFetch)
public:
    static constexpr qsizetype kMaxBytes = 512 * 1024;

    struct Image
    {
        QByteArray bytes;
        QString mediaType; // as declared ("image/png"); empty when the server named none
    };

    static Result<Image> fetch(const QString &uri, NetworkPolicy policy);
    /// Whether `mediaType` (parameters ignored) is one of the raster types taken.
    static bool isRasterType(const QString &mediaType);

private:
    static Result<Image> fromDataUri(const QString &uri);
};

} // namespace vcdesk
