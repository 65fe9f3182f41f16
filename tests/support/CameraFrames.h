#pragma once

// Synthetic camera frames for the kiosk's scanner: a QR code (drawn by QrCodeImage) held up to
// a 1280x720 camera, as a QVideoFrame like the one QVideoSink delivers. The code is washed out
// (dark grey on light grey, as a camera sees a phone screen or paper), turned, skewed (a phone
// held not quite square to the camera: an affine stand-in for perspective), blurred (slightly
// out of focus) and covered in sensor noise. The same seed gives the same frame.

#include "models/QrCodeImage.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <algorithm>
#include <cstring>
#include <vector>

namespace vcdesk::test {

struct Distortion
{
    double degrees = 0;   // rotation
    double shear = 0;     // horizontal shear (tan of the angle)
    double squeeze = 1.0; // vertical scale against horizontal (foreshortening)
    int blurRadius = 0;   // box blur, pixels each side
    int noise = 0;        // uniform sensor noise, +- grey levels
    int modulePx = 4;     // pixels a module, before turning
};

/// Realistic levels a kiosk camera sees and the tests assert decode: turned 6 degrees, skewed
/// 0.1, foreshortened 10 %, a 1-pixel box blur, +-12 grey levels of noise, 4 pixels a module.
inline Distortion realisticDistortion()
{
    return Distortion{6, 0.1, 0.9, 1, 12, 4};
}

/// The same for `text`: a code wider than 560 pixels (over 132 modules, about 1,500 bytes at 4
/// pixels a module: a presentation) is held squarer, as people do when a kiosk does not read
/// it at once: turned 3 degrees, skewed 0.08, so it still fits the frame's height.
inline Distortion realisticDistortion(const QByteArray &text)
{
    const auto modules = QrCodeImage::moduleCount(text, QrCodeImage::Ecc::Low);
    if (!modules || 4 * (modules.value() + 2 * QrCodeImage::kQuietZone) <= 560)
        return realisticDistortion();
    return Distortion{3, 0.08, 0.88, 1, 14, 4};
}

/// A box blur of `radius` (separable, in place) on an RGB32 grey picture.
inline void boxBlur(QImage &image, int radius)
{
    if (radius <= 0)
        return;
    const int w = image.width(), h = image.height();
    std::vector<int> line(size_t(std::max(w, h)));
    for (int pass = 0; pass < 2; ++pass) {
        const bool horizontal = pass == 0;
        const int n = horizontal ? w : h, lines = horizontal ? h : w;
        for (int l = 0; l < lines; ++l) {
            auto px = [&](int i) -> QRgb & {
                return horizontal ? reinterpret_cast<QRgb *>(image.scanLine(l))[i]
                                  : reinterpret_cast<QRgb *>(image.scanLine(i))[l];
            };
            for (int i = 0; i < n; ++i)
                line[size_t(i)] = qGray(px(i));
            for (int i = 0; i < n; ++i) {
                int sum = 0, count = 0;
                for (int k = std::max(0, i - radius); k <= std::min(n - 1, i + radius);
                     ++k, ++count)
                    sum += line[size_t(k)];
                const int v = sum / count;
                px(i) = qRgb(v, v, v);
            }
        }
    }
}

/// The frame as a QImage (RGB32). No text: only the background and noise.
inline QImage cameraImage(const QByteArray &text, const Distortion &d = realisticDistortion(),
                          quint32 seed = 1, QSize size = {1280, 720})
{
    QImage image(size, QImage::Format_RGB32);
    // A room: lighter at the top, falling off to the right.
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int v = 120 + 30 * (image.height() - y) / image.height() - 25 * x / image.width();
            line[x] = qRgb(v, v, v);
        }
    }
    if (!text.isEmpty()) {
        QImage code = QrCodeImage::render(text, d.modulePx, QrCodeImage::Ecc::Low)
                          .value()
                          .convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < code.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(code.scanLine(y));
            for (int x = 0; x < code.width(); ++x) {
                const int v = qGray(line[x]) > 127 ? 205 : 50;
                line[x] = qRgb(v, v, v);
            }
        }
        QPainter painter(&image);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        QTransform t;
        t.translate(image.width() / 2.0, image.height() / 2.0);
        t.rotate(d.degrees);
        t.shear(d.shear, 0);
        t.scale(1.0, d.squeeze);
        t.translate(-code.width() / 2.0, -code.height() / 2.0);
        painter.setTransform(t);
        painter.drawImage(0, 0, code);
    }
    boxBlur(image, d.blurRadius);
    if (d.noise > 0) {
        QRandomGenerator random(seed);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int v =
                    qBound(0, qGray(line[x]) + int(random.bounded(2 * d.noise + 1)) - d.noise, 255);
                line[x] = qRgb(v, v, v);
            }
        }
    }
    return image;
}

/// `image` as the QVideoFrame a camera delivers (BGRX, which RGB32 is in memory on little
/// endian machines).
inline QVideoFrame videoFrame(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), Q_BYTE_ORDER == Q_LITTLE_ENDIAN
                                                        ? QVideoFrameFormat::Format_BGRX8888
                                                        : QVideoFrameFormat::Format_XRGB8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
                    size_t(rgb.width()) * 4);
    frame.unmap();
    return frame;
}

} // namespace vcdesk::test
