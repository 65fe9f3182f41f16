// LatestFrameDecoder fed like a camera feeds it: 1280x720 grey, noisy frames, some with a QR
// code (drawn by QrCodeImage) somewhere in them. offer() never decodes on the caller's
// thread (nothing is reported before the event loop runs); a burst is mostly dropped and
// the newest frame is the one decoded; found() comes once with the request; a code that is
// no request is said once; reset() looks again; the decoder may die while it decodes.
// QTEST_MAIN (a QGuiApplication on the offscreen platform): QPainter draws the frames.

#include "core/common/ActivityBase.h"
#include "models/LatestFrameDecoder.h"
#include "models/QrCodeImage.h"
#include "models/QrImageReader.h"

#include <QPainter>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

using namespace vcdesk;

namespace {

const QString kRequest = QStringLiteral(
    "openid4vp://?client_id=decentralized_identifier%3Adid%3Aexample%3Averifier&request_uri="
    "https%3A%2F%2Fverifier.example.org%2Foid4vp%2Frequest%2F7f3c2a1e-9b4d-4e8f-a6c5");
const QString kMenu = QStringLiteral("https://restaurant.example/menu");

/// A camera-like frame: mid grey with a little light falling off to one side, noise on
/// every pixel (the same seed, the same frame), and the QR code of `text` at `at`, its
/// modules `modulePx` wide, slightly washed out (dark grey on light grey, as a camera sees
/// paper). No text: only noise.
QImage frame(const QString &text = {}, QPoint at = {500, 200}, int modulePx = 4,
             QSize size = {1280, 720}, quint32 seed = 1)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int v = qBound(0, 110 + x * 30 / image.width() + int(random.bounded(25)), 255);
            line[x] = qRgb(v, v, v);
        }
    }
    if (!text.isEmpty()) {
        QImage code = QrCodeImage::render(text.toUtf8(), modulePx).value();
        code = code.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < code.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(code.scanLine(y));
            for (int x = 0; x < code.width(); ++x) {
                const int noise = int(random.bounded(20));
                const int v = qGray(line[x]) > 127 ? 215 + noise : 40 + noise;
                line[x] = qRgb(v, v, v);
            }
        }
        QPainter(&image).drawImage(at, code);
    }
    return image;
}

} // namespace

class TestLatestFrameDecoder : public QObject
{
    Q_OBJECT
private slots:
    void theFramesAreReadable()
    {
        // The test frames themselves, read directly: a failure below is the decoder's.
        QCOMPARE(QrImageReader::read(frame(kRequest)).value(), QStringList{kRequest});
        QVERIFY(!QrImageReader::read(frame()));
    }

    void aBurstIsMostlyDroppedAndFoundOnce()
    {
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        QSignalSpy refused(&decoder, &LatestFrameDecoder::notARequest);
        const QImage withCode = frame(kRequest);
        QVERIFY(decoder.wantsFrame());
        for (int i = 0; i < 30; ++i)
            decoder.offer(withCode);
        // Every offer returned without decoding: nothing has been reported or counted, and
        // only the first frame is being decoded (on another thread), one more waits.
        QCOMPARE(found.count(), 0);
        QCOMPARE(decoder.decoded(), 0);
        QVERIFY(decoder.isDecoding());
        QVERIFY(!decoder.wantsFrame());
        QCOMPARE(decoder.dropped(), 28);

        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
        QCOMPARE(found.first().first().toString(), kRequest);
        QVERIFY(decoder.hasFound());
        QVERIFY(!decoder.wantsFrame());
        QVERIFY(!decoder.isDecoding()); // the waiting frame was not decoded
        QCOMPARE(decoder.decoded(), 1);
        QCOMPARE(decoder.dropped(), 29);
        QCOMPARE(refused.count(), 0);

        // Found: later frames are not even looked at.
        decoder.offer(withCode);
        QVERIFY(!decoder.isDecoding());
        QTest::qWait(50);
        QCOMPARE(found.count(), 1);
        QCOMPARE(decoder.decoded(), 1);
    }

    void theNewestFrameIsTheOneDecoded()
    {
        // The first frame (empty) decodes; 28 empty ones replace each other in the waiting
        // place; the last one, with the code, replaces them and is decoded next.
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        const QImage empty = frame();
        for (int i = 0; i < 29; ++i)
            decoder.offer(empty);
        decoder.offer(frame(kRequest, {100, 300}));
        QCOMPARE(decoder.dropped(), 28);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
        QCOMPARE(found.first().first().toString(), kRequest);
        QCOMPARE(decoder.decoded(), 2);
    }

    void framesWithoutACodeSayNothing()
    {
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        QSignalSpy refused(&decoder, &LatestFrameDecoder::notARequest);
        for (quint32 seed = 1; seed <= 3; ++seed) {
            decoder.offer(frame({}, {}, 4, {1280, 720}, seed));
            QTRY_VERIFY_WITH_TIMEOUT(!decoder.isDecoding(), 20000);
        }
        decoder.offer(QImage()); // a null frame is ignored
        QVERIFY(!decoder.isDecoding());
        QCOMPARE(decoder.decoded(), 3);
        QCOMPARE(found.count(), 0);
        QCOMPARE(refused.count(), 0);
        QVERIFY(decoder.wantsFrame());
    }

    void aCodeThatIsNoRequestIsSaidOnce()
    {
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        QSignalSpy refused(&decoder, &LatestFrameDecoder::notARequest);
        const QImage menu = frame(kMenu, {200, 100});
        for (int i = 0; i < 3; ++i) {
            decoder.offer(menu);
            QTRY_VERIFY_WITH_TIMEOUT(!decoder.isDecoding(), 20000);
        }
        QCOMPARE(decoder.decoded(), 3);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), kMenu);
        QCOMPARE(found.count(), 0);
        QVERIFY(decoder.wantsFrame()); // still looking

        // Another non-request is said too; then the request is found.
        decoder.offer(frame(QStringLiteral("WIFI:S:cafe;T:WPA;P:secret;;")));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, 20000);
        decoder.offer(frame(kRequest));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
        QCOMPARE(refused.count(), 2);
    }

    void bothCodesInOneFrame()
    {
        // A request next to a menu code: the request is found; whether the menu is said
        // depends on the order ZXing reports them, so only found() is checked.
        QImage both = frame(kMenu, {40, 40});
        QPainter(&both).drawImage(QPoint(700, 200), frame(kRequest, {0, 0}, 4, {500, 500}));
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        decoder.offer(both);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
        QCOMPARE(found.first().first().toString(), kRequest);
    }

    void resetLooksAgain()
    {
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        QSignalSpy refused(&decoder, &LatestFrameDecoder::notARequest);
        decoder.offer(frame(kMenu));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
        decoder.offer(frame(kRequest));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);

        decoder.reset();
        QVERIFY(!decoder.hasFound());
        QVERIFY(decoder.wantsFrame());
        decoder.offer(frame(kMenu));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, 20000); // said again after reset
        decoder.offer(frame(kRequest));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 2, 20000);
    }

    void resetDuringADecodeDropsItsResult()
    {
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        decoder.offer(frame(kRequest));
        QVERIFY(decoder.isDecoding());
        decoder.reset(); // the person cancelled while the frame was read
        QTRY_VERIFY_WITH_TIMEOUT(!decoder.isDecoding(), 20000);
        QCOMPARE(decoder.decoded(), 1);
        QCOMPARE(found.count(), 0);
        // The next round finds it.
        decoder.offer(frame(kRequest));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
    }

    void anotherPredicate()
    {
        // The kiosk looks for credentials, not requests: anything starting "eyJ" here.
        LatestFrameDecoder decoder([](const QString &text) { return text.startsWith("eyJ"); });
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        QSignalSpy refused(&decoder, &LatestFrameDecoder::notARequest);
        decoder.offer(frame(kRequest));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
        decoder.offer(frame(QStringLiteral("eyJhbGciOiJFUzI1NiJ9.eyJ2YyI6e319.c2ln")));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
    }

    void bigFramesAreScaledDown()
    {
        QCOMPARE(LatestFrameDecoder::prepared(QImage(1280, 720, QImage::Format_RGB32)).size(),
                 QSize(1280, 720));
        QCOMPARE(LatestFrameDecoder::prepared(QImage(1920, 1080, QImage::Format_RGB32)).size(),
                 QSize(1280, 720));
        QCOMPARE(LatestFrameDecoder::prepared(QImage(3840, 2160, QImage::Format_RGB32)).size(),
                 QSize(1280, 720));
        QCOMPARE(LatestFrameDecoder::prepared(QImage(1080, 1920, QImage::Format_RGB32)).size(),
                 QSize(720, 1280));
        // A 4K frame with a code of modest size still reads after the scaling.
        LatestFrameDecoder decoder;
        QSignalSpy found(&decoder, &LatestFrameDecoder::found);
        decoder.offer(frame(kRequest, {1500, 700}, 6, {3840, 2160}));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
        QCOMPARE(found.first().first().toString(), kRequest);
    }

    void destroyedWhileDecoding()
    {
        QPointer<LatestFrameDecoder> decoder = new LatestFrameDecoder;
        bool reported = false;
        connect(decoder, &LatestFrameDecoder::found, this, [&] { reported = true; });
        decoder->offer(frame(kRequest, {500, 200}, 4, {3840, 2160}));
        decoder->offer(frame(kRequest)); // one waiting too
        QVERIFY(decoder->isDecoding());
        delete decoder; // does not wait for the decode
        // The decode ends on the worker, its result goes nowhere.
        QTRY_VERIFY_WITH_TIMEOUT(ActivityBase::pool()->activeThreadCount() == 0, 20000);
        QTest::qWait(50); // anything it posted has been delivered (or dropped)
        QVERIFY(!reported);
    }

    void aSlotMayDeleteTheDecoder()
    {
        auto *decoder = new LatestFrameDecoder;
        QPointer<LatestFrameDecoder> alive(decoder);
        connect(decoder, &LatestFrameDecoder::found, this, [decoder] { delete decoder; });
        decoder->offer(frame(kRequest));
        decoder->offer(frame(kRequest)); // waiting: must not be decoded after the delete
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 20000);
    }
};

QTEST_MAIN(TestLatestFrameDecoder)
#include "tst_latest_frame_decoder.moc"
