// The camera scanner and the Present page's "From the camera…", without a camera (the tests
// hide any the machine has, so they run the same everywhere): no camera is said in a
// sentence and the page's other ways stay usable; Esc and Cancel leave; frames handed to the
// scanner as the camera would (offerFrame) are decoded off the GUI thread, a code that is no
// request is said, and a request starts the presentation against a real local agent, up to
// the consent step.

#include "core/api/VerifierApiClient.h"
#include "models/LatestFrameDecoder.h"
#include "models/PresentController.h"
#include "models/QrCodeImage.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/CameraScanner.h"
#include "ui/CredentialsPage.h"
#include "ui/MainWindow.h"
#include "ui/PresentPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;
    QString m_walletPath;

    std::unique_ptr<MainWindow> presentWindow()
    {
        auto window = std::make_unique<MainWindow>(m_walletPath);
        window->setNetworkPolicy(test::loopbackPolicy());
        window->show();
        if (!test::unlockWindow(*window))
            return nullptr;
        window->presentPage()->controller()->setTrustListPath(m_dir.filePath("trust.json"));
        window->credentialsPage()->findChild<QPushButton *>("presentCredential")->click();
        if (window->currentWalletPage() != static_cast<QWidget *>(window->presentPage()))
            return nullptr;
        return window;
    }

    static QString problem(PresentPage *page)
    {
        return page->findChild<QLabel *>("problem")->text();
    }

private slots:
    void initTestCase()
    {
        CameraScanner::setCamerasHiddenForTests(true);
        auto agent =
            test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.filePath("agent"), 60000);
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
        m_description = test::AgentDescription{m_agent->description()};
        m_walletPath = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_walletPath);
        const qint64 profileId = wallet->profiles().list().value().first().id;
        VCDESK_VERIFY_OK(test::issueIntoWallet(m_agent->baseUrl(), m_description, *wallet,
                                               profileId,
                                               QJsonObject{{"claim_type", "membership"}}));
    }

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

    void thePageSaysThereIsNoCameraAndTheLinkStillWorks()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        auto *fromCamera = page->findChild<QPushButton *>("fromCamera");
        QVERIFY(fromCamera);
        QVERIFY(!fromCamera->accessibleName().isEmpty());
        fromCamera->click();
        QCOMPARE(page->step(), QStringLiteral("start"));
        QCOMPARE(problem(page), kNoCamera);
        QVERIFY(fromCamera->isEnabled());
        QVERIFY(page->findChild<QPushButton *>("fromImage")->isEnabled());
        QVERIFY(page->findChild<QPushButton *>("fromScreen")->isEnabled());

        // The link field works as before.
        auto created = VerifierApiClient(QUrl(m_agent->baseUrl()), m_description.verifierToken(),
                                         test::loopbackPolicy())
                           .createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        auto *link = page->findChild<QLineEdit *>("link");
        link->setText(created->authRequestUri);
        QTest::keyClick(link, Qt::Key_Return);
        QCOMPARE(page->step(), QStringLiteral("working"));
        QVERIFY(problem(page).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
        page->findChild<QPushButton *>("decline")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
    }

    void aRequestSeenByTheCameraStartsThePresentation()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        auto *scanner = page->findChild<CameraScanner *>();
        QVERIFY(scanner);
        auto created = VerifierApiClient(QUrl(m_agent->baseUrl()), m_description.verifierToken(),
                                         test::loopbackPolicy())
                           .createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        QSignalSpy states(page->controller(), &PresentController::stateChanged);

        scanner->offerFrame(cameraFrame(created->authRequestUri));
        QCOMPARE(states.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 20000);
        QCOMPARE(states.first().first().value<PresentController::State>(),
                 PresentController::State::Opening);
        QCOMPARE(page->findChild<QLineEdit *>("link")->text(), created->authRequestUri);
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
        page->findChild<QPushButton *>("decline")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camera_scanner.moc"
