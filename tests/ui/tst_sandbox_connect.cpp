// The sandbox, ready on first run: with a local vcdesk-agent described (as scripts/run.sh does)
// the welcome page offers to connect, and making the wallet adds the sandbox's issuer,
// verifier and hosted-wallet accounts and a sample offer, which the inbox then shows and
// Accept turns into a checked credential. A description that points off this computer, or
// names no issuer, is refused with the reason and adds nothing.

#include "agent/AgentServer.h"
#include "core/receive/SandboxDescription.h"
#include "models/CredentialListModel.h"
#include "models/OfferInbox.h"
#include "models/OfferListModel.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"
#include "ui/CredentialsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/OffersPage.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestSandboxConnect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;

    QString description() const { return m_dir.filePath("agent/agent.json"); }

    /// Makes a wallet through the welcome page, the sandbox box as given.
    static void createThroughWelcome(MainWindow &window, bool sandbox)
    {
        WelcomePage *page = window.welcomePage();
        Wallet::CreateOptions options;
        options.kdf = test::cheapKdf();
        page->setCreateOptions(options);
        page->findChild<QCheckBox *>("connectSandbox")->setChecked(sandbox);
        QSignalSpy unlocked(window.session(), &WalletSession::unlocked);
        for (const char *name : {"newPassphrase", "repeatPassphrase"})
            QTest::keyClicks(page->findChild<QLineEdit *>(name), "velvet orbit cactus lantern");
        page->findChild<QPushButton *>("createWallet")->click();
        QVERIFY(unlocked.wait(15000));
        QTRY_VERIFY(window.offersPage());
    }

private slots:
    void initTestCase()
    {
        m_agent = test::startAgent(m_dir.filePath("agent"));
        QVERIFY(m_agent);
        m_agent->run([](AgentServer &server) {
            server.issuerApi().setAutoIssue(true);
            return 0;
        });
        QVERIFY(QFile::exists(description()));
    }

    void firstRunConnectsAndASampleOfferArrives()
    {
        MainWindow window(m_dir.filePath("first.db"));
        window.setNetworkPolicy(test::loopbackPolicy());
        window.setSandbox(description());
        window.show();
        auto *box = window.welcomePage()->findChild<QCheckBox *>("connectSandbox");
        QVERIFY(box->isVisibleTo(&window));
        QVERIFY(box->isChecked()); // offered by default
        createThroughWelcome(window, true);

        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains("Sandbox connected"), 15000);
        OfferListModel *offers = window.offersPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(offers->rowCount() >= 1, 15000);
        int sample = -1;
        for (int row = 0; row < offers->rowCount(); ++row)
            if (offers->offerAt(row)->title == QLatin1String("membership"))
                sample = row;
        QVERIFY(sample >= 0);

        // The holder's three accounts and the operator console's two, secrets sealed.
        auto *accounts = window.session()->read<QStringList>(
            [](Wallet &wallet, const ActivityBase::Context &) -> Result<QStringList> {
                QStringList kinds;
                const qint64 profile = wallet.profiles().resolve({}).value().id;
                for (const Account &a : wallet.accounts().list(profile).value())
                    kinds << a.kind;
                return kinds;
            });
        QSignalSpy read(accounts, &ActivityBase::finished);
        QVERIFY(read.wait(5000));
        QStringList kinds = accounts->result().value();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{"generator", "hosted-wallet", "issuer-agent", "issuer-agent",
                                     "verifier"}));

        // And accepting the sample gives a checked credential.
        window.offersAction()->trigger();
        window.offersPage()->selectRow(sample);
        QSignalSpy accepted(window.offerInbox(), &OfferInbox::accepted);
        window.offersPage()->findChild<QPushButton *>("accept")->click();
        QVERIFY(accepted.wait(30000));
        QTRY_COMPARE(window.credentialsPage()->model()->rowCount(), 1);
        QCOMPARE(window.credentialsPage()->model()->recordAt(0)->verdict, Verdict::Valid);

        // Connecting again keeps the accounts and only asks for a new sample.
        window.sandboxAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains("Already connected"), 15000);
    }

    void uncheckedAddsNothing()
    {
        MainWindow window(m_dir.filePath("plain.db"));
        window.setNetworkPolicy(test::loopbackPolicy());
        window.setSandbox(description());
        window.show();
        createThroughWelcome(window, false);
        QTRY_VERIFY(!window.offerInbox()->isPolling());
        QVERIFY(window.offerInbox()->lastError().startsWith("No issuer account yet"));
        QVERIFY(!window.messageBar()->text().contains("Sandbox"));
    }

    void noSandboxNoOffer()
    {
        MainWindow window(m_dir.filePath("none.db"));
        window.setSandbox(m_dir.filePath("missing.json"));
        window.show();
        QVERIFY(
            !window.welcomePage()->findChild<QCheckBox *>("connectSandbox")->isVisibleTo(&window));
        QVERIFY(!window.sandboxAction()->isVisible());
    }

    void hostileDescriptionsAreRefused()
    {
        const QByteArray elsewhere =
            R"({"baseUrl": "https://evil.example", "connections": [{"id": "c"}],)"
            R"( "parties": [{"name": "issuer", "apiKey": "a"}, {"name": "holder", "apiKey": "b"}]})";
        QCOMPARE(SandboxDescription::fromJson(elsewhere).error().code,
                 QStringLiteral("sandbox.invalid"));
        const QByteArray noIssuer = R"({"baseUrl": "http://127.0.0.1:1", "parties": []})";
        QVERIFY(SandboxDescription::fromJson(noIssuer).error().message.contains("no issuer"));
        QCOMPARE(SandboxDescription::fromJson("{\"baseUrl\": 1, \"baseUrl\": 2}").error().code,
                 QStringLiteral("sandbox.invalid")); // duplicate members: strict JSON
        QCOMPARE(SandboxDescription::fromJson("not json").error().code,
                 QStringLiteral("sandbox.invalid"));
        QCOMPARE(SandboxDescription::load(m_dir.filePath("missing.json")).error().code,
                 QStringLiteral("sandbox.unreadable"));
        auto real = SandboxDescription::load(description());
        VCDESK_VERIFY_OK(real);
        QVERIFY(real->baseUrl.startsWith("http://127.0.0.1:"));
        QVERIFY(!real->holderApiKey.isEmpty());
    }
};

QTEST_MAIN(TestSandboxConnect)
#include "tst_sandbox_connect.moc"
