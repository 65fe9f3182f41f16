// The offer inbox through the window, against a real vcdesk-agent on loopback and a real
// wallet file: the holder's issuer account is asked in the background and its offer shown with
// its claims (as plain text); Accept has the agent issue (auto-issue, as in the sandbox), and
// the credential arrives checked in the list; Reject is kept and a later check does not bring
// the offer back; an issuer that cannot be reached is said on the page and nothing is lost.

#include "agent/AgentServer.h"
#include "core/api/IssuerAgentClient.h"
#include "core/store/OfferStore.h"
#include "models/CredentialListModel.h"
#include "models/OfferInbox.h"
#include "models/OfferListModel.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/CredentialsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/OffersPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestOffersPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;

    /// A wallet at `name` with the agent's holder as its issuer-agent account (and, when
    /// given, an account that answers nowhere).
    QString walletWithAccount(const QString &name, bool withDeadAccount = false)
    {
        const QString path = m_dir.filePath(name);
        auto wallet = test::createWallet(path);
        const qint64 profileId = wallet->profiles().list().value().first().id;
        Account account;
        account.name = "Sandbox issuer";
        account.kind = "issuer-agent";
        account.role = "holder";
        account.baseUrl = m_agent->baseUrl();
        account.secretKind = Account::SecretKind::ApiKey;
        account.secret = m_description.party("holder", "apiKey").toLatin1();
        if (!wallet->accounts().add(profileId, account))
            qFatal("account not added");
        if (withDeadAccount) {
            Account dead = account;
            dead.name = "Gone issuer";
            dead.baseUrl = "http://127.0.0.1:9"; // discard: nothing answers
            dead.secret = "x";
            if (!wallet->accounts().add(profileId, dead))
                qFatal("account not added");
        }
        return path;
    }

    QString offer(const QJsonObject &claims)
    {
        IssuerAgentClient issuer(QUrl(m_agent->baseUrl()),
                                 m_description.party("issuer", "apiKey").toLatin1(),
                                 test::loopbackPolicy());
        auto made = issuer.createOffer(m_description.connectionId(),
                                       m_description.party("issuer", "did"), 3600, claims);
        if (!made)
            qFatal("offer: %s", qPrintable(made.error().toString()));
        // Delivered to the holder a moment later (OfferPending -> OfferSent).
        if (!issuer.waitForState(made.value(), ProtocolState::OfferSent, 5000, 20))
            qFatal("offer not sent");
        return made->thid;
    }

    static std::unique_ptr<MainWindow> openWindow(const QString &path)
    {
        auto window = std::make_unique<MainWindow>(path);
        window->setNetworkPolicy(test::loopbackPolicy());
        window->show();
        if (!test::unlockWindow(*window))
            return nullptr;
        return window;
    }

    static int rowWithState(OfferListModel *model, const QString &state)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->offerAt(row)->state == state)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
        m_agent->run([](AgentServer &server) {
            server.issuerApi().setAutoIssue(true);
            return 0;
        });
    }

    void acceptedOfferArrivesCheckedInTheList()
    {
        offer({{"claim_type", "membership"}, {"name", "Bob <i>Builder</i>"}});
        const QString path = walletWithAccount("accept.db");
        auto window = openWindow(path);
        QVERIFY(window);
        OfferInbox *inbox = window->offerInbox();
        QVERIFY(inbox);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->lastSuccess().isValid(), 10000); // checked on unlock
        QCOMPARE(inbox->lastError(), QString());

        window->credentialsPage()->findChild<QPushButton *>("showOffers")->click();
        OffersPage *page = window->offersPage();
        QCOMPARE(window->currentWalletPage(), static_cast<QWidget *>(page));
        QTRY_VERIFY(page->findChild<QLabel *>("inboxStatus")->text().startsWith("Checked at"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->offerAt(0)->state, QStringLiteral("OfferReceived"));
        QCOMPARE(page->model()->data(page->model()->index(0, OfferListModel::StateColumn)),
                 QVariant("New offer"));
        page->selectRow(0);
        auto *details = page->findChild<QLabel *>("offerDetails");
        QTRY_VERIFY(details->text().contains("Bob <i>Builder</i>"));
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QVERIFY(details->text().contains("From: Sandbox issuer"));

        auto *accept = page->findChild<QPushButton *>("accept");
        QVERIFY(accept->isEnabled());
        QSignalSpy accepted(inbox, &OfferInbox::accepted);
        QSignalSpy working(inbox, &OfferInbox::working);
        accept->click();
        QVERIFY(accepted.wait(30000));
        QCOMPARE(working.count(), 1); // the long step went to the busy indicator
        CredentialListModel *list = window->credentialsPage()->model();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->recordAt(0)->verdict, Verdict::Valid);
        QCOMPARE(list->recordAt(0)->id, accepted.first().at(1).toLongLong());
        QVERIFY(window->messageBar()->text().contains("Credential received"));
        QCOMPARE(window->currentWalletPage(), static_cast<QWidget *>(window->credentialsPage()));
        QTRY_COMPARE(page->model()->offerAt(0)->state, QStringLiteral("CredentialReceived"));
        QCOMPARE(page->model()->offerAt(0)->credentialId, list->recordAt(0)->id);
    }

    void rejectIsKeptAndNotUndoneByTheNextCheck()
    {
        offer({{"claim_type", "newsletter"}});
        const QString path = walletWithAccount("reject.db");
        auto window = openWindow(path);
        QVERIFY(window);
        OfferInbox *inbox = window->offerInbox();
        window->offersAction()->trigger();
        OffersPage *page = window->offersPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithState(page->model(), "OfferReceived") >= 0, 10000);
        const int before = page->model()->rowCount();
        page->selectRow(rowWithState(page->model(), "OfferReceived"));
        page->findChild<QPushButton *>("reject")->click();
        QTRY_VERIFY(rowWithState(page->model(), OfferReceipt::kRejected) >= 0);

        QSignalSpy status(inbox, &OfferInbox::statusChanged);
        page->findChild<QPushButton *>("refresh")->click();
        QTRY_VERIFY(!inbox->isPolling() && status.count() >= 2);
        QTRY_COMPARE(page->model()->rowCount(), before);
        QVERIFY(rowWithState(page->model(), OfferReceipt::kRejected) >= 0); // still rejected
        QCOMPARE(window->credentialsPage()->model()->rowCount(), 0);
    }

    void anIssuerThatCannotBeReachedIsSaid()
    {
        const QString path = walletWithAccount("dead.db", true);
        auto window = openWindow(path);
        QVERIFY(window);
        OfferInbox *inbox = window->offerInbox();
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isPolling() && !inbox->lastError().isEmpty(), 30000);
        QVERIFY2(inbox->lastError().startsWith("Gone issuer:"), qPrintable(inbox->lastError()));
        window->offersAction()->trigger();
        auto *status = window->offersPage()->findChild<QLabel *>("inboxStatus");
        QVERIFY(status->text().startsWith("Could not check every issuer"));
        // What the reachable one offers is kept anyway.
        QTRY_VERIFY(window->offersPage()->model()->rowCount() >= 1);
    }

    void aLockedWalletShowsNoOffers()
    {
        const QString path = walletWithAccount("locked.db");
        auto window = openWindow(path);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->offersPage()->model()->rowCount() >= 1, 10000);
        QSignalSpy locked(window->session(), &WalletSession::locked);
        window->lockAction()->trigger();
        QVERIFY(locked.count() == 1 || locked.wait(5000));
        QTRY_COMPARE(window->offersPage()->model()->rowCount(), 0);
        window->offerInbox()->refresh(); // asks nothing while locked
        QVERIFY(!window->offerInbox()->isPolling());
    }
};

QTEST_MAIN(TestOffersPage)
#include "tst_offers_page.moc"
