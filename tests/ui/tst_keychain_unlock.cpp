// "Remember in the system keychain", driven through the window. ctest runs this twice: inside a
// private D-Bus session with gnome-keyring's Secret Service (VCDESK_EXPECT_KEYCHAIN=1), where a
// wallet made (or restored) with the box ticked is remembered and the unlock page opens it with
// the keychain, and without any session bus, where remembering fails with a sentence, the
// wallet works as made and the unlock page offers only the passphrase. A lock() made while the
// keychain unlock runs wins.

#include "core/store/WalletBackup.h"
#include "models/RememberedWallets.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/RestoreForm.h"
#include "ui/UnlockPage.h"
#include "ui/WelcomePage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

const char kPassphrase[] = "velvet orbit cactus lantern";

/// Whether `spy` (on WalletSession::message) holds a message whose title contains `text`,
/// of `kind`.
bool saw(const QSignalSpy &spy, const QString &text, WalletSession::MessageKind kind)
{
    for (const QList<QVariant> &message : spy)
        if (message.at(0).toString().contains(text) &&
            message.at(2).value<WalletSession::MessageKind>() == kind)
            return true;
    return false;
}

} // namespace

class TestKeychainUnlock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const bool m_expectKeychain = qEnvironmentVariableIntValue("VCDESK_EXPECT_KEYCHAIN") == 1;

    static QPushButton *keychainButton(MainWindow &window)
    {
        return window.unlockPage()->findChild<QPushButton *>("unlockWithKeychain");
    }

    /// Makes a wallet at `path` through the welcome page with "remember" ticked; waits until
    /// the keychain answered (remembered, or the sentence why not).
    bool createRemembered(MainWindow &window, const QString &path)
    {
        WelcomePage *page = window.welcomePage();
        Wallet::CreateOptions options;
        options.kdf = test::cheapKdf();
        page->setCreateOptions(options);
        QSignalSpy unlocked(window.session(), &WalletSession::unlocked);
        QSignalSpy messages(window.session(), &WalletSession::message);
        auto *remember = page->findChild<QCheckBox *>("rememberInKeychain");
        if (remember->isChecked() || remember->accessibleName().isEmpty())
            return false;
        remember->setChecked(true);
        auto *passphrase = page->findChild<QLineEdit *>("newPassphrase");
        auto *repeat = page->findChild<QLineEdit *>("repeatPassphrase");
        QTest::keyClicks(passphrase, kPassphrase);
        QTest::keyClicks(repeat, kPassphrase);
        QTest::keyClick(repeat, Qt::Key_Return);
        if (!unlocked.wait(15000))
            return false;
        const auto kind = m_expectKeychain ? WalletSession::MessageKind::Information
                                           : WalletSession::MessageKind::Warning;
        const QString title = m_expectKeychain ? QStringLiteral("remembers this wallet")
                                               : QStringLiteral("cannot remember");
        if (!QTest::qWaitFor([&] { return saw(messages, title, kind); }, 15000))
            return false;
        return RememberedWallets::contains(path) == m_expectKeychain;
    }

    /// Locks `window` and waits for its unlock page.
    static bool lockWindow(MainWindow &window)
    {
        window.session()->lock();
        return QTest::qWaitFor([&window] {
            return window.currentWalletPage() == static_cast<QWidget *>(window.unlockPage());
        });
    }

private slots:
    void rememberedWalletUnlocksWithTheKeychain()
    {
        const QString path = m_dir.filePath("made.db");
        MainWindow window(path);
        window.show();
        QVERIFY(createRemembered(window, path));
        QVERIFY(window.session()->isUnlocked()); // made either way
        QVERIFY(lockWindow(window));
        QPushButton *keychain = keychainButton(window);
        if (!m_expectKeychain) {
            QVERIFY(!keychain->isVisible()); // only the passphrase
            QVERIFY(test::unlockWindow(window, kPassphrase));
            return;
        }
        QTRY_VERIFY(keychain->isVisible());
        QVERIFY(!keychain->accessibleName().isEmpty());
        QSignalSpy unlocked(window.session(), &WalletSession::unlocked);
        keychain->click();
        QVERIFY(!keychain->isEnabled()); // busy
        QVERIFY(unlocked.wait(15000));
        QTRY_COMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialsPage()));
    }

    void aLockWhileTheKeychainUnlocksWins()
    {
        if (!m_expectKeychain)
            QSKIP("needs a Secret Service");
        const QString path = m_dir.filePath("lockwins.db");
        MainWindow window(path);
        window.show();
        QVERIFY(createRemembered(window, path));
        QVERIFY(lockWindow(window));
        QPushButton *keychain = keychainButton(window);
        QTRY_VERIFY(keychain->isVisible());
        QSignalSpy unlocked(window.session(), &WalletSession::unlocked);
        keychain->click();
        window.session()->lock();
        QTRY_VERIFY(keychain->isEnabled()); // the keychain unlock ended
        // Whatever the wallet's thread did since, it ends locked: ask it.
        auto *probe =
            window.session()->read<bool>([](Wallet &wallet, const ActivityBase::Context &) {
                return Result<bool>(wallet.isUnlocked());
            });
        QSignalSpy probed(probe, &ActivityBase::finished);
        QVERIFY(probed.wait(15000));
        QCOMPARE(probe->result().value(), false);
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!window.session()->isUnlocked());
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.unlockPage()));
    }

    void aKeychainThatCannotUnlockIsASentence()
    {
        // Marked remembered, but the keychain never held this wallet's key (or has none).
        const QString path = m_dir.filePath("unknown.db");
        test::createWallet(path, kPassphrase);
        RememberedWallets::set(path, true);
        MainWindow window(path);
        window.show();
        QTRY_COMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.unlockPage()));
        QPushButton *keychain = keychainButton(window);
        QTRY_VERIFY(keychain->isVisible());
        QSignalSpy messages(window.session(), &WalletSession::message);
        keychain->click();
        QVERIFY(messages.wait(15000));
        QTRY_VERIFY(keychain->isEnabled());
        const QString said = window.unlockPage()->problem();
        QVERIFY2(said.contains(m_expectKeychain ? "no longer holds" : "not available"),
                 qPrintable(said));
        QVERIFY(said.contains("Type your passphrase"));
        // A key that is gone is offered no more; an absent keychain may come back.
        QCOMPARE(keychain->isVisible(), !m_expectKeychain);
        QCOMPARE(RememberedWallets::contains(path), !m_expectKeychain);
        QVERIFY(test::unlockWindow(window, kPassphrase)); // the passphrase still works
    }

    void aRestoredWalletCanBeRememberedToo()
    {
        const QString old = m_dir.filePath("old.db");
        const QString backup = m_dir.filePath("old.backup");
        {
            auto wallet = test::createWallet(old);
            QByteArray passphrase = "backup passphrase";
            QVERIFY(WalletBackup::write(*wallet, backup, passphrase, test::cheapKdf()).ok());
        }
        const QString path = m_dir.filePath("restored.db");
        MainWindow window(path);
        window.show();
        WelcomePage *page = window.welcomePage();
        Wallet::CreateOptions options;
        options.kdf = test::cheapKdf();
        page->setCreateOptions(options);
        page->findChild<QPushButton *>("restoreBackup")->click();
        RestoreForm *form = page->restoreForm();
        form->findChild<QCheckBox *>("restoreRememberInKeychain")->setChecked(true);
        FileDialog::setNextOpenFileName(backup);
        form->findChild<QPushButton *>("chooseBackup")->click();
        QTest::keyClicks(form->findChild<QLineEdit *>("backupPassphrase"), "backup passphrase");
        QTest::keyClicks(form->findChild<QLineEdit *>("restoredPassphrase"), kPassphrase);
        QTest::keyClicks(form->findChild<QLineEdit *>("repeatRestoredPassphrase"), kPassphrase);
        QSignalSpy unlocked(window.session(), &WalletSession::unlocked);
        QSignalSpy messages(window.session(), &WalletSession::message);
        form->findChild<QPushButton *>("restoreWallet")->click();
        QVERIFY(unlocked.wait(15000));
        QTRY_VERIFY(saw(messages, m_expectKeychain ? "remembers this wallet" : "cannot remember",
                        m_expectKeychain ? WalletSession::MessageKind::Information
                                         : WalletSession::MessageKind::Warning));
        QCOMPARE(RememberedWallets::contains(path), m_expectKeychain);
        QVERIFY(window.session()->isUnlocked());
    }
};

QTEST_MAIN(TestKeychainUnlock)
#include "tst_keychain_unlock.moc"
