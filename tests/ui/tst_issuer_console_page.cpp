// Console ▸ Issuer agent through its widgets, in the real window, against a real vcdesk-agent:
// an offer typed in the form (claims as JSON, refused while wrong), the holder accepting it
// elsewhere and the row's state changing by itself, Issue from the records table, Revoke after
// a confirmation, Look up and the credential opened in the inspector, and the history tab.

#include "agent/AgentServer.h"
#include "core/api/IssuerAgentClient.h"
#include "core/verify/VerdictText.h"
#include "models/IssuerConsole.h"
#include "models/IssuerRecordModel.h"
#include "models/OperationLog.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/ClaimsEditor.h"
#include "ui/ConnectionPicker.h"
#include "ui/ConsolePage.h"
#include "ui/CustodialIssueForm.h"
#include "ui/InspectorPage.h"
#include "ui/IssuerConsolePage.h"
#include "ui/IssuerOfferForm.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/OperationsView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestIssuerConsolePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;

    QString walletWithIssuerAccount()
    {
        const QString path = m_dir.filePath("console.db");
        auto wallet = test::createWallet(path);
        const qint64 profileId = wallet->profiles().list().value().first().id;
        Account account;
        account.name = "Agent issuer";
        account.kind = "issuer-agent";
        account.role = "issuer";
        account.baseUrl = m_agent->baseUrl();
        account.secretKind = Account::SecretKind::ApiKey;
        account.secret = m_description.party("issuer", "apiKey").toLatin1();
        if (!wallet->accounts().add(profileId, account))
            qFatal("account not added");
        account.name = "Agent holder";
        account.role = "holder";
        account.secret = m_description.party("holder", "apiKey").toLatin1();
        if (!wallet->accounts().add(profileId, account))
            qFatal("account not added");
        return path;
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(OperationLog::defaultPath());
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
    }

    void offerAcceptIssueRevokeAndLookUpThroughTheWidgets()
    {
        MainWindow window(walletWithIssuerAccount());
        window.setNetworkPolicy(test::loopbackPolicy());
        window.resize(1100, 800);
        window.show();
        QVERIFY(test::unlockWindow(window));
        ConsolePage *consolePage = window.consolePage();
        QVERIFY(consolePage);
        window.showSection(window.findChild<QWidget *>("consolePage")->parentWidget());
        IssuerConsolePage *page = consolePage->issuerPage();
        page->console()->setPollInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(page->console()->hasAccount(), 10000);
        QVERIFY(page->isVisible());

        // New offer: the connection and author DID come from the agent's connections.
        page->tabs()->setCurrentWidget(page->offerForm());
        IssuerOfferForm *form = page->offerForm();
        QTRY_COMPARE_WITH_TIMEOUT(form->connectionPicker()->connectionId(),
                                  m_description.connectionId(), 10000);
        QCOMPARE(form->authorEdit()->text(), m_description.party("issuer", "did"));
        QPlainTextEdit *claims = form->claimsEditor()->edit();
        QTest::keyClicks(claims, "{\"claim_type\": \"email\", \"email\": ");
        QVERIFY(!form->createButton()->isEnabled()); // not JSON yet
        auto *problem = child<QLabel>(form, "offerClaimsProblem");
        QVERIFY(problem && problem->isVisible() && !problem->text().isEmpty());
        QTest::keyClicks(claims, "\"ann@example.com\", \"id\": \"did:x\"}");
        QVERIFY(!form->createButton()->isEnabled()); // "id" is the holder's
        QVERIFY(problem->text().contains("\"id\""));
        claims->selectAll();
        QTest::keyClicks(claims, "{\"claim_type\": \"email\", \"email\": \"ann@example.com\"}");
        QVERIFY(form->createButton()->isEnabled());
        QVERIFY(!problem->isVisible());
        QSignalSpy busy(page, &IssuerConsolePage::busy);
        QTest::mouseClick(form->createButton(), Qt::LeftButton);
        QVERIFY(!busy.isEmpty()); // progress and Cancel in the status bar
        auto *message = child<QLabel>(page, "issuerMessage");
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains("created"), qPrintable(message->text()),
                                  10000);

        // The record appears; the holder accepts elsewhere; the row changes by itself.
        page->tabs()->setCurrentIndex(0);
        IssuerRecordModel *records = page->console()->records();
        QTRY_VERIFY_WITH_TIMEOUT(records->rowCount() >= 1, 10000);
        const IssuerOffer made = records->recordAt(0);
        IssuerAgentClient holder(QUrl(m_agent->baseUrl()),
                                 m_description.party("holder", "apiKey").toLatin1(),
                                 test::loopbackPolicy());
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto offers = holder.offers(made.thid);
                return offers && !offers->isEmpty() &&
                       offers->first().state == ProtocolState::OfferReceived;
            },
            10000));
        QVERIFY(holder.accept(holder.offers(made.thid)->first().recordId,
                              m_description.party("holder", "did")));
        QVERIFY(page->selectRecord(made.recordId));
        auto *issue = child<QPushButton>(page, "issueRecord");
        auto *revoke = child<QPushButton>(page, "revokeRecord");
        QTRY_VERIFY_WITH_TIMEOUT(issue->isEnabled(), 10000); // RequestReceived, seen by polling
        QVERIFY(!revoke->isEnabled());
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(revoke->isEnabled(), 10000); // CredentialSent
        QVERIFY(!issue->isEnabled());

        // Revoke asks first: "no" changes nothing, "yes" revokes.
        const int entries = window.operationLog()->rowCount();
        MessageBox::setNextAnswer(false);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(window.operationLog()->rowCount(), entries);
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains("revoked"), 10000);

        // Look up: Enter in the field. The issuer's record keeps no credential: said.
        page->tabs()->setCurrentIndex(3);
        auto *type = child<QLineEdit>(page, "matchType");
        auto *inspect = child<QPushButton>(page, "inspectIssued");
        QTest::keyClicks(type, "email");
        QTest::keyClick(type, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains("holds no credential"), 10000);
        QVERIFY(!inspect->isEnabled());

        // Custodial issuance to the holder's account: the credential opens in the inspector.
        page->tabs()->setCurrentWidget(page->custodialForm());
        CustodialIssueForm *custodial = page->custodialForm();
        QTRY_COMPARE_WITH_TIMEOUT(custodial->connectionPicker()->connectionId(),
                                  m_description.connectionId(), 10000);
        custodial->holderAccount()->setCurrentIndex(
            custodial->holderAccount()->findText("Agent holder", Qt::MatchStartsWith));
        QVERIFY(!custodial->issueButton()->isEnabled()); // no claims yet
        QTest::keyClicks(custodial->claimsEditor()->edit(),
                         "{\"claim_type\": \"badge\", \"level\": \"gold\"}");
        QVERIFY(custodial->issueButton()->isEnabled());
        QTest::mouseClick(custodial->issueButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith("Issued"), 10000);
        QVERIFY(inspect->isEnabled());
        QTest::mouseClick(inspect, Qt::LeftButton);
        QTRY_VERIFY(window.inspectorPage()->isVisible());
        auto *input = window.inspectorPage()->findChild<QPlainTextEdit *>("tokenInput");
        QVERIFY(input);
        QVERIFY(input->toPlainText().startsWith("ey"));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspectorPage()->verdictText(),
                                  VerdictText::headline(Verdict::Valid), 10000);

        // The history tab lists what was done, newest first.
        window.showSection(window.findChild<QWidget *>("consolePage")->parentWidget());
        consolePage->tabs()->setCurrentWidget(consolePage->operationsView());
        QTableView *table = consolePage->operationsView()->table();
        QCOMPARE(table->model()->rowCount(), 5); // create, issue, revoke, look up, custodial
        const QString newest =
            table->model()->index(0, OperationLog::ActionColumn).data().toString();
        QVERIFY2(newest.startsWith("Custodial issuance"), qPrintable(newest));
        table->selectRow(0);
        QVERIFY(child<QLabel>(consolePage, "operationDetail")->text().contains("Agent issuer"));
    }

    void lockedWindowShowsNoConsole()
    {
        MainWindow window(m_dir.filePath("none.db"));
        window.show();
        // No wallet unlocked: the section says why and holds no console.
        QVERIFY(!window.consolePage());
        QVERIFY(window.findChild<QLabel *>("consoleLocked"));
    }
};

QTEST_MAIN(TestIssuerConsolePage)
#include "tst_issuer_console_page.moc"
