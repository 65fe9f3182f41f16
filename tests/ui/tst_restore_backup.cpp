// Restoring a wallet from a backup on the welcome page, driven as a person would: Restore from
// a backup → choose the file → the backup's passphrase and a new one twice → Restore, and the
// window goes straight to the restored credentials. A wrong backup passphrase, a file that is
// not a backup and a truncated backup are sentences and create no wallet file; a weak new
// passphrase keeps Restore disabled with the meter's reason; Back (or Esc) returns to the
// create form.

#include "core/store/WalletBackup.h"
#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "ui/CredentialsPage.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/PassphraseMeter.h"
#include "ui/RestoreForm.h"
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

const char kBackupPassphrase[] = "backup passphrase of old";
const char kNewPassphrase[] = "velvet orbit cactus lantern";

} // namespace

class TestRestoreBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_backup;

    static QLineEdit *field(QWidget &form, const char *name)
    {
        return form.findChild<QLineEdit *>(QLatin1String(name));
    }

    /// The welcome page of `window` (a cheap KDF), switched to its restore form.
    static RestoreForm *openRestoreForm(MainWindow &window)
    {
        WelcomePage *page = window.welcomePage();
        Wallet::CreateOptions options;
        options.kdf = test::cheapKdf();
        page->setCreateOptions(options);
        auto *restore = page->findChild<QPushButton *>("restoreBackup");
        if (!restore || restore->accessibleName().isEmpty())
            return nullptr;
        restore->click();
        return page->isRestoring() ? page->restoreForm() : nullptr;
    }

    /// Chooses `file` and types the passphrases into `form`.
    static void fill(RestoreForm &form, const QString &file, const char *backupPassphrase,
                     const char *newPassphrase = kNewPassphrase)
    {
        FileDialog::setNextOpenFileName(file);
        form.findChild<QPushButton *>("chooseBackup")->click();
        QTest::keyClicks(field(form, "backupPassphrase"), backupPassphrase);
        QTest::keyClicks(field(form, "restoredPassphrase"), newPassphrase);
        QTest::keyClicks(field(form, "repeatRestoredPassphrase"), newPassphrase);
    }

    /// Restores `file` with `backupPassphrase` into a new window at `path`; the sentence the
    /// form says (the restore must fail), after checking nothing was made.
    QString failedRestore(const QString &path, const QString &file, const char *backupPassphrase)
    {
        MainWindow window(path);
        window.show();
        RestoreForm *form = openRestoreForm(window);
        if (!form)
            return QStringLiteral("no restore form");
        QSignalSpy messages(window.session(), &WalletSession::message);
        fill(*form, file, backupPassphrase);
        auto *restore = form->findChild<QPushButton *>("restoreWallet");
        if (!restore->isEnabled())
            return QStringLiteral("restore disabled");
        restore->click();
        if (!messages.wait(15000))
            return QStringLiteral("no message");
        if (messages.first().at(2).value<WalletSession::MessageKind>() !=
                WalletSession::MessageKind::Error ||
            window.session()->isUnlocked() || window.currentWalletPage() != window.welcomePage() ||
            QFile::exists(path) || QFile::exists(path + ".restoring"))
            return QStringLiteral("something changed");
        // The form can try again.
        if (!QTest::qWaitFor([form] { return field(*form, "backupPassphrase")->isEnabled(); }))
            return QStringLiteral("the form stays busy");
        return form->problem();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto wallet = test::createWallet(m_dir.filePath("old.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        CredentialRecord record =
            test::signedRecord(test::Issuer::make(KeyType::P256), "LibraryCard", 1);
        record.title = "Restored library card";
        QVERIFY(wallet->credentials().add(profile, record).ok());
        m_backup = m_dir.filePath("old.backup");
        QByteArray passphrase = kBackupPassphrase;
        QVERIFY(WalletBackup::write(*wallet, m_backup, passphrase, test::cheapKdf()).ok());
    }

    void restoresAndShowsTheCredentials()
    {
        const QString path = m_dir.filePath("restored.db");
        MainWindow window(path);
        window.show();
        QCOMPARE(window.currentWalletPage(), window.welcomePage());
        RestoreForm *form = openRestoreForm(window);
        QVERIFY(form);
        QVERIFY(!form->findChild<QCheckBox *>("restoreRememberInKeychain")->isChecked());
        QSignalSpy opened(window.session(), &WalletSession::opened);
        QSignalSpy unlocked(window.session(), &WalletSession::unlocked);

        fill(*form, m_backup, kBackupPassphrase);
        QCOMPARE(field(*form, "backupFile")->text(), m_backup);
        QTest::keyClick(field(*form, "repeatRestoredPassphrase"), Qt::Key_Return);
        QVERIFY(field(*form, "backupPassphrase")->text().isEmpty()); // forgotten at once
        QVERIFY(field(*form, "restoredPassphrase")->text().isEmpty());
        QVERIFY(!form->findChild<QPushButton *>("restoreWallet")->isEnabled()); // busy
        QVERIFY(unlocked.wait(15000));
        QCOMPARE(opened.count(), 1);
        QVERIFY(form->problem().isEmpty());
        QTRY_VERIFY(window.credentialsPage());
        QTRY_COMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialsPage()));
        CredentialListModel *model = window.credentialsPage()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->recordAt(0)->title, QStringLiteral("Restored library card"));

        // The restored file opens with the new passphrase, not the backup's.
        window.session()->lock();
        auto wallet = Wallet::open(path, Wallet::Access::ReadOnly);
        QVERIFY(wallet.ok());
        QByteArray old = kBackupPassphrase;
        QCOMPARE(wallet.value()->unlock(old).error().code,
                 QStringLiteral("wallet.wrong_passphrase"));
        QByteArray fresh = kNewPassphrase;
        QVERIFY(wallet.value()->unlock(fresh).ok());
    }

    void aWrongBackupPassphraseIsASentence()
    {
        const QString said = failedRestore(m_dir.filePath("wrong.db"), m_backup, "not the one");
        QVERIFY2(said.contains("not the backup's passphrase"), qPrintable(said));
    }

    void aFileThatIsNotABackupIsASentence()
    {
        const QString notABackup = m_dir.filePath("notes.txt");
        QFile file(notABackup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes, not a wallet backup\n");
        file.close();
        const QString said =
            failedRestore(m_dir.filePath("notes.db"), notABackup, kBackupPassphrase);
        QVERIFY2(said.contains("not a vcdesk backup"), qPrintable(said));
    }

    void aTruncatedBackupIsASentence()
    {
        const QByteArray whole = test::fileBytes(m_backup);
        const QString truncated = m_dir.filePath("truncated.backup");
        QFile file(truncated);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(whole.left(whole.size() - 64));
        file.close();
        const QString said =
            failedRestore(m_dir.filePath("truncated.db"), truncated, kBackupPassphrase);
        QVERIFY2(said.contains("damaged or incomplete"), qPrintable(said));
    }

    void aWeakNewPassphraseKeepsRestoreDisabledWithTheReason()
    {
        MainWindow window(m_dir.filePath("weak.db"));
        window.show();
        RestoreForm *form = openRestoreForm(window);
        QVERIFY(form);
        QSignalSpy messages(window.session(), &WalletSession::message);
        fill(*form, m_backup, kBackupPassphrase, "password1");
        auto *restore = form->findChild<QPushButton *>("restoreWallet");
        QVERIFY(!restore->isEnabled());
        auto *meter = form->findChild<PassphraseMeter *>("restoreStrength");
        QVERIFY(!meter->assessment().acceptable());
        const QString reason = meter->findChild<QLabel *>("strengthText")->text();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(reason, meter->advice());
        QTest::keyClick(field(*form, "repeatRestoredPassphrase"), Qt::Key_Return);
        QVERIFY(field(*form, "backupPassphrase")->isEnabled()); // nothing started
        QCOMPARE(messages.count(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath("weak.db")));

        // Two that differ are said to differ.
        field(*form, "repeatRestoredPassphrase")->clear();
        field(*form, "restoredPassphrase")->clear();
        QTest::keyClicks(field(*form, "restoredPassphrase"), kNewPassphrase);
        QTest::keyClicks(field(*form, "repeatRestoredPassphrase"), "velvet orbit");
        QCOMPARE(form->findChild<QLabel *>("restoreMismatch")->text(),
                 QStringLiteral("The two passphrases differ."));
        QVERIFY(!restore->isEnabled());
    }

    void backAndEscapeReturnToTheCreateForm()
    {
        MainWindow window(m_dir.filePath("back.db"));
        window.show();
        WelcomePage *page = window.welcomePage();
        RestoreForm *form = openRestoreForm(window);
        QVERIFY(form);
        QVERIFY(!page->findChild<QCheckBox *>("rememberInKeychain")->isChecked());
        auto *back = form->findChild<QPushButton *>("restoreBack");
        QVERIFY(!back->accessibleName().isEmpty());
        back->click();
        QVERIFY(!page->isRestoring());
        QVERIFY(page->findChild<QPushButton *>("createWallet")->isVisible());

        QVERIFY(openRestoreForm(window));
        QTest::keyClick(field(*form, "backupFile"), Qt::Key_Escape);
        QVERIFY(!page->isRestoring());
    }
};

QTEST_MAIN(TestRestoreBackup)
#include "tst_restore_backup.moc"
