// What reading a QR code from a screen grab costs through QrImageReader (QImage in, texts
// out: the grey conversion, ZXing, UTF-8 checks) against ZXing-C++ alone on the same picture
// already in grey, with the same hints, measured in the same run. Also a grab with no code,
// where the reader makes a second, inverted pass, and what Qt's own grey conversion costs
// (the reason the reader hands RGB pictures to ZXing as they are).
//   bench_qr_decode [google benchmark flags]

#include "RatioReporter.h"
#include "models/QrCodeImage.h"
#include "models/QrImageReader.h"

// Only bytes() is used; this silences 1.4's note about text() turning into std::string.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QGuiApplication>
#include <QPainter>

#include <cstdio>

using namespace vcdesk;

namespace {

const QString kLink = QStringLiteral(
    "openid4vp://?client_id=x509_san_dns%3Averifier.example.org&request_uri=https%3A%2F%2F"
    "verifier.example.org%2Foid4vp%2Frequest%2F7f3c2a1e-9b4d-4e8f-a6c5-2d1b0e9f8a7c"
    "&request_uri_method=post&state=c29tZS1zdGF0ZS12YWx1ZQ");

/// A 1920x1080 grab: desktop, a window with text and buttons, and (optionally) the code at
/// 4 px a module.
QImage screenGrab(bool withCode)
{
    QImage screen(1920, 1080, QImage::Format_RGB32);
    screen.fill(QColor(0x5a, 0x5f, 0x66));
    QPainter p(&screen);
    p.fillRect(160, 90, 1500, 880, QColor(0xf4, 0xf4, 0xf2));
    p.fillRect(160, 90, 1500, 40, QColor(0x2b, 0x57, 0x9a));
    p.setPen(QColor(0x20, 0x20, 0x20));
    for (int i = 0; i < 24; ++i)
        p.drawText(200, 180 + 28 * i,
                   QStringLiteral("Line %1: the verifier asks for your email address.").arg(i));
    p.fillRect(200, 880, 160, 40, QColor(0x2b, 0x57, 0x9a));
    p.fillRect(1700, 90, 200, 400, QColor(0xe0, 0x6c, 0x30));
    if (withCode)
        p.drawImage(1200, 500, QrCodeImage::render(kLink.toUtf8(), 4).value());
    return screen;
}

struct Setup
{
    QImage grab = screenGrab(true);
    QImage grey = grab.convertToFormat(QImage::Format_Grayscale8);
    QImage emptyGrab = screenGrab(false);
    QImage emptyGrey = emptyGrab.convertToFormat(QImage::Format_Grayscale8);
};

Setup &setup()
{
    static Setup s;
    return s;
}

ZXing::Results zxingAlone(const QImage &grey)
{
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true);
    return ZXing::ReadBarcodes(view, hints);
}

void baselineZxing(benchmark::State &state)
{
    const QImage &grey = setup().grey;
    for (auto _ : state) {
        ZXing::Results results = zxingAlone(grey);
        if (results.size() != 1 || !results.front().isValid()) {
            state.SkipWithError("ZXing did not find the one code");
            break;
        }
        benchmark::DoNotOptimize(results);
    }
}

void readerFromRgb(benchmark::State &state)
{
    const QImage &grab = setup().grab;
    for (auto _ : state) {
        auto texts = QrImageReader::read(grab);
        if (!texts || texts->size() != 1 || texts->first() != kLink) {
            state.SkipWithError("the reader did not find the one code");
            break;
        }
        benchmark::DoNotOptimize(texts);
    }
}

void readerFromGrey(benchmark::State &state)
{
    const QImage &grey = setup().grey;
    for (auto _ : state) {
        auto texts = QrImageReader::read(grey);
        if (!texts || texts->size() != 1) {
            state.SkipWithError("the reader did not find the one code");
            break;
        }
        benchmark::DoNotOptimize(texts);
    }
}

void qtGreyConversion(benchmark::State &state)
{
    const QImage &grab = setup().grab;
    for (auto _ : state) {
        QImage grey = grab.convertToFormat(QImage::Format_Grayscale8);
        benchmark::DoNotOptimize(grey);
    }
}

void baselineZxingNoCode(benchmark::State &state)
{
    const QImage &grey = setup().emptyGrey;
    for (auto _ : state) {
        ZXing::Results results = zxingAlone(grey);
        benchmark::DoNotOptimize(results);
    }
}

void readerNoCode(benchmark::State &state)
{
    const QImage &grab = setup().emptyGrab;
    for (auto _ : state) {
        auto texts = QrImageReader::read(grab);
        if (texts || texts.error().code != QLatin1String("qr.none_found")) {
            state.SkipWithError("the reader found something in a grab without a code");
            break;
        }
        benchmark::DoNotOptimize(texts);
    }
}

} // namespace

BENCHMARK(baselineZxing)->Name("baseline/zxingOnGrey")->Unit(benchmark::kMillisecond);
BENCHMARK(readerFromRgb)->Name("reader/fromRgb32")->Unit(benchmark::kMillisecond);
BENCHMARK(readerFromGrey)->Name("reader/fromGrey")->Unit(benchmark::kMillisecond);
BENCHMARK(qtGreyConversion)->Name("qt/convertToGrayscale8")->Unit(benchmark::kMillisecond);
BENCHMARK(baselineZxingNoCode)->Name("baseline/zxingOnGreyNoCode")->Unit(benchmark::kMillisecond);
BENCHMARK(readerNoCode)->Name("reader/fromRgb32NoCode")->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // The grab draws text, which needs a QGuiApplication; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nOne QR code (OpenID4VP link, 4 px a module) in a 1920x1080 screen grab:\n");
    std::printf("  QrImageReader::read (RGB32 QImage) / ZXing alone on grey: %.2f\n",
                reporter.ratio("reader/fromRgb32", "baseline/zxingOnGrey"));
    std::printf("  QrImageReader::read (grey QImage)  / ZXing alone on grey: %.2f\n",
                reporter.ratio("reader/fromGrey", "baseline/zxingOnGrey"));
    std::printf("  (Qt's RGB32 -> Grayscale8 conversion alone / ZXing alone on grey: %.2f)\n",
                reporter.ratio("qt/convertToGrayscale8", "baseline/zxingOnGrey"));
    std::printf("The same grab without a code (the reader also tries inverted):\n");
    std::printf("  QrImageReader::read (RGB32 QImage) / ZXing alone on grey: %.2f\n",
                reporter.ratio("reader/fromRgb32NoCode", "baseline/zxingOnGreyNoCode"));
    std::fflush(stdout);
    return 0;
}
