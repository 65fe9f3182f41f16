#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace vcdesk {

/// Text as a QR code picture, for the kiosk's request link and anything the wallet shows to a
/// camera: black modules on white, a quiet zone of four modules on every side, each module
/// an integer number of pixels (so the picture stays sharp; a widget scales it by whole
/// multiples). The bytes go into the code as they are (byte mode without an ECI marker, or
/// the denser numeric/alphanumeric modes when every byte allows it); readers, ours included,
/// take byte-mode content as UTF-8. Encoding uses Nayuki's qrcodegen.
///
/// Text that does not fit (more than 2,953 bytes at the lowest error correction, fewer at the
/// higher levels) is the error "qr.too_large_to_show", never an exception.
class QrCodeImage
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeImage)
public:
    /// How much of the code may be damaged or hidden and still read: about 7, 15, 25, 30 %.
    enum class Ecc { Low, Medium, Quartile, High };

    /// Light modules around the code, on each side, as the standard asks.
    static constexpr int kQuietZone = 4;
    /// The largest module size render() accepts (a version-40 code is then 5,920 px wide).
    static constexpr int kMaxModulePx = 32;

    /// The picture (Format_Grayscale8, square, (moduleCount + 2 * kQuietZone) * modulePx
    /// wide). Errors: "qr.too_large_to_show", "qr.invalid_module_size" (outside 1..32).
    static Result<QImage> render(const QByteArray &utf8, int modulePx = 8, Ecc ecc = Ecc::Medium);

    /// Modules per side of the code for this text, without the quiet zone (21 to 177), for a
    /// widget that picks its own module size. Error: "qr.too_large_to_show".
    static Result<int> moduleCount(const QByteArray &utf8, Ecc ecc = Ecc::Medium);

    /// The most bytes of arbitrary text a code holds at this level (2,953 at Low).
    static int capacityBytes(Ecc ecc);
};

} // namespace vcdesk
