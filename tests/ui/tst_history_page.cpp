// The presentation history, as a person reads it: after presenting through the window to a
// real vcdesk-agent on loopback, Wallet ▸ Presentation history lists the answer (to whom, the
// outcome, which claims left, by name and never by value), a decline shows that nothing
// left, the verifier's own words stay plain text, the list is empty while locked, and Clear
// removes it after a confirmation (a "no" keeps it).

#include "core/api/VerifierApiClient.h"
#include "core/store/Wallet.h"
#include "models/PresentController.h"
#include "models/PresentationHistoryModel.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PresentPage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestHistoryPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;
    QString m_walletPath;

    QString newRequestUri()
    {
        VerifierApiClient verifier(QUrl(m_agent->baseUrl()), m_description.verifierToken(),
                                   test::loopbackPolicy());
        auto created = verifier.createAuthRequest("membershipCredential");
        if (!created)
            qFatal("auth request: %s", qPrintable(created.error().toString()));
        return created->authRequestUri;
    }

    /// Presents through the window's Present page: shares, or declines; then Done, or See the
    /// history.
    static bool presentThrough(MainWindow &window, const QString &uri, bool share,
                               const char *then = "finished")
    {
        window.presentAction()->trigger();
        PresentPage *page = window.presentPage();
        page->startWith(uri);
        if (!QTest::qWaitFor([page] { return page->step() == QLatin1String("consent"); }, 10000))
            return false;
        page->findChild<QPushButton *>(share ? "share" : "decline")->click();
        if (!QTest::qWaitFor([page] { return page->step() == QLatin1String("outcome"); }, 10000))
            return false;
        page->findChild<QPushButton *>(then)->click();
        return true;
    }

    static QString details(HistoryPage *page)
    {
        return page->findChild<QLabel *>("historyDetails")->text();
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

    void sharedAndDeclinedAreListed()
    {
        MainWindow window(m_walletPath);
        window.setNetworkPolicy(test::loopbackPolicy());
        window.show();
        QVERIFY(test::unlockWindow(window));
        QVERIFY(window.historyAction()->isEnabled());
        window.historyAction()->trigger();
        HistoryPage *page = window.historyPage();
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(page));
        QTRY_VERIFY(details(page).startsWith("No presentations yet"));
        QVERIFY(!page->findChild<QPushButton *>("clearHistory")->isEnabled());

        QVERIFY(presentThrough(window, newRequestUri(), true));
        QVERIFY(presentThrough(window, newRequestUri(), false, "seeHistory"));

        // The outcome's "See the history" leads here.
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(page));
        PresentationHistoryModel *model = page->model();
        QTRY_COMPARE(model->rowCount(), 2);
        // Newest first: the decline, then the share.
        QCOMPARE(model->data(model->index(0, PresentationHistoryModel::OutcomeColumn)).toString(),
                 QStringLiteral("Declined"));
        QCOMPARE(model->data(model->index(0, PresentationHistoryModel::SharedColumn)).toString(),
                 QStringLiteral("nothing"));
        QCOMPARE(model->data(model->index(1, PresentationHistoryModel::OutcomeColumn)).toString(),
                 QStringLiteral("Shared"));
        const QString shared =
            model->data(model->index(1, PresentationHistoryModel::SharedColumn)).toString();
        // A JWT-VC leaves whole: said so.
        QVERIFY2(shared.contains("Membership (the whole credential)"), qPrintable(shared));
        QVERIFY2(!shared.contains("Alice"), qPrintable(shared)); // names, never values

        page->selectRow(1);
        const QString full = details(page);
        QVERIFY2(full.startsWith("Shared, "), qPrintable(full));
        QVERIFY(full.contains(m_description.party("verifier", "did")));
        QVERIFY2(full.contains("Checked: request signed by"), qPrintable(full));
        QVERIFY(full.contains("What left your wallet:"));
        QVERIFY(!full.contains("Alice"));
        QCOMPARE(page->findChild<QLabel *>("historyDetails")->textFormat(), Qt::PlainText);
        page->selectRow(0);
        QVERIFY(details(page).contains("Nothing left your wallet."));

        // Kept in the wallet: read back from the file by a fresh open.
        window.lockAction()->trigger();
        QTRY_COMPARE(model->rowCount(), 0); // locked: nothing shown
        QVERIFY(!window.historyAction()->isEnabled());
        auto wallet = Wallet::open(m_walletPath, Wallet::Access::ReadOnly);
        VCDESK_VERIFY_OK(wallet);
        QByteArray passphrase("pass");
        VCDESK_VERIFY_OK(wallet.value()->unlock(passphrase));
        const qint64 profileId = wallet.value()->profiles().list().value().first().id;
        QCOMPARE(wallet.value()->presentations().count(profileId).value(), 2);
    }

    void clearAsksFirst()
    {
        MainWindow window(m_walletPath);
        window.setNetworkPolicy(test::loopbackPolicy());
        window.show();
        QVERIFY(test::unlockWindow(window));
        window.historyAction()->trigger();
        HistoryPage *page = window.historyPage();
        QTRY_VERIFY(page->model()->rowCount() > 0);
        const int before = page->model()->rowCount();
        auto *clear = page->findChild<QPushButton *>("clearHistory");
        QTRY_VERIFY(clear->isEnabled());

        MessageBox::setNextAnswer(false);
        clear->click();
        QTest::qWait(200);
        QCOMPARE(page->model()->rowCount(), before);

        MessageBox::setNextAnswer(true);
        clear->click();
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QTRY_VERIFY(details(page).startsWith("No presentations yet"));
        QVERIFY(!clear->isEnabled());
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_history_page.moc"
