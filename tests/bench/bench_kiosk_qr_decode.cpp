// Frames a second the kiosk's scanner decodes from 1280x720 camera frames: LatestFrameDecoder's
// decoding path (LatestFrameDecoder::prepared, then QrImageReader::read on the picture
// QVideoFrame::toImage gives) against bare ZXing-C++ (ZXing::ReadBarcodes with the same hints)
// on the same frames, measured in the same run. The frames are those of the kiosk tests
// (tests/support/CameraFrames.h): a signed JWT-VC in a QR code, turned, skewed, blurred and
// noisy; and frames with no code at all, the usual case in front of a kiosk (the reader then
// also tries inverted colours). Also the whole object: offer() a frame and wait for its result.
//   bench_kiosk_qr_decode [google benchmark flags]

#include "RatioReporter.h"
#include "core/common/HeapPolicy.h"
#include "models/LatestFrameDecoder.h"
#include "models/QrImageReader.h"
#include "support/CameraFrames.h"
#include "support/TokenFactory.h"

// Only bytes() is used; this silences 1.4's note about text() turning into std::string.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace vcdesk;

namespace {

constexpr int kFrames = 6;

struct Setup
{
    QByteArray token;
    std::vector<QVideoFrame> withCode, withoutCode;
    std::vector<QImage> withCodeImages, withoutCodeImages; // as toImage() gives them

    Setup()
    {
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        token = test::sign(issuer.key, test::credentialClaims(issuer.did, now - 60, now + 3600),
                           QJsonObject{{"kid", issuer.kid}});
        for (int i = 0; i < kFrames; ++i) {
            withCode.push_back(test::videoFrame(
                test::cameraImage(token, test::realisticDistortion(), quint32(i + 1))));
            withoutCode.push_back(test::videoFrame(
                test::cameraImage({}, test::realisticDistortion(), quint32(i + 1))));
            withCodeImages.push_back(withCode.back().toImage());
            withoutCodeImages.push_back(withoutCode.back().toImage());
        }
    }
};

Setup &setup()
{
    static Setup s;
    return s;
}

/// Bare ZXing on the frame's pixels as they are (BGRX), the reader's hints.
ZXing::Results zxingAlone(const QImage &frame)
{
    const ZXing::ImageView view(frame.constBits(), frame.width(), frame.height(),
                                Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? ZXing::ImageFormat::BGRX
                                                                : ZXing::ImageFormat::XRGB,
                                int(frame.bytesPerLine()));
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true);
    return ZXing::ReadBarcodes(view, hints);
}

void zxing(benchmark::State &state, bool code)
{
    const auto &frames = code ? setup().withCodeImages : setup().withoutCodeImages;
    size_t i = 0;
    for (auto _ : state) {
        ZXing::Results results = zxingAlone(frames[i++ % frames.size()]);
        if (code && (results.size() != 1 || !results.front().isValid())) {
            state.SkipWithError("ZXing did not read the code");
            break;
        }
        benchmark::DoNotOptimize(results);
    }
    state.SetItemsProcessed(state.iterations());
}

/// What the decoder's worker does with a frame; `convert`: from the QVideoFrame too.
void decoderPath(benchmark::State &state, bool code, bool convert)
{
    const Setup &s = setup();
    const QString expected = QString::fromLatin1(s.token);
    size_t i = 0;
    for (auto _ : state) {
        const size_t n = i++ % kFrames;
        const QImage image = convert ? (code ? s.withCode : s.withoutCode)[n].toImage()
                                     : (code ? s.withCodeImages : s.withoutCodeImages)[n];
        auto texts = QrImageReader::read(LatestFrameDecoder::prepared(image));
        if (code ? (!texts || texts->value(0) != expected) : bool(texts)) {
            state.SkipWithError("the decoding path did not read what the frame holds");
            break;
        }
        benchmark::DoNotOptimize(texts);
    }
    state.SetItemsProcessed(state.iterations());
}

/// The object itself: offer a frame, wait for its decode to end (worker thread, result
/// delivered through the event loop), look again.
void decoderObject(benchmark::State &state)
{
    const Setup &s = setup();
    LatestFrameDecoder decoder([](const QString &) { return true; });
    int found = 0;
    QObject::connect(&decoder, &LatestFrameDecoder::found, [&] { ++found; });
    size_t i = 0;
    for (auto _ : state) {
        decoder.reset();
        decoder.offer(s.withCode[i++ % kFrames].toImage());
        while (decoder.isDecoding())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    if (found != int(state.iterations()))
        state.SkipWithError("the decoder missed a code");
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK_CAPTURE(zxing, code, true)->Name("baseline/zxing")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decoderPath, code, true, false)
    ->Name("decoder/path")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decoderPath, fromVideoFrame, true, true)
    ->Name("decoder/pathFromVideoFrame")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(decoderObject)->Name("decoder/object")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(zxing, noCode, false)
    ->Name("baseline/zxingNoCode")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decoderPath, noCode, false, false)
    ->Name("decoder/pathNoCode")
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    HeapPolicy::apply(); // as vcdesk does at start-up
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    setup(); // the frames are made before anything is timed
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const auto fps = [&](const char *name) { return reporter.rate(name); };
    std::printf("\nA signed JWT-VC (%d bytes) in a QR code held up to a 1280x720 camera "
                "(turned, skewed, blurred, noisy):\n",
                int(setup().token.size()));
    std::printf("  bare ZXing::ReadBarcodes:                  %6.1f frames/s\n",
                fps("baseline/zxing"));
    std::printf("  LatestFrameDecoder's path:                 %6.1f frames/s  (time ratio %.2f)\n",
                fps("decoder/path"), reporter.ratio("decoder/path", "baseline/zxing"));
    std::printf("  ... from the QVideoFrame (toImage too):    %6.1f frames/s  (time ratio %.2f)\n",
                fps("decoder/pathFromVideoFrame"),
                reporter.ratio("decoder/pathFromVideoFrame", "baseline/zxing"));
    std::printf("  LatestFrameDecoder, offer to result:       %6.1f frames/s  (time ratio %.2f)\n",
                fps("decoder/object"), reporter.ratio("decoder/object", "baseline/zxing"));
    std::printf("The same camera with no code in view (the reader also tries inverted):\n");
    std::printf("  bare ZXing::ReadBarcodes:                  %6.1f frames/s\n",
                fps("baseline/zxingNoCode"));
    std::printf("  LatestFrameDecoder's path:                 %6.1f frames/s  (time ratio %.2f)\n",
                fps("decoder/pathNoCode"),
                reporter.ratio("decoder/pathNoCode", "baseline/zxingNoCode"));
    std::fflush(stdout);
    return 0;
}
