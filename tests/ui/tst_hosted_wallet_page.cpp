// The hosted wallet page through the window, against a real vcdesk-agent on loopback (seed
// 003) and a real wallet file: a credential requested from a template is remembered and
// listed, its live state shown as plain text; copied into the wallet it is checked and kept
// (source "hosted"), and a second copy is said, not doubled; an unknown id is not remembered;
// forgetting keeps the copy; a hosted wallet that answers garbage or 500 is a sentence and
// nothing is stored; a copy that is not valid is kept only if the person says so; a locked
// wallet leaves the page empty.

#include "agent/AgentServer.h"
#include "core/api/HostedWalletClient.h"
#include "models/CredentialListModel.h"
#include "models/HostedCredentialListModel.h"
#include "models/HostedWalletActions.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/TestHttpServer.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/CredentialsPage.h"
#include "ui/HostedWalletPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace vcdesk;

class TestHostedWalletPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;

    QByteArray hostedKey() const
    {
        return m_description.party("hosted-wallet", "apiKey").toLatin1();
    }

    HostedWalletClient client() const
    {
        return HostedWalletClient(QUrl(m_agent->baseUrl()), hostedKey(), test::loopbackPolicy());
    }

    /// A new Email Credential in the hosted wallet (for some wallet id): its id.
    QString issueDirectly(const QString &email)
    {
        auto issued = client().issue("email-credential", "did:example:someone", {},
                                     QJsonObject{{"email", email}});
        if (!issued)
            qFatal("issue: %s", qPrintable(issued.error().toString()));
        return issued.value();
    }

    /// A wallet at `name` with a hosted-wallet account at `baseUrl` (the agent's when empty)
    /// that remembers `ids`.
    QString walletWithHosted(const QString &name, const QStringList &ids = {},
                             const QString &baseUrl = {})
    {
        const QString path = m_dir.filePath(name);
        auto wallet = test::createWallet(path);
        const qint64 profileId = wallet->profiles().list().value().first().id;
        Account account;
        account.name = "Sandbox hosted wallet";
        account.kind = "hosted-wallet";
        account.role = "issuer";
        account.baseUrl = baseUrl.isEmpty() ? m_agent->baseUrl() : baseUrl;
        account.secretKind = Account::SecretKind::ApiKey;
        account.secret = hostedKey();
        auto added = wallet->accounts().add(profileId, account);
        if (!added)
            qFatal("account not added");
        for (const QString &id : ids)
            if (!wallet->hosted().remember(added->id, id, "Email Credential"))
                qFatal("id not remembered");
        return path;
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

    /// The page, shown through Wallet ▸ Hosted wallet, once its account is chosen.
    static HostedWalletPage *showPage(MainWindow &window)
    {
        if (!window.hostedAction()->isEnabled())
            return nullptr;
        window.hostedAction()->trigger();
        HostedWalletPage *page = window.hostedWalletPage();
        if (window.currentWalletPage() != static_cast<QWidget *>(page))
            return nullptr;
        return page;
    }

    static QString message(HostedWalletPage *page)
    {
        return page->findChild<QLabel *>("hostedMessage")->text();
    }
    static QString details(HostedWalletPage *page)
    {
        return page->findChild<QLabel *>("hostedDetails")->text();
    }
    static void click(HostedWalletPage *page, const char *name)
    {
        page->findChild<QPushButton *>(name)->click();
    }

private slots:
    void initTestCase()
    {
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
        QVERIFY(!hostedKey().isEmpty());
    }

    void requestFromATemplateIsRememberedAndListed()
    {
        auto window = openWindow(walletWithHosted("request.db"));
        QVERIFY(window);
        HostedWalletPage *page = showPage(*window);
        QVERIFY(page);
        QTRY_COMPARE(page->findChild<QComboBox *>("hostedAccount")->count(), 1);
        QVERIFY(!page->findChild<QLabel *>("noAccount")->isVisible());
        QCOMPARE(page->model()->rowCount(), 0);

        QSignalSpy loaded(page->actions(), &HostedWalletActions::templatesLoaded);
        QSignalSpy busy(page, &HostedWalletPage::busy);
        click(page, "loadTemplates");
        QVERIFY(loaded.wait(10000));
        QVERIFY(busy.count() >= 1); // the network step went to the status bar
        auto *templates = page->findChild<QComboBox *>("templateChoice");
        QCOMPARE(templates->count(), 2);
        QCOMPARE(templates->currentIndex(), 0); // a template is chosen: its fields are there
        QVERIFY(page->findChild<QPushButton *>("requestHosted")->isEnabled());
        const int badge = templates->findText("Employee Badge");
        QVERIFY(badge >= 0);
        templates->setCurrentIndex(badge);
        auto *name = page->findChild<QLineEdit *>("field_holderFullName");
        QVERIFY(name);
        QVERIFY(page->findChild<QLineEdit *>("field_department"));
        QTest::keyClicks(name, "Ada <b>Lovelace</b>");
        QTest::keyClicks(page->findChild<QLineEdit *>("field_employeeId"), "E-7");

        QSignalSpy requested(page->actions(), &HostedWalletActions::requested);
        click(page, "requestHosted");
        QVERIFY(requested.wait(10000));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->credentialAt(0)->title, QString("Employee Badge"));
        QCOMPARE(page->model()->credentialAt(0)->credentialId, qint64(0));
        QVERIFY(message(page).contains("issued “Employee Badge”"));

        // Selected once listed, and its live state asked of the hosted wallet: plain text.
        QTRY_VERIFY_WITH_TIMEOUT(details(page).contains("Status: active"), 10000);
        QVERIFY(details(page).contains("Ada <b>Lovelace</b>"));
        QCOMPARE(page->findChild<QLabel *>("hostedDetails")->textFormat(), Qt::PlainText);
        QVERIFY(details(page).contains("Type: "));
        QVERIFY(details(page).contains("EmployeeBadge"));
        // Issued into the holder's wallet: its id is the profile's DID.
        QVERIFY2(details(page).contains("urn:vc:subject:did:"), qPrintable(details(page)));

        // The same again: the hosted wallet has it; said, nothing more remembered.
        QSignalSpy failed(page->actions(), &HostedWalletActions::failed);
        QTest::keyClicks(name, "Ada <b>Lovelace</b>");
        QTest::keyClicks(page->findChild<QLineEdit *>("field_employeeId"), "E-7");
        click(page, "requestHosted");
        QVERIFY(failed.wait(10000));
        QVERIFY2(message(page).contains("already holds this credential"),
                 qPrintable(message(page)));
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void copyIsCheckedAndKeptOnce()
    {
        const QString remote = issueDirectly(QUuid::createUuid().toString() + "@example.org");
        auto window = openWindow(walletWithHosted("copy.db", {remote}));
        QVERIFY(window);
        HostedWalletPage *page = showPage(*window);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(details(page).contains("Status: active"), 10000);
        QVERIFY(details(page).contains("Not copied into this wallet."));

        QSignalSpy copied(page->actions(), &HostedWalletActions::copied);
        click(page, "copyHosted");
        QVERIFY(copied.wait(20000));
        QCOMPARE(copied.first().at(2).toBool(), false); // not "already"
        const qint64 credentialId = copied.first().at(1).toLongLong();
        CredentialListModel *list = window->credentialsPage()->model();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->recordAt(0)->id, credentialId);
        QCOMPARE(list->recordAt(0)->sourceKind, QString("hosted"));
        QVERIFY(list->recordAt(0)->sourceRef.contains(remote));
        QCOMPARE(list->recordAt(0)->verdict, Verdict::Valid);
        QVERIFY(message(page).startsWith("It is in your wallet."));
        QTRY_COMPARE(page->model()->credentialAt(0)->credentialId, credentialId);
        QVERIFY(page->model()->data(page->model()->index(0)).toString().contains("copied here"));

        // Again: said, not doubled.
        page->selectRow(0);
        click(page, "copyHosted");
        QVERIFY(copied.wait(20000));
        QCOMPARE(copied.last().at(2).toBool(), true);
        QCOMPARE(copied.last().at(1).toLongLong(), credentialId);
        QVERIFY(message(page).contains("already in your wallet"));
        QTest::qWait(100);
        QCOMPARE(list->rowCount(), 1);
    }

    void anUnknownIdIsNotRemembered()
    {
        const QString known = issueDirectly(QUuid::createUuid().toString() + "@example.org");
        auto window = openWindow(walletWithHosted("add.db"));
        QVERIFY(window);
        HostedWalletPage *page = showPage(*window);
        QVERIFY(page);
        auto *input = page->findChild<QLineEdit *>("hostedIdInput");
        QTRY_VERIFY(input->isEnabled());

        QSignalSpy failed(page->actions(), &HostedWalletActions::failed);
        QTest::keyClicks(input, "no-such-credential");
        QTest::keyClick(input, Qt::Key_Return); // the keyboard path
        QVERIFY(failed.wait(10000));
        QVERIFY2(message(page).contains("has no credential with the id “no-such-credential”"),
                 qPrintable(message(page)));
        QVERIFY(message(page).contains("nothing was remembered"));
        QTest::qWait(100);
        QCOMPARE(page->model()->rowCount(), 0);

        QSignalSpy added(page->actions(), &HostedWalletActions::added);
        input->clear();
        QTest::keyClicks(input, known);
        click(page, "addById");
        QVERIFY(added.wait(10000));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->credentialAt(0)->remoteId, known);
        QCOMPARE(page->model()->credentialAt(0)->title, QString("Email Credential"));
        QCOMPARE(input->text(), QString());
    }

    void forgetKeepsTheCopy()
    {
        const QString remote = issueDirectly(QUuid::createUuid().toString() + "@example.org");
        auto window = openWindow(walletWithHosted("forget.db", {remote}));
        QVERIFY(window);
        HostedWalletPage *page = showPage(*window);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectRow(0);
        QSignalSpy copied(page->actions(), &HostedWalletActions::copied);
        click(page, "copyHosted");
        QVERIFY(copied.wait(20000));
        QTRY_COMPARE(window->credentialsPage()->model()->rowCount(), 1);

        QSignalSpy forgotten(page->actions(), &HostedWalletActions::forgotten);
        page->selectRow(0);
        MessageBox::setNextAnswer(false); // Cancel: nothing happens
        click(page, "forgetHosted");
        QTest::qWait(200);
        QCOMPARE(forgotten.count(), 0);
        QCOMPARE(page->model()->rowCount(), 1);

        MessageBox::setNextAnswer(true);
        click(page, "forgetHosted");
        QVERIFY(forgotten.wait(5000));
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QCOMPARE(window->credentialsPage()->model()->rowCount(), 1); // the copy stays
        QVERIFY(client().get(remote).ok()); // and the hosted wallet keeps it
    }

    void aFaultyHostedWalletIsSaidAndNothingStored()
    {
        // A real credential with one claim changed: its proof no longer holds.
        const QString real = issueDirectly(QUuid::createUuid().toString() + "@example.org");
        auto got = client().get(real);
        QVERIFY(got.ok());
        QJsonObject detail = got->detail;
        QJsonObject subject = detail.value("credentialSubject").toObject();
        subject.insert("email", "mallory@example.org");
        detail.insert("credentialSubject", subject);
        const QByteArray tampered =
            QJsonDocument(QJsonObject{{"data", QJsonObject{{"status", "active"},
                                                           {"credentialId", "tampered"},
                                                           {"templateId", "email-credential"},
                                                           {"templateName", "Email Credential"},
                                                           {"detail", detail}}}})
                .toJson();

        test::TestHttpServer server;
        const QByteArray base = "/core/api/v1/programmatic/credential/";
        server.route(base + "garbage", {200, "<html>surely not JSON"});
        server.route(base + "junk", {200, "{\"nodata\": true}"});
        server.route(base + "broken", {500, "{\"message\":\"boom\"}"});
        server.route(base + "tampered", {200, tampered});
        const QString url = server.url("/").toString().chopped(1);
        auto window =
            openWindow(walletWithHosted("faulty.db", {"garbage", "broken", "tampered"}, url));
        QVERIFY(window);
        HostedWalletPage *page = showPage(*window);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        CredentialListModel *list = window->credentialsPage()->model();
        auto rowOf = [page](const QString &remoteId) {
            for (int row = 0; row < page->model()->rowCount(); ++row)
                if (page->model()->credentialAt(row)->remoteId == remoteId)
                    return row;
            return -1;
        };
        QSignalSpy failed(page->actions(), &HostedWalletActions::failed);

        page->selectRow(rowOf("garbage"));
        QTRY_VERIFY_WITH_TIMEOUT(details(page).contains("could not be asked"), 10000);
        click(page, "copyHosted");
        QVERIFY(failed.wait(10000));
        QVERIFY2(message(page).startsWith("Not copied: the hosted wallet's answer is not as "
                                          "expected"),
                 qPrintable(message(page)));
        QVERIFY(message(page).contains("Nothing was stored"));

        page->selectRow(rowOf("broken"));
        click(page, "copyHosted");
        QVERIFY(failed.wait(30000));
        QVERIFY2(message(page).contains("500"), qPrintable(message(page)));

        // Garbage to an id being added: not remembered.
        auto *input = page->findChild<QLineEdit *>("hostedIdInput");
        QTest::keyClicks(input, "junk");
        click(page, "addById");
        QVERIFY(failed.wait(10000));
        QVERIFY2(message(page).startsWith("Not added:"), qPrintable(message(page)));
        QTest::qWait(100);
        QCOMPARE(page->model()->rowCount(), 3);
        QCOMPARE(list->rowCount(), 0);

        // Not valid: the person is asked; no keeps nothing, yes keeps it marked.
        QSignalSpy decide(page->actions(), &HostedWalletActions::copyNeedsDecision);
        QSignalSpy copied(page->actions(), &HostedWalletActions::copied);
        page->selectRow(rowOf("tampered"));
        MessageBox::setNextAnswer(false);
        click(page, "copyHosted");
        QVERIFY(decide.wait(20000));
        QCOMPARE(decide.first().at(1).toString(), QString("Not valid"));
        QVERIFY(!decide.first().at(2).toString().isEmpty()); // the report
        QVERIFY(message(page).contains("nothing is stored unless you keep it"));
        QTest::qWait(200);
        QCOMPARE(copied.count(), 0);
        QCOMPARE(list->rowCount(), 0);
        QCOMPARE(page->model()->credentialAt(rowOf("tampered"))->credentialId, qint64(0));

        MessageBox::setNextAnswer(true);
        click(page, "copyHosted");
        QVERIFY(copied.wait(20000));
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->recordAt(0)->verdict, Verdict::Invalid);
        QCOMPARE(list->recordAt(0)->sourceKind, QString("hosted"));
    }

    void aLockedWalletLeavesThePageEmpty()
    {
        const QString remote = issueDirectly(QUuid::createUuid().toString() + "@example.org");
        auto window = openWindow(walletWithHosted("locked.db", {remote}));
        QVERIFY(window);
        HostedWalletPage *page = showPage(*window);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(details(page).contains("Status: active"), 10000);

        QSignalSpy locked(window->session(), &WalletSession::locked);
        window->lockAction()->trigger();
        QVERIFY(locked.count() == 1 || locked.wait(5000));
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QCOMPARE(page->findChild<QComboBox *>("hostedAccount")->count(), 0);
        QCOMPARE(details(page), QString());
        QVERIFY(!window->hostedAction()->isEnabled());
        QVERIFY(window->currentWalletPage() != static_cast<QWidget *>(page));
    }

    void noHostedAccountIsSaid()
    {
        const QString path = m_dir.filePath("none.db");
        test::createWallet(path);
        auto window = openWindow(path);
        QVERIFY(window);
        HostedWalletPage *page = showPage(*window);
        QVERIFY(page);
        auto *none = page->findChild<QLabel *>("noAccount");
        QTRY_VERIFY(none->isVisible());
        QCOMPARE(none->text(), QString("No hosted wallet account: add one in Wallet ▸ Accounts."));
        QVERIFY(!page->findChild<QPushButton *>("addById")->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>("copyHosted")->isEnabled());
    }
};

QTEST_MAIN(TestHostedWalletPage)
#include "tst_hosted_wallet_page.moc"
