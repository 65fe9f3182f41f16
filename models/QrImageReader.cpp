#include "models/QrImageReader.h"

// Only bytes() is used; this silences 1.4's note about text() turning into std::string.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
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

/// The picture's luminance, one byte a pixel. Transparent pixels count as white: a code
/// drawn on a transparent background would otherwise sit on black.
QImage luminance(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);

    // Over white: premultiplied channel + (255 - alpha), then the usual luma weights.
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage grey(argb.size(), QImage::Format_Grayscale8);
    if (argb.isNull() || grey.isNull())
        return {};
    for (int y = 0; y < argb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = in[x];
            const int white = 255 - qAlpha(p);
            const int r = qRed(p) + white, g = qGreen(p) + white, b = qBlue(p) + white;
            out[x] = uchar((306 * r + 601 * g + 117 * b + 0x200) >> 10);
        }
    }
    return grey;
}

ZXing::Results decode(const QImage &grey)
{
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true);
    return ZXing::ReadBarcodes(view, hints);
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

    QImage grey = luminance(image);
    if (grey.isNull())
        return Error{QStringLiteral("qr.out_of_memory"),
                     tr("There is not enough memory to search this picture for a QR code.")};
    ZXing::Results results = decode(grey);
    if (results.empty()) {
        // ZXing 1.4 reads dark modules on light only; light on dark is a second pass.
        grey.invertPixels();
        results = decode(grey);
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
