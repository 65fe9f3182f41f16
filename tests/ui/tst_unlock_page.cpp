// Locked and unlocked, as a person meets them: an existing wallet opens locked and the window
// shows nothing of it; a wrong passphrase is said plainly and changes nothing; the right one
// shows the credentials; Wallet ▸ Lock (Ctrl+L) and the idle timer hide them again at once.

#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/CredentialsPage.h"
#include "ui/IdleLock.h"
#include "ui/MainWindow.h"
#include "ui/UnlockPage.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestUnlockPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static void typePassphrase(UnlockPage *page, const QString &text)
    {
        auto *field = page->findChild<QLineEdit *>("passphrase");
        QTRY_VERIFY(field->isEnabled());
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    static void unlock(MainWindow &window) { QVERIFY(test::unlockWindow(window)); }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_path);
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        QList<CredentialRecord> records;
        for (int i = 0; i < 12; ++i)
            records << test::signedRecord(issuer, "EmailCredential", i);
        QCOMPARE(wallet->credentials().addMany(profile, records).value().added.size(), 12);
    }

    void aWrongPassphraseChangesNothing()
    {
        MainWindow window(m_path);
        window.show();
        QSignalSpy opened(window.session(), &WalletSession::opened);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.unlockPage()));
        QVERIFY(!window.credentialsPage()); // nothing of the wallet exists in the window
        QVERIFY(!window.lockAction()->isEnabled());

        typePassphrase(window.unlockPage(), "not the passphrase");
        QTRY_VERIFY_WITH_TIMEOUT(!window.unlockPage()->problem().isEmpty(), 10000);
        QVERIFY(window.unlockPage()->problem().contains("not right"));
        QVERIFY(!window.session()->isUnlocked());
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.unlockPage()));
        QVERIFY(window.unlockPage()->findChild<QLineEdit *>("passphrase")->text().isEmpty());
    }

    void lockHidesTheContentAtOnce()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        CredentialListModel *model = window.credentialsPage()->model();
        QTRY_COMPARE(model->rowCount(), 12);
        QVERIFY(window.lockAction()->isEnabled());

        window.lockAction()->trigger(); // Ctrl+L
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.unlockPage()));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!window.session()->isUnlocked());
        QCOMPARE(window.lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

        // Unlocked again, the same page shows them again.
        unlock(window);
        QTRY_COMPARE(model->rowCount(), 12);
    }

    void idleTimeLocks()
    {
        MainWindow window(m_path);
        window.show();
        window.idleLock()->setInterval(300);
        // Watching from before the unlock: the 300 ms may pass while unlock() still waits.
        QSignalSpy locked(window.session(), &WalletSession::locked);
        unlock(window);
        QTRY_VERIFY_WITH_TIMEOUT(!locked.isEmpty(), 5000);
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.unlockPage()));

        // Activity keeps it open: keys pressed more often than the interval.
        unlock(window);
        QSignalSpy lockedAgain(window.session(), &WalletSession::locked);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            QTest::keyClick(window.credentialsPage()->view(), Qt::Key_Down);
        }
        QCOMPARE(lockedAgain.count(), 0);
        QVERIFY(lockedAgain.wait(5000)); // and then it locks
    }
};

QTEST_MAIN(TestUnlockPage)
#include "tst_unlock_page.moc"
