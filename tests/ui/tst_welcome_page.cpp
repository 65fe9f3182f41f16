// The first-run page, driven as a person would: a weak passphrase is refused with a reason,
// two that differ are said to differ, and Create (or Enter) makes a real wallet file with a
// holder key, opened and unlocked, without blocking the window. A wallet that cannot be made
// there is a message, and the page can try again.

#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "ui/CredentialsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/PassphraseMeter.h"
#include "ui/WelcomePage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestWelcomePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QLineEdit *field(QWidget &page, const char *name)
    {
        return page.findChild<QLineEdit *>(QLatin1String(name));
    }

private slots:
    void weakOrDifferentPassphrasesAreRefusedWithAReason()
    {
        WalletSession session;
        WelcomePage page(session);
        page.show();
        auto *create = page.findChild<QPushButton *>("createWallet");
        // The create form's meter (the restore form has one of its own).
        auto *form = page.findChild<QWidget *>("createForm");
        auto *strength = form->findChild<QLabel *>("strengthText");
        QVERIFY(!create->isEnabled());
        QVERIFY(!create->accessibleName().isEmpty());

        QTest::keyClicks(field(page, "newPassphrase"), "short");
        QVERIFY(strength->text().contains("Too short"));
        field(page, "newPassphrase")->clear();
        QTest::keyClicks(field(page, "newPassphrase"), "Password1234!");
        QTest::keyClicks(field(page, "repeatPassphrase"), "Password1234!");
        QVERIFY2(strength->text().contains("common password"), qPrintable(strength->text()));
        QVERIFY(!create->isEnabled());

        field(page, "newPassphrase")->clear();
        QTest::keyClicks(field(page, "newPassphrase"), "velvet orbit cactus lantern");
        QVERIFY(!create->isEnabled()); // the repeat differs
        QCOMPARE(page.findChild<QLabel *>("mismatch")->text(),
                 QStringLiteral("The two passphrases differ."));
        field(page, "repeatPassphrase")->clear();
        QTest::keyClicks(field(page, "repeatPassphrase"), "velvet orbit cactus lantern");
        QVERIFY(page.findChild<QLabel *>("mismatch")->text().isEmpty());
        QVERIFY(create->isEnabled());
        QVERIFY(form->findChild<PassphraseMeter *>()->assessment().acceptable());
    }

    void enterMakesAWalletOpenAndUnlocked()
    {
        const QString path = m_dir.filePath("first.db");
        MainWindow window(path);
        window.show();
        WelcomePage *page = window.welcomePage();
        QCOMPARE(window.currentWalletPage(), page);
        Wallet::CreateOptions options;
        options.kdf = test::cheapKdf();
        page->setCreateOptions(options);
        QSignalSpy unlocked(window.session(), &WalletSession::unlocked);

        QTest::keyClicks(field(*page, "newPassphrase"), "velvet orbit cactus lantern");
        QTest::keyClicks(field(*page, "repeatPassphrase"), "velvet orbit cactus lantern");
        QTest::keyClick(field(*page, "repeatPassphrase"), Qt::Key_Return);
        QVERIFY(field(*page, "newPassphrase")->text().isEmpty());              // forgotten at once
        QVERIFY(!page->findChild<QPushButton *>("createWallet")->isEnabled()); // busy
        QVERIFY(unlocked.wait(15000));
        QVERIFY(QFile::exists(path));
        QTRY_VERIFY(window.credentialsPage());
        QTRY_COMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialsPage()));

        // The file really is a wallet with that passphrase and a holder key.
        window.session()->lock();
        auto wallet = Wallet::open(path, Wallet::Access::ReadOnly);
        QVERIFY(wallet.ok());
        QByteArray passphrase = "velvet orbit cactus lantern";
        QVERIFY(wallet.value()->unlock(passphrase).ok());
        const qint64 profile = wallet.value()->profiles().resolve({}).value().id;
        QCOMPARE(wallet.value()->keys().list(profile).value().size(), 1);
    }

    void aWalletThatCannotBeMadeIsAMessage()
    {
        MainWindow window(m_dir.filePath("later.db"));
        window.show();
        WelcomePage *page = window.welcomePage();
        Wallet::CreateOptions options;
        options.kdf = test::cheapKdf();
        page->setCreateOptions(options);
        QFile blocker(m_dir.filePath("blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        page->setWalletPath(m_dir.filePath("blocker/inside.db")); // a file, not a folder
        QSignalSpy messages(window.session(), &WalletSession::message);
        QTest::keyClicks(field(*page, "newPassphrase"), "velvet orbit cactus lantern");
        QTest::keyClicks(field(*page, "repeatPassphrase"), "velvet orbit cactus lantern");
        page->findChild<QPushButton *>("createWallet")->click();
        QVERIFY(messages.wait(15000));
        QVERIFY(messages.first().at(0).toString().contains("Cannot create"));
        QTRY_VERIFY(!window.messageBar()->text().isEmpty());
        QCOMPARE(window.currentWalletPage(), page);
        QVERIFY(!window.session()->isUnlocked());
        // It can try again once the person typed the passphrase again.
        QTest::keyClicks(field(*page, "newPassphrase"), "velvet orbit cactus lantern");
        QTest::keyClicks(field(*page, "repeatPassphrase"), "velvet orbit cactus lantern");
        QTRY_VERIFY(page->findChild<QPushButton *>("createWallet")->isEnabled());
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcome_page.moc"
