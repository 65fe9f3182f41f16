// Console ▸ Hosted wallet and Console ▸ Generation through their widgets, in the real window,
// against a real vcdesk-agent: templates loaded and a credential issued from one, got, verified
// side by side with vcdesk's checks, deleted after a confirmation ("no" first); a credential
// generated and opened in the inspector, valid.

#include "agent/AgentServer.h"
#include "core/verify/VerdictText.h"
#include "models/ValidationComparisonModel.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/ClaimsEditor.h"
#include "ui/ConsolePage.h"
#include "ui/GenerationPage.h"
#include "ui/HostedWalletConsolePage.h"
#include "ui/InspectorPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestConsolePages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
        const QString path = m_dir.filePath("console.db");
        {
            auto wallet = test::createWallet(path);
            const qint64 profile = wallet->profiles().list().value().first().id;
            Account account;
            account.baseUrl = m_agent->baseUrl();
            account.secretKind = Account::SecretKind::ApiKey;
            account.name = "Agent hosted wallet";
            account.kind = "hosted-wallet";
            account.secret = m_description.party("hosted-wallet", "apiKey").toLatin1();
            QVERIFY(wallet->accounts().add(profile, account));
            account.name = "Agent generator";
            account.kind = "generator";
            account.secret = m_description.party("issuer", "apiKey").toLatin1();
            QVERIFY(wallet->accounts().add(profile, account));
        }
        m_window = std::make_unique<MainWindow>(path);
        m_window->setNetworkPolicy(test::loopbackPolicy());
        m_window->resize(1100, 800);
        m_window->show();
        QVERIFY(test::unlockWindow(*m_window));
        QVERIFY(m_window->consolePage());
        m_window->showSection(m_window->consolePage()->parentWidget());
    }

    void hostedWalletIssueGetVerifyDelete()
    {
        ConsolePage *console = m_window->consolePage();
        HostedWalletConsolePage *page = console->hostedPage();
        console->tabs()->setCurrentWidget(page);
        auto *message = child<QLabel>(page, "hostedConsoleMessage");
        auto *id = child<QLineEdit>(page, "hostedCredentialId");
        auto *get = child<QPushButton>(page, "hostedGet");
        QTRY_VERIFY(child<QPushButton>(page, "hostedLoadTemplates")->isEnabled());
        QVERIFY(!get->isEnabled()); // no id yet

        // Issue from a template: its fields appear as the template is chosen.
        QTest::mouseClick(child<QPushButton>(page, "hostedLoadTemplates"), Qt::LeftButton);
        auto *templates = child<QComboBox>(page, "hostedConsoleTemplate");
        QTRY_COMPARE_WITH_TIMEOUT(templates->count(), 2, 10000);
        templates->setCurrentIndex(templates->findText("Employee Badge"));
        auto *name = child<QLineEdit>(page, "hostedField_holderFullName");
        QVERIFY(name);
        QTest::keyClicks(name, "Ann Example");
        QTest::keyClicks(child<QLineEdit>(page, "hostedField_employeeId"), "E-9");
        QTest::keyClicks(child<QLineEdit>(page, "hostedWalletId"), "did:example:ann");
        QTest::mouseClick(child<QPushButton>(page, "hostedIssue"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!id->text().isEmpty(), 10000); // the new id, put in the field
        QVERIFY2(message->text().startsWith("Issued"), qPrintable(message->text()));

        QTest::mouseClick(get, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(page, "hostedConsoleDetails")->text().contains("Status active"), 10000);

        QTest::mouseClick(child<QPushButton>(page, "hostedVerify"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->comparison()->rowCount() >= 6, 10000);
        QCOMPARE(page->comparison()->index(1, 0).data().toString(),
                 QStringLiteral("Signature Verification"));
        QCOMPARE(
            page->comparison()->index(1, ValidationComparisonModel::AgreeColumn).data().toString(),
            QStringLiteral("Agrees"));

        // Delete asks first: "no" keeps it, "yes" deletes it.
        const QString kept = message->text();
        MessageBox::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(page, "hostedDelete"), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(message->text(), kept);
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(page, "hostedDelete"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains("deleted"), 10000);
        QCOMPARE(page->comparison()->rowCount(), 0);
        QTest::mouseClick(get, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains("404"), 10000);
    }

    void generationOpensTheCredentialInTheInspector()
    {
        ConsolePage *console = m_window->consolePage();
        GenerationPage *page = console->generationPage();
        console->tabs()->setCurrentWidget(page);
        QTRY_VERIFY(child<QComboBox>(page, "generatorAccount")->count() == 1);
        QVERIFY(!page->generateButton()->isEnabled()); // no claims yet
        QTest::keyClicks(child<QLineEdit>(page, "generationSubject"),
                         m_description.party("holder", "did"));
        QTest::keyClicks(page->claimsEditor()->edit(), "{\"name\": \"Ann\", \"level\": \"gold\"}");
        QVERIFY(page->generateButton()->isEnabled());
        QTest::mouseClick(page->generateButton(), Qt::LeftButton);
        auto *inspect = child<QPushButton>(page, "inspectGenerated");
        QTRY_VERIFY_WITH_TIMEOUT(inspect->isEnabled(), 10000);
        QVERIFY(child<QLabel>(page, "generationMessage")->text().contains("Generated"));
        QTest::mouseClick(inspect, Qt::LeftButton);
        QTRY_VERIFY(m_window->inspectorPage()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inspectorPage()->verdictText(),
                                  VerdictText::headline(Verdict::Valid), 10000);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestConsolePages)
#include "tst_console_pages.moc"
