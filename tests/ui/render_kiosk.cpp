// Puts the kiosk window in one of its states for a screenshot (scripts/screenshots.sh), against
// a local vcdesk-agent in a temporary folder with a holder who answers with the engine's code:
//   render_kiosk ready|scanned|verified|refused|trouble|operator
//   render_kiosk both|scan|shown|shown-refused     (a camera beside the QR code, or alone; a
//   credential held up to it as a synthetic camera frame, as it is or with its signature
//   changed)
// Nothing of the person's is touched.

#include "core/kiosk/KioskPin.h"
#include "models/KioskController.h"
#include "support/CameraFrames.h"
#include "support/KioskFixture.h"
#include "support/KioskWait.h"
#include "support/ScreenshotSetup.h"
#include "ui/KioskCamera.h"
#include "ui/KioskWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QtTest>

#include <cstdio>

using namespace vcdesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::setUpScreenshot();
    QCoreApplication::setOrganizationName(QStringLiteral("vcdesk-screenshots"));
    const QString state = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("ready");
    test::KioskFixture world;
    if (auto started = world.start(0, QStringLiteral("Alice Example")); !started) {
        std::fprintf(stderr, "render_kiosk: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    KioskConfig config = world.config();
    config.title = QStringLiteral("Members' entrance");
    config.resetSeconds = 600;
    config.pollIntervalMs = 300;
    config.shownClaims = {{QStringLiteral("name"), QStringLiteral("Member")}};
    config.operatorPinHash = KioskPin::hash(QStringLiteral("2468")).value();
    const bool shown = state.startsWith(QLatin1String("shown"));
    if (state == QLatin1String("both") || shown)
        config.mode = KioskConfig::Mode::Both;
    else if (state == QLatin1String("scan"))
        config.mode = KioskConfig::Mode::ScanQr;
    KioskController kiosk(config);
    KioskWindow window(&kiosk);
    window.showOnWholeScreen();
    kiosk.start();
    if (!test::waitForState(kiosk, KioskController::State::Ready))
        return 1;
    std::unique_ptr<PresentationSession> holder;
    if (state == QLatin1String("scanned") || state == QLatin1String("verified") ||
        state == QLatin1String("refused")) {
        holder = world.scan(kiosk.link());
        test::waitForState(kiosk, KioskController::State::Scanned);
        QElapsedTimer read;
        read.start();
        while (!kiosk.knowsRequest() && read.elapsed() < 10000)
            QTest::qWait(20);
    }
    if (state == QLatin1String("verified")) {
        (void)holder->present(PresentationBuilder::defaultSelection(holder->match()));
        test::waitForState(kiosk, KioskController::State::Verified);
    } else if (state == QLatin1String("refused")) {
        (void)holder->decline(QStringLiteral("not today"));
        test::waitForState(kiosk, KioskController::State::NotVerified);
    } else if (state == QLatin1String("trouble")) {
        world.stopAgent();
        test::waitForState(kiosk, KioskController::State::Trouble);
    } else if (shown) {
        QByteArray held = world.heldCredential();
        if (state == QLatin1String("shown-refused")) { // the signature changed
            const qsizetype at = held.indexOf('.', held.indexOf('.') + 1) + 5;
            held[at] = held[at] == 'A' ? 'B' : 'A';
        }
        window.camera()->offerVideoFrame(
            test::videoFrame(test::cameraImage(held, test::realisticDistortion(held))));
        test::waitForState(kiosk, state == QLatin1String("shown")
                                      ? KioskController::State::Verified
                                      : KioskController::State::NotVerified);
    } else if (state == QLatin1String("operator")) {
        window.askToLeave();
        if (auto *pin = window.findChild<QLineEdit *>(QStringLiteral("operatorPin")))
            QTest::keyClicks(pin, QStringLiteral("11"));
    }
    return app.exec();
}
