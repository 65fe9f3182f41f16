#include "models/QrCodeImage.h"

#include <qrcodegen.hpp>

#include <QLocale>

#include <cstring>
#include <optional>
#include <vector>

namespace vcdesk {

namespace {

qrcodegen::QrCode::Ecc toQrcodegen(QrCodeImage::Ecc ecc)
{
    switch (ecc) {
    case QrCodeImage::Ecc::Low:
        return qrcodegen::QrCode::Ecc::LOW;
    case QrCodeImage::Ecc::Medium:
        return qrcodegen::QrCode::Ecc::MEDIUM;
    case QrCodeImage::Ecc::Quartile:
        return qrcodegen::QrCode::Ecc::QUARTILE;
    case QrCodeImage::Ecc::High:
        return qrcodegen::QrCode::Ecc::HIGH;
    }
    return qrcodegen::QrCode::Ecc::MEDIUM;
}

/// The code, or nothing when the text does not fit in version 40 at this level.
std::optional<qrcodegen::QrCode> encode(const QByteArray &bytes, QrCodeImage::Ecc ecc)
{
    try {
        // encodeText picks numeric/alphanumeric/byte mode but reads a C string: a NUL byte
        // would cut the text short, so such bytes go in as they are.
        if (bytes.contains('\0')) {
            const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
            return qrcodegen::QrCode::encodeBinary(data, toQrcodegen(ecc));
        }
        return qrcodegen::QrCode::encodeText(bytes.constData(), toQrcodegen(ecc));
    } catch (const qrcodegen::data_too_long &) {
        return std::nullopt;
    }
}

} // namespace

int QrCodeImage::capacityBytes(Ecc ecc)
{
    // Byte mode, version 40 (ISO/IEC 18004 table 7).
    switch (ecc) {
    case Ecc::Low:
        return 2953;
    case Ecc::Medium:
        return 2331;
    case Ecc::Quartile:
        return 1663;
    case Ecc::High:
        return 1273;
    }
    return 2331;
}

namespace {

Error tooLarge(qsizetype size, QrCodeImage::Ecc ecc)
{
    const QLocale locale;
    return Error{
        QStringLiteral("qr.too_large_to_show"),
        QrCodeImage::tr("This is too large to show as a QR code (%1 bytes; a QR code holds at "
                        "most %2 at this error correction, %3 at the lowest).")
            .arg(locale.toString(qint64(size)), locale.toString(QrCodeImage::capacityBytes(ecc)),
                 locale.toString(QrCodeImage::capacityBytes(QrCodeImage::Ecc::Low)))};
}

} // namespace

Result<int> QrCodeImage::moduleCount(const QByteArray &utf8, Ecc ecc)
{
    const auto code = encode(utf8, ecc);
    if (!code)
        return tooLarge(utf8.size(), ecc);
    return code->getSize();
}

Result<QImage> QrCodeImage::render(const QByteArray &utf8, int modulePx, Ecc ecc)
{
    if (modulePx < 1 || modulePx > kMaxModulePx)
        return Error{QStringLiteral("qr.invalid_module_size"),
                     tr("A QR code module must be 1 to %1 pixels wide, not %2.")
                         .arg(kMaxModulePx)
                         .arg(modulePx)};
    const auto code = encode(utf8, ecc);
    if (!code)
        return tooLarge(utf8.size(), ecc);

    const int modules = code->getSize();
    const int side = (modules + 2 * kQuietZone) * modulePx;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return Error{QStringLiteral("qr.out_of_memory"),
                     tr("There is not enough memory to draw this QR code.")};
    image.fill(0xff);
    // One row of pixels per module row, copied modulePx times.
    for (int y = 0; y < modules; ++y) {
        uchar *first = image.scanLine((kQuietZone + y) * modulePx);
        uchar *out = first + kQuietZone * modulePx;
        for (int x = 0; x < modules; ++x, out += modulePx) {
            if (code->getModule(x, y))
                std::memset(out, 0, size_t(modulePx));
        }
        for (int row = 1; row < modulePx; ++row)
            std::memcpy(image.scanLine((kQuietZone + y) * modulePx + row), first, size_t(side));
    }
    return image;
}

} // namespace vcdesk
