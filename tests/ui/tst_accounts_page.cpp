// Accounts through the window, against a real vcdesk-agent on loopback: an issuer agent added
// with the form answers Test with "connection ok" (and its offers reach the inbox); a wrong key
// says why not; a verifier's token is taken; what cannot be tested says so; bad input is
// refused with a sentence and nothing is added; Remove asks first.

#include "models/AccountActions.h"
#include "models/AccountListModel.h"
#include "models/OfferInbox.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/AccountsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestAccountsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;

    static void fill(AccountsPage *page, const QString &kind, const QString &name,
                     const QString &url, const QString &secret, int secretKind = 0)
    {
        auto *kinds = page->findChild<QComboBox *>("accountKind");
        kinds->setCurrentIndex(kinds->findData(kind));
        page->findChild<QLineEdit *>("accountName")->setText(name);
        page->findChild<QLineEdit *>("accountUrl")->setText(url);
        page->findChild<QComboBox *>("secretKind")->setCurrentIndex(secretKind);
        auto *field = page->findChild<QLineEdit *>("accountSecret");
        field->clear();
        QTest::keyClicks(field, secret);
        page->findChild<QPushButton *>("addAccount")->click();
    }

    static QString label(AccountsPage *page, const char *name)
    {
        return page->findChild<QLabel *>(name)->text();
    }

    static int rowNamed(AccountListModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->accountAt(row)->name == name)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
    }

    void addTestAndRemove()
    {
        const QString path = m_dir.filePath("accounts.db");
        test::createWallet(path);
        MainWindow window(path);
        window.setNetworkPolicy(test::loopbackPolicy());
        window.show();
        QVERIFY(test::unlockWindow(window));
        window.accountsAction()->trigger();
        AccountsPage *page = window.accountsPage();
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(page));
        AccountListModel *model = page->model();
        QTRY_VERIFY(label(page, "checkResult") == "No accounts yet.");

        // Bad input: refused with a sentence, nothing added.
        fill(page, "issuer-agent", "No address", "", "k");
        QCOMPARE(label(page, "formProblem"), QStringLiteral("Give the service's address."));
        QSignalSpy failed(page->actions(), &AccountActions::failed);
        fill(page, "issuer-agent", "Odd", "ftp://127.0.0.1/x", "k");
        QVERIFY(failed.wait(5000));
        QVERIFY(!label(page, "formProblem").isEmpty());
        QCOMPARE(model->rowCount(), 0);

        // The agent's holder: added (the secret field forgets it), tested ok.
        QSignalSpy added(page->actions(), &AccountActions::added);
        fill(page, "issuer-agent", "Library", m_agent->baseUrl(),
             m_description.party("holder", "apiKey"));
        QVERIFY(page->findChild<QLineEdit *>("accountSecret")->text().isEmpty());
        QVERIFY(added.wait(5000));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->accountAt(0)->secret, QByteArray()); // listed without its secret
        QVERIFY(label(page, "checkResult") != "No accounts yet.");
        QSignalSpy checked(page->actions(), &AccountActions::checked);
        page->selectRow(0);
        page->findChild<QPushButton *>("testAccount")->click();
        QVERIFY(checked.wait(10000));
        QVERIFY(checked.last().at(1).toBool());
        QVERIFY2(label(page, "checkResult").startsWith("Connection ok"),
                 qPrintable(label(page, "checkResult")));
        QTRY_VERIFY(!window.offerInbox()->isPolling()); // the inbox asked the new account
        QVERIFY(window.offerInbox()->lastError().isEmpty());

        // A wrong key: not ok, and why.
        fill(page, "issuer-agent", "Wrong key", m_agent->baseUrl(), "not-the-key");
        QTRY_COMPARE(model->rowCount(), 2);
        page->selectRow(rowNamed(model, "Wrong key"));
        page->findChild<QPushButton *>("testAccount")->click();
        QVERIFY(checked.wait(10000));
        QVERIFY(!checked.last().at(1).toBool());
        QVERIFY(label(page, "checkResult").startsWith("Not ok:"));

        // A verifier with its Bearer token: the token is taken.
        fill(page, "verifier", "Door", m_agent->baseUrl(), m_description.verifierToken(), 1);
        QTRY_COMPARE(model->rowCount(), 3);
        page->selectRow(rowNamed(model, "Door"));
        page->findChild<QPushButton *>("testAccount")->click();
        QVERIFY(checked.wait(10000));
        QVERIFY2(checked.last().at(1).toBool(), qPrintable(label(page, "checkResult")));

        // A generation service cannot be tested without generating: said, not "ok".
        fill(page, "generator", "Generator", m_agent->baseUrl(), "x");
        QTRY_COMPARE(model->rowCount(), 4);
        page->selectRow(rowNamed(model, "Generator"));
        page->findChild<QPushButton *>("testAccount")->click();
        QVERIFY(checked.wait(10000));
        QVERIFY(!checked.last().at(1).toBool());
        QVERIFY(label(page, "checkResult").contains("cannot be tested"));

        // Remove asks first: no, then yes.
        page->selectRow(rowNamed(model, "Wrong key"));
        MessageBox::setNextAnswer(false);
        page->findChild<QPushButton *>("removeAccount")->click();
        QTest::qWait(50);
        QCOMPARE(model->rowCount(), 4);
        // The list may have been read again meanwhile (a check's result written back), which
        // clears the selection and disables Remove: choose the account again, as a person would.
        page->selectRow(rowNamed(model, "Wrong key"));
        QTRY_VERIFY(page->findChild<QPushButton *>("removeAccount")->isEnabled());
        MessageBox::setNextAnswer(true);
        page->findChild<QPushButton *>("removeAccount")->click();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(rowNamed(model, "Wrong key"), -1);

        // Locked: the list is empty.
        window.lockAction()->trigger();
        QTRY_COMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accounts_page.moc"
