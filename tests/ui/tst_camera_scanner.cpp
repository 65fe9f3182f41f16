// The camera scanner without a camera (the tests hide any the machine has, so they run the
// same everywhere): no camera is said in a sentence; Esc and Cancel leave; frames handed to
// the scanner as the camera would (offerFrame) are decoded off the GUI thread, a code that
// is no request is said, and a request is found().

#include "models/LatestFrameDecoder.h"
#include "models/QrCodeImage.h"
#include "ui/CameraScanner.h"

#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace vcdesk;

namespace {

const QString kNoCamera =
    QStringLiteral("No camera was found. Use a picture, the screen or the link instead.");

/// A camera-like 1280x720 frame: grey with noise, the QR code of `text` held up in it.
QImage cameraFrame(const QString &text)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < frame.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(frame.scanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const int v = 100 + int(random.bounded(30));
            line[x] = qRgb(v, v, v);
        }
    }
    QPainter(&frame).drawImage(QPoint(420, 120), QrCodeImage::render(text.toUtf8(), 4).value());
    return frame;
}

} // namespace

class TestCameraScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CameraScanner::setCamerasHiddenForTests(true); }

    void noCameraIsSaid()
    {
        CameraScanner scanner;
        scanner.show();
        QSignalSpy unavailable(&scanner, &CameraScanner::unavailable);
        scanner.start();
        QCOMPARE(unavailable.count(), 1); // at once: nothing to wait for
        QCOMPARE(unavailable.first().first().toString(), kNoCamera);
        QCOMPARE(scanner.status(), kNoCamera);
        QVERIFY(!scanner.isActive());
        QVERIFY(scanner.findChild<QComboBox *>("cameraChoice")->isHidden());
    }

    void controlsAreNamed()
    {
        CameraScanner scanner;
        for (const char *name : {"cameraChoice", "cancelCamera"}) {
            auto *control = scanner.findChild<QWidget *>(name);
            QVERIFY2(control, name);
            QVERIFY2(!control->accessibleName().isEmpty(), name);
        }
        QVERIFY(scanner.findChild<QLabel *>("cameraStatus"));
    }

    void escapeAndCancelLeave()
    {
        CameraScanner scanner;
        QSignalSpy cancelled(&scanner, &CameraScanner::cancelled);
        scanner.show();
        scanner.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&scanner));
        // Esc is the Cancel button's shortcut (the button clicks itself a moment later).
        QTest::keyClick(&scanner, Qt::Key_Escape);
        QTRY_COMPARE(cancelled.count(), 1);
        scanner.findChild<QPushButton *>("cancelCamera")->click();
        QCOMPARE(cancelled.count(), 2);
    }

    void framesAreReadOffTheGuiThread()
    {
        CameraScanner scanner;
        QSignalSpy found(&scanner, &CameraScanner::found);
        const QString request =
            "openid4vp://?client_id=x&request_uri=https%3A%2F%2Fverifier.example%2Fr%2F1";
        scanner.offerFrame(cameraFrame("https://example.com/menu"));
        QCOMPARE(found.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(scanner.status(),
                                  QStringLiteral("This QR code is not a presentation request. "
                                                 "Hold up the code the verifier shows."),
                                  20000);
        scanner.offerFrame(cameraFrame(request));
        QCOMPARE(found.count(), 0); // offerFrame returned before anything was decoded
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
        QCOMPARE(found.first().first().toString(), request);
        QVERIFY(scanner.decoder()->hasFound());
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camera_scanner.moc"
