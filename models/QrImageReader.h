#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPolygon>
#include <QString>
#include <QStringList>

namespace vcdesk {

/// Finds the QR codes in a picture (a screenshot, a camera frame, an image file) and reads
/// their text, for the wallet's "scan" and the kiosk's camera. Decoding is ZXing-C++ on the
/// picture's luminance, trying harder and in all four orientations, QR codes only. Pictures
/// with transparency are put on white first, so a code drawn on a transparent background
/// reads. Light modules on dark (inverted colours) are tried when nothing is found the
/// ordinary way.
///
/// A code whose content is not valid UTF-8 text (binary data, another character set) is
/// skipped; when every code found is skipped the error is "qr.not_text". Other errors:
/// "qr.none_found", "qr.unreadable_image" (null or empty picture), "qr.too_large" (more than
/// kMaxPixels pixels, refused before any conversion), and for files "qr.unreadable_file".
///
/// No threads and no state: callers run it off the GUI thread. Allocation stays bounded: at
/// most one RGB32 copy of the picture (none for grey, RGB32 and 24-bit pictures with a code)
/// and ZXing's working buffers (a grey copy inside ZXing).
class QrImageReader
{
    Q_DECLARE_TR_FUNCTIONS(QrImageReader)
public:
    /// The largest picture read: 40 megapixels (a 7,680 x 5,120 photo is 39.3).
    static constexpr qint64 kMaxPixels = 40'000'000;

    struct Code
    {
        QString text;
        /// Corners of the code in picture pixels: top left, top right, bottom right, bottom
        /// left, as the code is oriented (a code upside down has its top left at the bottom
        /// right of the picture).
        QPolygon corners;
    };

    /// Every QR code found with text, in the order ZXing reports them (top to bottom, roughly).
    static Result<QList<Code>> find(const QImage &image);
    /// The texts of find().
    static Result<QStringList> read(const QImage &image);
    /// read() on an image file (any format Qt reads). A file that is not an image, damaged,
    /// truncated, or declares more than kMaxPixels is an error, never a crash or a huge
    /// allocation.
    static Result<QStringList> readFile(const QString &path);
};

} // namespace vcdesk
