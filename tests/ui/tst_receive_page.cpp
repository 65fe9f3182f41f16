// Receiving over OpenID4VCI through the window, as a person does, against a local issuer on
// loopback and a real wallet file: an offer pasted where presentations start is taken to the
// Receive page; the offer shows who offers what; a transaction code typo is said on the spot
// and nothing is sent; Receive stores the credential; a credential bound to someone else
// waits for the person, and Discard keeps nothing; an offer handed to the locked window waits
// for the unlock; the issuer's and the credentials' logos are shown beside their names; an offer
// that needs a sign-in opens the browser (a stand-in that follows the redirects), can open it again
// or copy its address, and can be cancelled while the person is away. With several keys the person
// chooses the one the credentials are bound to; one the issuer cannot bind is said on the offer,
// before anything is sent. Every control of the page has an accessible name.

#include "core/store/Wallet.h"
#include "models/ReceiveController.h"
#include "support/LocalSignInServer.h"
#include "support/LocalVciIssuer.h"
#include "support/LoopbackPolicy.h"
#include "support/ScriptedBrowser.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/CredentialsPage.h"
#include "ui/KeyPicker.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/PresentPage.h"
#include "ui/ReceivePage.h"
#include "ui/SignInPanel.h"
#include "ui/UnlockPage.h"

#include <QBuffer>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace vcdesk;

/// The system browser as QDesktopServices reaches it (setUrlHandler): it notes each page it
/// is asked to open and, once `follow` is set, loads it (a scripted browser).
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> asked;
    bool follow = false;
    test::ScriptedBrowser browser;

public slots:
    void openUrl(const QUrl &url)
    {
        asked << url;
        if (follow)
            browser.open(url);
    }
};

class TestReceivePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_walletPath;
    QString m_holderDid;

    /// The window on the test wallet, unlocked, with `offer` pasted where presentations start.
    std::unique_ptr<MainWindow> windowGiven(const QString &offer)
    {
        auto window = std::make_unique<MainWindow>(m_walletPath);
        window->setNetworkPolicy(test::loopbackPolicy());
        window->show();
        if (!test::unlockWindow(*window))
            return nullptr;
        window->receivePage()->controller()->setTrustListPath(m_dir.filePath("trust.json"));
        window->credentialsPage()->findChild<QPushButton *>("presentCredential")->click();
        auto *link = window->presentPage()->findChild<QLineEdit *>("link");
        link->setText(offer);
        QTest::keyClick(link, Qt::Key_Return);
        return window;
    }

    static QString label(QWidget *page, const char *name)
    {
        auto *found = page->findChild<QLabel *>(name);
        return found ? found->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_walletPath = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_walletPath);
        const qint64 profile = wallet->profiles().list().value().first().id;
        m_holderDid = wallet->keys().list(profile).value().first().did;
    }

    void anOfferPastedUnderPresentIsReceived()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(issuer.credentialFor(m_holderDid)));
        auto window = windowGiven(issuer.offer(4));
        QVERIFY(window);
        ReceivePage *page = window->receivePage();
        QTRY_COMPARE(window->currentWalletPage(), static_cast<QWidget *>(page));
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("offer"), 10000);
        QVERIFY(label(page, "issuer").contains("Local issuer"));
        auto *offered = page->findChild<QTreeWidget *>("offered");
        QCOMPARE(offered->topLevelItemCount(), 1);
        QCOMPARE(offered->topLevelItem(0)->text(0), QStringLiteral("Membership"));
        auto *code = page->findChild<QLineEdit *>("transactionCode");
        QVERIFY(code->isVisible());
        QVERIFY(!page->findChild<QLineEdit *>("clientId")->isVisible()); // no sign-in
        QVERIFY(label(page, "codeHelp").contains("By SMS"));
        QCOMPARE(code->maxLength(), 4);

        // Letters do not go in; two digits are said to be too few, and nothing is sent.
        QTest::keyClicks(code, "ab12");
        QCOMPARE(code->text(), QStringLiteral("12"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY(!label(page, "offerProblem").isEmpty());
        QCOMPARE(page->step(), QStringLiteral("offer"));
        QCOMPARE(issuer.server.hits("/token"), 0);

        QTest::keyClicks(code, "34");
        page->findChild<QPushButton *>("receive")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 15000);
        QCOMPARE(label(page, "outcomeTitle"), QStringLiteral("Received"));
        QTRY_COMPARE_WITH_TIMEOUT(issuer.server.hits("/notification"), 1, 10000);
        page->findChild<QPushButton *>("finished")->click();
        QCOMPARE(window->currentWalletPage(), static_cast<QWidget *>(window->credentialsPage()));
        QCOMPARE(page->step(), QStringLiteral("start"));
    }

    void logosAreShownBesideTheNames()
    {
        test::LocalVciIssuer issuer;
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        issuer.server.route("/logo.png", test::TestHttpServer::Response{200, png, "image/png"});
        issuer.metadata.insert(
            "display", QJsonArray{QJsonObject{
                           {"name", "Local issuer"},
                           {"locale", "en"},
                           {"logo", QJsonObject{{"uri", issuer.server.url("/logo.png").toString()},
                                                {"alt_text", "Local <b>seal</b>"}}}}});
        QJsonObject configurations =
            issuer.metadata.value("credential_configurations_supported").toObject();
        QJsonObject membership = configurations.value("Membership").toObject();
        membership.insert(
            "display",
            QJsonArray{QJsonObject{
                {"name", "Membership"},
                {"logo", QJsonObject{{"uri", "data:image/png;base64," +
                                                 QString::fromLatin1(png.toBase64())}}}}});
        configurations.insert("Membership", membership);
        issuer.metadata.insert("credential_configurations_supported", configurations);
        issuer.publish();
        auto window = windowGiven(issuer.offer());
        QVERIFY(window);
        ReceivePage *page = window->receivePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("offer"), 10000);
        auto *logo = page->findChild<QLabel *>("issuerLogo");
        QTRY_VERIFY_WITH_TIMEOUT(logo->isVisible(), 10000);
        QVERIFY(!logo->pixmap().isNull());
        QVERIFY(logo->pixmap().deviceIndependentSize().width() <= 48);
        QCOMPARE(logo->accessibleName(), QStringLiteral("Local <b>seal</b>")); // not markup
        auto *offered = page->findChild<QTreeWidget *>("offered");
        QTRY_VERIFY_WITH_TIMEOUT(!offered->topLevelItem(0)->icon(0).isNull(), 10000);
        QCOMPARE(issuer.server.hits("/logo.png"), 1);
    }

    void aCredentialForSomeoneElseWaitsAndIsDiscarded()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route("/credential", test::LocalVciIssuer::issued(
                                               issuer.credentialFor("did:example:someone-else")));
        auto window = windowGiven(issuer.offer());
        QVERIFY(window);
        ReceivePage *page = window->receivePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("offer"), 10000);
        QVERIFY(!page->findChild<QLineEdit *>("transactionCode")->isVisible());
        page->findChild<QPushButton *>("receive")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("decision"), 15000);
        QVERIFY(label(page, "decisionText").contains("not about you"));
        // Someone else's credential cannot be kept; Enter keeps nothing.
        QVERIFY(!page->findChild<QPushButton *>("keepAnyway")->isVisible());
        auto *discard = page->findChild<QPushButton *>("discard");
        QTRY_VERIFY(discard->hasFocus());
        QTest::keyClick(discard, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 10000);
        QCOMPARE(label(page, "outcomeTitle"), QStringLiteral("Not kept"));
        QTRY_COMPARE_WITH_TIMEOUT(issuer.server.hits("/notification"), 1, 10000);
        QVERIFY(issuer.server.lastRequest("/notification").body.contains("credential_deleted"));
    }

    void whatIsNoOfferIsSaidOnTheStartStep()
    {
        auto window = std::make_unique<MainWindow>(m_walletPath);
        window->show();
        QVERIFY(test::unlockWindow(*window));
        window->receiveAction()->trigger();
        ReceivePage *page = window->receivePage();
        QCOMPARE(window->currentWalletPage(), static_cast<QWidget *>(page));
        auto *link = page->findChild<QLineEdit *>("offerLink");
        QTest::keyClicks(link, "https://example.com/no-offer-here");
        QTest::keyClick(link, Qt::Key_Return);
        QTRY_VERIFY(!label(page, "problem").isEmpty());
        QCOMPARE(page->step(), QStringLiteral("start"));
        for (QWidget *control : page->findChildren<QWidget *>())
            if (qobject_cast<QPushButton *>(control) || qobject_cast<QLineEdit *>(control) ||
                qobject_cast<QTreeWidget *>(control))
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }

    void anOfferHandedOverWhileLockedWaitsForTheUnlock()
    {
        test::LocalVciIssuer issuer;
        MainWindow window(m_walletPath);
        window.setNetworkPolicy(test::loopbackPolicy());
        window.show();
        window.present(issuer.offer());
        QTRY_VERIFY(window.messageBar()->text().contains("unlock your wallet"));
        QVERIFY(window.messageBar()->text().contains("offer"));
        QVERIFY(test::typePassphrase(window));
        QTRY_COMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.receivePage()));
        QTRY_COMPARE_WITH_TIMEOUT(window.receivePage()->step(), QStringLiteral("offer"), 10000);
        QCOMPARE(issuer.server.hits("/token"), 0);
    }

    void anOfferThatNeedsASignInGoesThroughTheBrowser()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        issuer.issueToTheProvenKey();
        // The system browser, as QDesktopServices reaches it: the first time the person does
        // not get to it (the tab was lost); "Open the sign-in page again" brings it back.
        BrowserStandIn browser;
        QDesktopServices::setUrlHandler("http", &browser, "openUrl");
        auto window = windowGiven(issuer.signInOffer("from-the-issuer"));
        QVERIFY(window);
        ReceivePage *page = window->receivePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("offer"), 10000);
        QVERIFY(!page->findChild<QLineEdit *>("transactionCode")->isVisible());
        QVERIFY(label(page, "signInNote").contains("sign in at 127.0.0.1"));
        // The client id the issuer gave the person (most do not: the field stays empty).
        auto *clientId = page->findChild<QLineEdit *>("clientId");
        QVERIFY(clientId->isVisible());
        QTest::keyClicks(clientId, "  wallet-dev ");
        page->findChild<QPushButton *>("receive")->click();
        QTRY_COMPARE_WITH_TIMEOUT(browser.asked.size(), 1, 10000);
        auto *panel = page->findChild<QWidget *>("signInPanel");
        QVERIFY(panel->isVisible());
        QVERIFY(label(page, "signInText").contains("127.0.0.1"));
        QVERIFY(!page->findChild<QLabel *>("signInProblem")->isVisible());
        QCOMPARE(page->step(), QStringLiteral("working"));
        QCOMPARE(issuer.server.hits("/token"), 0);

        page->findChild<QPushButton *>("copySignIn")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 browser.asked.first().toString(QUrl::FullyEncoded));
        browser.follow = true;
        page->findChild<QPushButton *>("openSignIn")->click();
        // A fresh page: the request is pushed again, its address used once.
        QTRY_COMPARE_WITH_TIMEOUT(browser.asked.size(), 2, 10000);
        QVERIFY(browser.asked.at(1) != browser.asked.at(0));
        QCOMPARE(issuer.server.hits("/par"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 15000);
        QDesktopServices::unsetUrlHandler("http");
        QCOMPARE(label(page, "outcomeTitle"), QStringLiteral("Received"));
        QVERIFY(!panel->isVisible());
        QMutexLocker lock(&signIn.state->mutex);
        QCOMPARE(signIn.state->lastAuthorization.value("issuer_state"),
                 QStringLiteral("from-the-issuer"));
        QCOMPARE(signIn.state->lastAuthorization.value("client_id"), QStringLiteral("wallet-dev"));
    }

    void aSignInCanBeCancelledWhileTheBrowserIsOpen()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, false);
        BrowserStandIn browser; // the person never finishes
        QDesktopServices::setUrlHandler("http", &browser, "openUrl");
        auto window = windowGiven(issuer.signInOffer("s"));
        QVERIFY(window);
        ReceivePage *page = window->receivePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("offer"), 10000);
        page->findChild<QPushButton *>("receive")->click();
        QTRY_COMPARE_WITH_TIMEOUT(browser.asked.size(), 1, 10000);
        QTest::keyClick(page->findChild<QPushButton *>("cancelWork"), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 5000);
        QDesktopServices::unsetUrlHandler("http");
        QCOMPARE(label(page, "outcomeTitle"), QStringLiteral("Cancelled"));
        QVERIFY(label(page, "outcomeText").contains("sign-in at the issuer was stopped"));
        QCOMPARE(issuer.server.hits("/token"), 0);
    }

    void anExpiredSignInAddressIsNotCopiedButCanBeMadeAfresh()
    {
        BrowserStandIn browser;
        QDesktopServices::setUrlHandler("https", &browser, "openUrl");
        SignInPanel panel;
        panel.open(QUrl("https://issuer.example/authorize?client_id=vcdesk&request_uri=urn:x"),
                   QDateTime::currentDateTimeUtc().addMSecs(300));
        QCOMPARE(browser.asked.size(), 1);
        auto *again = panel.findChild<QPushButton *>("openSignIn");
        auto *copy = panel.findChild<QPushButton *>("copySignIn");
        QVERIFY(again->isEnabled() && copy->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!copy->isEnabled(), 5000);
        QVERIFY(label(&panel, "signInText").contains("expired"));
        // An expired address is not copied, but a fresh page can be asked for.
        QSignalSpy wanted(&panel, &SignInPanel::freshPageWanted);
        QVERIFY(again->isEnabled());
        again->click();
        QCOMPARE(wanted.count(), 1);
        QVERIFY(!again->isEnabled()); // until it comes or is refused
        QCOMPARE(browser.asked.size(), 1);
        // The issuer would not make one: said, and the person may ask again.
        panel.showRefusal("no fresh sign-in page: <b>busy</b>");
        QVERIFY(again->isEnabled());
        QVERIFY(label(&panel, "signInProblem").contains("<b>busy</b>")); // plain text
        again->click();
        panel.open(QUrl("https://issuer.example/authorize?client_id=vcdesk&request_uri=urn:y"));
        QCOMPARE(browser.asked.size(), 2);
        QVERIFY(again->isEnabled() && copy->isEnabled());
        // A scheme other than the web's never leaves for another program.
        panel.open(QUrl("file:///etc/passwd"));
        QDesktopServices::unsetUrlHandler("https");
        QCOMPARE(browser.asked.size(), 2);
        QVERIFY(!panel.findChild<QLabel *>("signInProblem")->isHidden());
        QVERIFY(again->isEnabled()); // a new address, a new chance
    }

    // Last: it adds keys to the wallet the other tests share.
    void theKeyChosenOnTheOfferIsTheOneBound()
    {
        QString ed25519Did;
        QString otherDid;
        {
            auto wallet = Wallet::open(m_walletPath, Wallet::Access::ReadWrite);
            QByteArray passphrase = "pass";
            QVERIFY(wallet && (*wallet)->unlock(passphrase));
            const qint64 profile = (*wallet)->profiles().resolve({}).value().id;
            ed25519Did = (*wallet)
                             ->keys()
                             .generate(profile, KeyType::Ed25519, KeyStore::DidMethod::Key)
                             .value()
                             .did;
            otherDid = (*wallet)
                           ->keys()
                           .generate(profile, KeyType::P256, KeyStore::DidMethod::Jwk)
                           .value()
                           .did;
        }
        test::LocalVciIssuer issuer; // takes ES256 key proofs only
        issuer.issueToTheProvenKey();
        auto window = windowGiven(issuer.offer());
        QVERIFY(window);
        ReceivePage *page = window->receivePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("offer"), 10000);
        auto *keys = page->findChild<KeyPicker *>("keyPicker");
        QTRY_COMPARE_WITH_TIMEOUT(keys->count(), 3, 10000);
        QVERIFY(keys->isVisible());
        QCOMPARE(keys->keyDid(), m_holderDid); // the default key, until the person chooses
        const auto choose = [keys](const QString &did) {
            keys->setFocus();
            const int row = keys->findData(did);
            while (keys->currentIndex() < row)
                QTest::keyClick(keys, Qt::Key_Down);
            while (keys->currentIndex() > row)
                QTest::keyClick(keys, Qt::Key_Up);
        };

        // A key the issuer cannot bind is said on the offer; nothing is sent, the offer stays.
        choose(ed25519Did);
        page->findChild<QPushButton *>("receive")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!label(page, "offerProblem").isEmpty(), 10000);
        QCOMPARE(page->step(), QStringLiteral("offer"));
        QCOMPARE(issuer.server.hits("/token"), 0);
        QCOMPARE(page->findChild<QTreeWidget *>("offered")->topLevelItemCount(), 1);

        choose(otherDid);
        QCOMPARE(keys->keyDid(), otherDid);
        page->findChild<QPushButton *>("receive")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), QStringLiteral("outcome"), 15000);
        QCOMPARE(label(page, "outcomeTitle"), QStringLiteral("Received"));
        const QJsonObject body =
            QJsonDocument::fromJson(issuer.server.lastRequest("/credential").body).object();
        const QString proof =
            body.value("proofs").toObject().value("jwt").toArray().first().toString();
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(proof.section('.', 0, 0).toLatin1(),
                                                           QByteArray::Base64UrlEncoding))
                .object();
        QVERIFY(header.value("kid").toString().startsWith(otherDid + "#"));
    }
};

QTEST_MAIN(TestReceivePage)
#include "tst_receive_page.moc"
