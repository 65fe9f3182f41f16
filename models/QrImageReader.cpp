#include "models/QrImageReader.h"

// Only bytes() is used; this silences 1.4's note about text() turning into std::string.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QStringDecoder>

namespace vcdesk {

namespace {

/// Qt's own limit for one decoded image, in megabytes (also its default): a 40-megapixel
/// picture with 32 bits a pixel fits, one with 64 (16-bit PNG) does not.
constexpr int kAllocationLimitMb = 256;

Error tooLarge(qint64 pixels)
{
    const QLocale locale;
    return Error{QStringLiteral("qr.too_large"),
                 QrImageReader::tr("The picture is too large to search for a QR code (%1 "
                                   "megapixels; at most %2).")
                     .arg(locale.toString(double(pixels) / 1e6, 'f', 1),
                          locale.toString(double(QrImageReader::kMaxPixels) / 1e6, 'f', 0))};
}

/// How ZXing names a QImage format it reads in place (it takes the luminance itself), or
/// ImageFormat::None.
ZXing::ImageFormat zxingFormat(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return ZXing::ImageFormat::Lum;
    case QImage::Format_RGB32: // 0xffRRGGBB in native byte order
        return Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? ZXing::ImageFormat::BGRX
                                               : ZXing::ImageFormat::XRGB;
    case QImage::Format_RGBX8888:
        return ZXing::ImageFormat::RGBX;
    case QImage::Format_RGB888:
        return ZXing::ImageFormat::RGB;
    case QImage::Format_BGR888:
        return ZXing::ImageFormat::BGR;
    default:
        return ZXing::ImageFormat::None;
    }
}

/// The picture in a format ZXing reads in place: as it is when it can (no copy),
/// transparency put on white (a code on a transparent background would otherwise sit on
/// black), anything else as RGB32. Not Format_Grayscale8: Qt 6.4 converts to it through a
/// colour transform that costs more than ZXing's whole search (bench_qr_decode).
QImage readable(const QImage &image)
{
    if (zxingFormat(image.format()) != ZXing::ImageFormat::None)
        return image;
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage opaque(image.size(), QImage::Format_RGB32);
    if (opaque.isNull())
        return {};
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    // Pixel rectangles on both sides: the picture's device pixel ratio must not scale it.
    painter.drawImage(opaque.rect(), image, image.rect());
    painter.end();
    return opaque;
}

/// Every valid QR code ZXing finds; nothing when it throws (it may, on allocation failure).
ZXing::Results decode(const QImage &picture)
{
    const ZXing::ImageView view(picture.constBits(), picture.width(), picture.height(),
                                zxingFormat(picture.format()), int(picture.bytesPerLine()));
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true);
    try {
        return ZXing::ReadBarcodes(view, hints);
    } catch (const std::exception &) {
        return {};
    }
}

QPolygon corners(const ZXing::Position &position)
{
    QPolygon polygon;
    for (const auto &point : position)
        polygon << QPoint(point.x, point.y);
    return polygon;
}

} // namespace

Result<QList<QrImageReader::Code>> QrImageReader::find(const QImage &image)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return Error{QStringLiteral("qr.unreadable_image"),
                     tr("The picture is empty, so there is no QR code to read.")};
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels > kMaxPixels)
        return tooLarge(pixels);

    QImage picture = readable(image);
    if (picture.isNull())
        return Error{QStringLiteral("qr.out_of_memory"),
                     tr("There is not enough memory to search this picture for a QR code.")};
    ZXing::Results results = decode(picture);
    if (results.empty()) {
        // ZXing 1.4 reads dark modules on light only; light on dark is a second pass (on a
        // copy, unless readable() made one already).
        picture.invertPixels(); // null when the copy cannot be allocated
        if (!picture.isNull())
            results = decode(picture);
    }

    QList<Code> codes;
    bool skipped = false;
    for (const ZXing::Result &result : results) {
        if (!result.isValid())
            continue;
        const ZXing::ByteArray &bytes = result.bytes();
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(
            QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
        if (utf8.hasError()) {
            skipped = true;
            continue;
        }
        codes << Code{std::move(text), corners(result.position())};
    }
    if (!codes.isEmpty())
        return codes;
    if (skipped)
        return Error{QStringLiteral("qr.not_text"),
                     tr("The QR code in the picture does not hold text that vcdesk can read.")};
    return Error{QStringLiteral("qr.none_found"), tr("No QR code was found in the picture.")};
}

Result<QStringList> QrImageReader::read(const QImage &image)
{
    auto codes = find(image);
    if (!codes)
        return codes.error();
    QStringList texts;
    for (const Code &code : codes.value())
        texts << code.text;
    return texts;
}

Result<QStringList> QrImageReader::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(kAllocationLimitMb);
    const auto unreadable = [&](const QString &why) {
        return Error{QStringLiteral("qr.unreadable_file"),
                     tr("The picture %1 cannot be read: %2").arg(name, why)};
    };
    if (!reader.canRead())
        return unreadable(reader.errorString());
    // Most formats declare their size in the header: refuse before decoding a pixel.
    const QSize declared = reader.size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > kMaxPixels)
        return tooLarge(qint64(declared.width()) * declared.height());
    QImage image;
    if (!reader.read(&image))
        return unreadable(reader.errorString());
    return read(image);
}

} // namespace vcdesk
