#include "models/LogoDecoder.h"

#include <QBuffer>
#include <QImageReader>

namespace vcdesk {

Result<QImage> LogoDecoder::decode(const QByteArray &bytes, int side)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(kAllocationLimitMb);
    if (!reader.canRead())
        return Error{QStringLiteral("image.unreadable"),
                     tr("the picture cannot be read: %1").arg(reader.errorString())};
    static const QList<QByteArray> raster{"png", "jpeg", "jpg", "gif", "webp"};
    if (!raster.contains(reader.format().toLower()))
        return Error{QStringLiteral("image.unsupported_type"),
                     tr("the picture is not PNG, JPEG, GIF or WebP")};
    const QSize declared = reader.size();
    if (!declared.isValid())
        return Error{QStringLiteral("image.unreadable"),
                     tr("the picture does not say how large it is")};
    if (declared.width() > kMaxSide || declared.height() > kMaxSide)
        return Error{QStringLiteral("image.too_large"),
                     tr("the picture is larger than %1 × %1 pixels").arg(kMaxSide)};
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return Error{QStringLiteral("image.unreadable"),
                     tr("the picture cannot be read: %1").arg(reader.errorString())};
    if (image.width() > side || image.height() > side)
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace vcdesk
