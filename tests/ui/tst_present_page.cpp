// Presenting through the window, as a person does, against a real vcdesk-agent on loopback
// and a real wallet file: a pasted link, a QR code in a picture file and a QR code marked on
// a grab of the screen each open the verifier's request; the consent step shows who asks and
// what would leave the wallet; Share ends with the verifier's auth-status "verified", Decline
// with its access_denied. Bad input (not a link, a picture without a code, a request the
// verifier does not know) is said in a sentence and sends nothing; a lock ends the
// presentation; a link handed to the window while it is locked waits for the unlock.

#include "core/api/VerifierApiClient.h"
#include "core/crypto/Jwk.h"
#include "core/net/HttpClient.h"
#include "core/store/Wallet.h"
#include "core/verify/TrustList.h"
#include "models/ConsentChoices.h"
#include "models/PresentController.h"
#include "models/QrCodeImage.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/PresentationFactory.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/ConsentView.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/PresentPage.h"
#include "ui/ScreenRegionPicker.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestPresentPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;
    QString m_walletPath;

    VerifierApiClient verifier() const
    {
        return VerifierApiClient(QUrl(m_agent->baseUrl()), m_description.verifierToken(),
                                 test::loopbackPolicy());
    }

    AuthStatus statusOf(const QString &correlationId)
    {
        auto status = verifier().authStatus(correlationId, "membershipCredential");
        if (!status)
            qFatal("auth-status: %s", qPrintable(status.error().toString()));
        return status.value();
    }

    VerifierApiClient::AuthRequest newRequest()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        if (!created)
            qFatal("auth request: %s", qPrintable(created.error().toString()));
        return created.value();
    }

    /// The window on the test wallet, unlocked, on the Present page.
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

    static QString label(QWidget *page, const char *name)
    {
        auto *found = page->findChild<QLabel *>(name);
        return found ? found->text() : QString();
    }

    /// A screen-like picture: grey, some text and boxes, and the QR code of `text` at `at`.
    static QImage screenWith(const QString &text, QPoint at, int modulePx = 3)
    {
        QImage screen(1920, 1080, QImage::Format_RGB32);
        screen.fill(QColor(0xe0, 0xe0, 0xe0));
        QPainter painter(&screen);
        painter.fillRect(QRect(40, 40, 600, 300), Qt::white);
        painter.drawText(QPoint(60, 80), "Scan to prove your membership");
        painter.fillRect(QRect(1200, 700, 500, 200), QColor(0x33, 0x66, 0x99));
        const QImage code = QrCodeImage::render(text.toUtf8(), modulePx).value();
        painter.drawImage(at, code);
        return screen;
    }

private slots:
    void initTestCase()
    {
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
        m_walletPath = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_walletPath);
        const qint64 profileId = wallet->profiles().list().value().first().id;
        VCDESK_VERIFY_OK(test::issueIntoWallet(
            m_agent->baseUrl(), m_description, *wallet, profileId,
            QJsonObject{{"claim_type", "membership"}, {"name", "Alice <b>Smith</b>"}}));
    }

    void pastedLinkSharedUntilVerified()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        QCOMPARE(page->step(), QStringLiteral("start"));
        const VerifierApiClient::AuthRequest created = newRequest();

        auto *link = page->findChild<QLineEdit *>("link");
        link->setFocus();
        QTest::keyClicks(link, created.authRequestUri);
        QTest::keyClick(link, Qt::Key_Return);
        QCOMPARE(page->step(), QStringLiteral("working")); // came back at once
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
        QCOMPARE(statusOf(created.correlationId).state, AuthStatus::State::Sent); // not yet

        // Who asks, authenticated by its DID; what would leave, as plain text.
        QVERIFY(label(page, "clientId").contains(m_description.party("verifier", "did")));
        QVERIFY(label(page, "authentication").startsWith("Checked: request signed by"));
        auto *leaves = page->findChild<QLabel *>("leaves0_0");
        QVERIFY(leaves);
        QCOMPARE(leaves->textFormat(), Qt::PlainText);
        QVERIFY2(leaves->text().contains("Alice <b>Smith</b>"), qPrintable(leaves->text()));
        QVERIFY(page->findChild<QRadioButton *>("candidate0_0")->isChecked());
        auto *share = page->findChild<QPushButton *>("share");
        QVERIFY(share->isEnabled());

        share->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
        QCOMPARE(page->controller()->outcome().kind, PresentController::Outcome::Kind::Shared);
        QCOMPARE(label(page, "outcomeTitle"), QStringLiteral("Shared"));
        QVERIFY(label(page, "outcomeClaims").contains("Alice <b>Smith</b>"));
        const AuthStatus status = statusOf(created.correlationId);
        QCOMPARE(status.state, AuthStatus::State::Verified);

        // Done: back to the list, the page ready for the next one.
        page->findChild<QPushButton *>("finished")->click();
        QCOMPARE(window->currentWalletPage(), static_cast<QWidget *>(window->credentialsPage()));
        QCOMPARE(page->step(), QStringLiteral("start"));
        QVERIFY(page->findChild<QLineEdit *>("link")->text().isEmpty());
    }

    void anOptionalClaimStaysInTheWalletUnlessSwitchedOn()
    {
        // The verifier asks for an e-mail credential's email, and its name only if the holder
        // wants (DCQL claim sets); the wallet holds such an SD-JWT VC, bound to its own key,
        // from an issuer the verifier trusts.
        const QByteArray admin = m_description.verifierToken("Verifier_Admin");
        HttpRequest define;
        define.method = "PUT";
        define.url = QUrl(m_agent->baseUrl() + "/private/webapp/definitions/emailOptional");
        define.headers << qMakePair(QByteArray("Authorization"), "Bearer " + admin);
        define.contentType = "application/json";
        define.body = R"({"types":["EmailCredential"],"claims":["email"],)"
                      R"("optionalClaims":["name"],"query":"dcql"})";
        auto defined = HttpClient(test::loopbackPolicy()).sendAndWait(define);
        VCDESK_VERIFY_OK(defined);
        QCOMPARE(defined->status, 200);
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        TrustList trust = TrustList::load(m_dir.filePath("agent/trust-list.json")).value();
        VCDESK_VERIFY_OK(trust.add(issuer.did, "Mail Example"));
        VCDESK_VERIFY_OK(trust.save(m_dir.filePath("agent/trust-list.json")));
        {
            auto wallet = Wallet::open(m_walletPath, Wallet::Access::ReadWrite).value();
            QByteArray passphrase("pass");
            VCDESK_VERIFY_OK(wallet->unlock(passphrase));
            const qint64 profile = wallet->profiles().list().value().first().id;
            const HolderKey key = wallet->keys().defaultKey(profile).value();
            CredentialRecord record;
            record.raw = test::sdJwtVc(
                issuer, Jwk::toPublicKey(key.publicJwk).value(), "EmailCredential",
                QJsonObject{{"email", "alice@mail.example"}, {"name", "Alice Example"}},
                {"email", "name"});
            record.format = "dc+sd-jwt";
            record.title = record.primaryType = "EmailCredential";
            record.types = QStringList{"EmailCredential"};
            record.issuer = issuer.did;
            record.verdict = Verdict::Valid;
            record.sourceKind = "import";
            VCDESK_VERIFY_OK(wallet->credentials().add(profile, record));
        }

        VerifierApiClient client(QUrl(m_agent->baseUrl()), m_description.verifierToken(),
                                 test::loopbackPolicy());
        for (const bool shareName : {false, true}) {
            auto window = presentWindow();
            QVERIFY(window);
            PresentPage *page = window->presentPage();
            auto created = client.createAuthRequest("emailOptional");
            VCDESK_VERIFY_OK(created);
            page->startWith(created->authRequestUri);
            QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
            // The required claim is listed; the optional one is a switch, off.
            QVERIFY(label(page, "leaves0_0").contains("alice@mail.example"));
            QVERIFY(!label(page, "leaves0_0").contains("Alice Example"));
            auto *optional = page->findChild<QCheckBox *>("optional0_0_0");
            QVERIFY(optional);
            QVERIFY(!optional->isChecked());
            QVERIFY(optional->text().contains("Alice Example"));
            if (shareName)
                optional->click();
            page->findChild<QPushButton *>("share")->click();
            QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
            QCOMPARE(page->controller()->outcome().kind, PresentController::Outcome::Kind::Shared);
            QCOMPARE(label(page, "outcomeClaims").contains("Alice Example"), shareName);
            const AuthStatus status =
                client.authStatus(created->correlationId, "emailOptional").value();
            QCOMPARE(status.state, AuthStatus::State::Verified);
            QCOMPARE(status.verifiedData.value("email").toString(),
                     QStringLiteral("alice@mail.example"));
            QCOMPARE(status.verifiedData.contains("name"), shareName); // only what was chosen
        }
    }

    void declineTellsTheVerifierNo()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        const VerifierApiClient::AuthRequest created = newRequest();
        page->startWith(created.authRequestUri);
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
        page->findChild<QPushButton *>("decline")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
        QCOMPARE(page->controller()->outcome().kind, PresentController::Outcome::Kind::Declined);
        QVERIFY(page->controller()->outcome().claims.isEmpty());
        QVERIFY(statusOf(created.correlationId).error.contains("access_denied"));
    }

    void qrCodeInAPictureFile()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        const VerifierApiClient::AuthRequest created = newRequest();
        const QString picture = m_dir.filePath("screenshot.png");
        QVERIFY(screenWith(created.authRequestUri, QPoint(900, 300)).save(picture));

        FileDialog::setNextOpenFileName(picture);
        page->findChild<QPushButton *>("fromImage")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
        QCOMPARE(page->findChild<QLineEdit *>("link")->text(), created.authRequestUri);
        page->findChild<QPushButton *>("share")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
        QCOMPARE(statusOf(created.correlationId).state, AuthStatus::State::Verified);
    }

    void qrCodeMarkedOnTheScreen()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        const VerifierApiClient::AuthRequest created = newRequest();
        const QImage screen = screenWith(created.authRequestUri, QPoint(1300, 200));

        // The picker shows the picture at half size; the person drags around the code.
        auto *picker = new ScreenRegionPicker(screen);
        picker->resize(960, 540);
        picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(picker));
        QSignalSpy picked(picker, &ScreenRegionPicker::picked);
        connect(picker, &ScreenRegionPicker::picked, page->controller(),
                &PresentController::startFromImage);
        QTest::mousePress(picker, Qt::LeftButton, {}, QPoint(630, 80));
        QTest::mouseMove(picker, QPoint(800, 200));
        QTest::mouseMove(picker, QPoint(900, 330));
        QTest::mouseRelease(picker, Qt::LeftButton, {}, QPoint(900, 330));
        QCOMPARE(picked.count(), 1);
        const QImage region = picked.first().first().value<QImage>();
        // Both corners are inside the mark (271 x 251 shown pixels), in the picture's pixels.
        QCOMPARE(region.size(), QSize(542, 502));
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
        page->findChild<QPushButton *>("share")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
        QCOMPARE(statusOf(created.correlationId).state, AuthStatus::State::Verified);
    }

    void escapeOnThePickerCancels()
    {
        auto *picker = new ScreenRegionPicker(screenWith("x", QPoint(10, 10)));
        QPointer<ScreenRegionPicker> alive(picker);
        picker->show();
        QSignalSpy cancelled(picker, &ScreenRegionPicker::cancelled);
        QSignalSpy picked(picker, &ScreenRegionPicker::picked);
        QTest::keyClick(picker, Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(picked.count(), 0);
        QTRY_VERIFY(!alive); // closed and deleted
    }

    void badInputIsSaidAndNothingIsSent()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        QSignalSpy failed(page->controller(), &PresentController::failed);

        // Not a request link: refused at once, nothing fetched.
        page->findChild<QLineEdit *>("link")->setText("https://example.com/not-a-request");
        page->findChild<QPushButton *>("start")->click();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(page->step(), QStringLiteral("start"));
        QVERIFY(label(page, "problem").startsWith("This is not a presentation request"));

        // A picture without a QR code, and a file that is no picture.
        const QString blank = m_dir.filePath("blank.png");
        QVERIFY(screenWith("", QPoint(-500, -500)).save(blank));
        FileDialog::setNextOpenFileName(blank);
        page->findChild<QPushButton *>("fromImage")->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        QCOMPARE(page->step(), QStringLiteral("start"));
        QVERIFY2(label(page, "problem").contains("No QR code"), qPrintable(label(page, "problem")));
        const QString junk = m_dir.filePath("junk.png");
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n garbage");
        file.close();
        FileDialog::setNextOpenFileName(junk);
        page->findChild<QPushButton *>("fromImage")->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 10000);
        QVERIFY(!label(page, "problem").isEmpty());

        // A QR code that is no request.
        const QString other = m_dir.filePath("other.png");
        QVERIFY(screenWith("https://example.com/menu", QPoint(100, 100)).save(other));
        FileDialog::setNextOpenFileName(other);
        page->findChild<QPushButton *>("fromImage")->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 4, 10000);
        QVERIFY(label(page, "problem").contains("no presentation request"));

        // A request the verifier does not know: an outcome in words, nothing sent.
        const QString unknown =
            "openid4vp://?client_id=" +
            QUrl::toPercentEncoding("decentralized_identifier:" +
                                    m_description.party("verifier", "did")) +
            "&request_uri=" + QUrl::toPercentEncoding(m_agent->baseUrl() + "/no/such/request");
        page->startWith(unknown);
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
        QCOMPARE(page->controller()->outcome().kind, PresentController::Outcome::Kind::Failed);
        QCOMPARE(label(page, "outcomeTitle"), QStringLiteral("Cannot use this request"));
        QVERIFY(label(page, "outcomeText").contains("Nothing was sent"));
    }

    void aLockEndsThePresentation()
    {
        auto window = presentWindow();
        QVERIFY(window);
        PresentPage *page = window->presentPage();
        const VerifierApiClient::AuthRequest created = newRequest();
        page->startWith(created.authRequestUri);
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("consent"), 10000);
        QSignalSpy locked(window->session(), &WalletSession::locked);
        window->lockAction()->trigger();
        QVERIFY(locked.count() == 1 || locked.wait(5000));
        QCOMPARE(window->currentWalletPage(), static_cast<QWidget *>(window->unlockPage()));
        QCOMPARE(page->step(), QStringLiteral("start"));
        QCOMPARE(page->controller()->state(), PresentController::State::Idle);
        QCOMPARE(page->controller()->choices()->partCount(), 0); // nothing of it kept
        QVERIFY(page->findChildren<QRadioButton *>().isEmpty() ||
                !page->findChild<ConsentView *>()->isVisible());
        QCOMPARE(statusOf(created.correlationId).state, AuthStatus::State::Sent); // nothing sent
    }

    void aLinkHandedOverWhileLockedWaitsForTheUnlock()
    {
        MainWindow window(m_walletPath);
        window.setNetworkPolicy(test::loopbackPolicy());
        window.show();
        const VerifierApiClient::AuthRequest created = newRequest();
        window.present(created.authRequestUri);
        QTRY_VERIFY(window.messageBar()->text().contains("unlock your wallet"));
        QVERIFY(test::typePassphrase(window));
        QTRY_COMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.presentPage()));
        QTRY_COMPARE_WITH_TIMEOUT(window.presentPage()->step(), QStringLiteral("consent"), 10000);
        QCOMPARE(window.presentPage()->findChild<QLineEdit *>("link")->text(),
                 created.authRequestUri);
    }
};

QTEST_MAIN(TestPresentPage)
#include "tst_present_page.moc"
