// The kiosk window driven through its widgets against vcdesk-agent: the QR code on screen
// decodes (ZXing, from a grab of the window) to the request link shown under it; a holder's
// answer shows the configured claims as plain text and a tap resets; Ctrl+Alt+Q asks for the
// operator PIN, three wrong ones lock the prompt, the right one leaves; the pointer hides
// when idle; the big type grows with the screen. In mode both a code held up to the camera
// (a synthetic camera frame of the holder's credential) is verified and shown with the
// "shown, not presented" caveat, and a machine without a camera says so on the screen.

#include "core/kiosk/KioskPin.h"
#include "models/KioskController.h"
#include "models/LatestFrameDecoder.h"
#include "models/QrImageReader.h"
#include "support/CameraFrames.h"
#include "support/KioskFixture.h"
#include "support/KioskWait.h"
#include "support/ReportHelpers.h"
#include "ui/CameraScanner.h"
#include "ui/KioskCamera.h"
#include "ui/KioskWindow.h"
#include "ui/QrCodeView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace vcdesk;

class KioskWindowTest : public QObject
{
    Q_OBJECT

    test::KioskFixture m_world;

    template<typename T> static T *child(QWidget &window, const char *name)
    {
        T *found = window.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s in the kiosk window", name);
        return found;
    }

private slots:
    void initTestCase() { VCDESK_VERIFY_OK(m_world.start(0, "Alice <b>Admin</b>\u202e")); }

    void theCodeOnScreenIsTheRequestAndTheAnswerIsShownAsText()
    {
        KioskConfig config = m_world.config();
        config.resetSeconds = 600;
        config.title = "Members <i>only</i>";
        config.shownClaims = {{"name", "Member"}};
        KioskController kiosk(config);
        KioskWindow window(&kiosk);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));

        // The title is the operator's text, shown as text.
        QCOMPARE(child<QLabel>(window, "kioskTitle")->text(),
                 QStringLiteral("Members <i>only</i>"));
        QCOMPARE(child<QLabel>(window, "kioskTitle")->textFormat(), Qt::PlainText);
        // The code as painted on the screen reads back as the link (and the link is shown).
        auto *qr = child<QrCodeView>(window, "kioskQr");
        QTRY_VERIFY(!qr->code().isNull());
        QTest::qWait(100);
        const QImage screen = window.grab().toImage();
        auto read = QrImageReader::read(screen);
        VCDESK_VERIFY_OK(read);
        QCOMPARE(read->value(0), kiosk.link());
        QCOMPARE(child<QLabel>(window, "kioskLink")->text(), kiosk.link());
        QVERIFY(child<QLabel>(window, "kioskCountdown")->text().startsWith("New code in"));

        auto holder = m_world.scan(kiosk.link());
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned));
        QCOMPARE(child<QLabel>(window, "kioskMessageTitle")->text(),
                 QStringLiteral("Open your wallet"));
        QTRY_VERIFY(kiosk.knowsRequest());
        VCDESK_VERIFY_OK(holder->present(PresentationBuilder::defaultSelection(holder->match())));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Verified));
        QCOMPARE(child<QLabel>(window, "claimLabel0")->text(), QStringLiteral("Member"));
        auto *value = child<QLabel>(window, "claimValue0");
        QCOMPARE(value->textFormat(), Qt::PlainText);
        // Markup stays text; the right-to-left override is escaped, not obeyed.
        QVERIFY(value->text().startsWith(QStringLiteral("Alice <b>Admin</b>")));
        QVERIFY(!value->text().contains(QChar(0x202e)));
        QVERIFY(child<QLabel>(window, "kioskHeadline")->text().contains("Verified"));
        QVERIFY(child<QLabel>(window, "kioskIssuer")->text().startsWith("Issued by"));

        // A tap: the next person at once.
        QTest::mouseClick(child<QLabel>(window, "kioskHeadline"), Qt::LeftButton);
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready, 5000));
    }

    void aCodeHeldUpToTheCameraIsVerifiedOnScreen()
    {
        CameraScanner::setCamerasHiddenForTests(true); // no camera: said on the screen
        KioskConfig config = m_world.config();
        config.mode = KioskConfig::Mode::Both;
        config.resetSeconds = 600;
        config.shownClaims = {{"name", "Member"}};
        KioskController kiosk(config);
        KioskWindow window(&kiosk);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        QVERIFY(child<QrCodeView>(window, "kioskQr")->isVisible()); // both ways at once
        KioskCamera *camera = window.camera();
        QVERIFY(camera);
        QVERIFY(camera->hasProblem());
        auto *status = child<QLabel>(window, "kioskCameraStatus");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains("No camera"), qPrintable(status->text()));
        const QString firstLink = kiosk.link();

        // A frame as the camera would send it: the credential's code, turned, blurred, noisy.
        const QByteArray held = m_world.heldCredential();
        camera->offerVideoFrame(
            test::videoFrame(test::cameraImage(held, test::realisticDistortion(held))));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Verified, 15000));
        QVERIFY(child<QLabel>(window, "kioskHeadline")->text().contains("Verified"));
        auto *note = child<QLabel>(window, "kioskNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().startsWith("Shown, not presented"));
        QVERIFY(child<QLabel>(window, "claimValue0")->text().startsWith("Alice <b>Admin</b>"));

        // Space: the next person, with a new request and the camera reading again.
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready, 5000));
        QVERIFY(kiosk.link() != firstLink);
        QVERIFY(!camera->decoder()->hasFound());
        CameraScanner::setCamerasHiddenForTests(false);
    }

    void theOperatorLeavesOnlyWithThePin()
    {
        KioskConfig config = m_world.config();
        config.operatorPinHash = KioskPin::hash("2468").value();
        config.idleCursorSeconds = 1;
        KioskController kiosk(config);
        KioskWindow window(&kiosk);
        QSignalSpy leaving(&window, &KioskWindow::leaveRequested);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));

        QTRY_VERIFY_WITH_TIMEOUT(window.isPointerHidden(), 3000);
        QTest::mouseMove(&window, QPoint(300, 300));
        QVERIFY(!window.isPointerHidden());

        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(window.isAskingToLeave());
        auto *pin = child<QLineEdit>(window, "operatorPin");
        auto *message = child<QLabel>(window, "exitMessage");
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QVERIFY(!pin->accessibleName().isEmpty());
        for (int attempt = 0; attempt < 3; ++attempt) {
            QTest::keyClicks(pin, "1111");
            QTest::keyClick(pin, Qt::Key_Return);
            QTRY_VERIFY(message->text().startsWith("Wrong PIN"));
            if (attempt < 2)
                message->clear();
        }
        QVERIFY(message->text().contains("locked"));
        // Locked: even the right PIN does nothing for now.
        QTest::keyClicks(pin, "2468");
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(message->text().startsWith("Too many wrong PINs"));
        QCOMPARE(leaving.size(), 0);
        // The kiosk state changes meanwhile do not hide the prompt.
        QVERIFY(window.isAskingToLeave());

        // Cancel with Escape: back to the code.
        QTest::keyClick(pin, Qt::Key_Escape);
        QVERIFY(!window.isAskingToLeave());
        QCOMPARE(leaving.size(), 0);
    }

    void theRightPinLeaves()
    {
        KioskConfig config = m_world.config();
        config.operatorPinHash = KioskPin::hash("2468").value();
        KioskController kiosk(config);
        KioskWindow window(&kiosk);
        QSignalSpy leaving(&window, &KioskWindow::leaveRequested);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.askToLeave();
        QTest::keyClicks(child<QLineEdit>(window, "operatorPin"), "2468");
        QTest::mouseClick(child<QPushButton>(window, "leaveKiosk"), Qt::LeftButton);
        QTRY_COMPARE(leaving.size(), 1);
    }

    void typeGrowsWithTheScreen()
    {
        KioskController kiosk(m_world.config());
        KioskWindow window(&kiosk);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int small = child<QLabel>(window, "kioskTitle")->font().pixelSize();
        window.resize(1920, 1080);
        QTRY_VERIFY(child<QLabel>(window, "kioskTitle")->font().pixelSize() > small);
        // Readable from 1.5 m on a 1080p screen: body text of at least 40 px.
        QVERIFY(child<QLabel>(window, "kioskInstruction")->font().pixelSize() >= 40);
    }
};

QTEST_MAIN(KioskWindowTest)
#include "tst_kiosk_window.moc"
