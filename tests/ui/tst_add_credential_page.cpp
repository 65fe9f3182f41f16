// Adding credentials through the window, as a person does: Add… (or a file dropped on the
// list) opens the page; a pasted token or an opened file is checked first and its report
// shown; only "Add to wallet" stores it, and the list shows it. What holds no credential is
// said plainly and nothing is stored; the same credential twice is skipped.

#include "core/verify/VerdictText.h"
#include "models/CredentialAdder.h"
#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "support/PresentationFactory.h"
#include "support/TestData.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/AddCredentialPage.h"
#include "ui/CredentialsPage.h"
#include "ui/FileDialog.h"
#include "ui/InspectionView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/UnlockPage.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestAddCredentialPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void unlock(MainWindow &window) { QVERIFY(test::unlockWindow(window)); }

private slots:
    void pasteCheckThenAdd()
    {
        const QString path = m_dir.filePath("paste.db");
        test::createWallet(path);
        MainWindow window(path);
        window.show();
        unlock(window);
        CredentialListModel *list = window.credentialsPage()->model();
        QTRY_COMPARE(list->rowCount(), 0);

        window.credentialsPage()->findChild<QPushButton *>("addCredential")->click();
        AddCredentialPage *page = window.addCredentialPage();
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(page));
        auto *add = page->findChild<QPushButton *>("add");
        QVERIFY(!add->isEnabled());

        // Garbage first: said plainly, nothing to add.
        page->findChild<QPlainTextEdit *>("credentialInput")->setPlainText("not a credential");
        QTRY_VERIFY_WITH_TIMEOUT(!page->problem().isEmpty(), 5000);
        QVERIFY(page->problem().startsWith("Nothing was added"));
        QVERIFY(!add->isEnabled());

        // A real JWT-VC: checked, its report shown, then added.
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        const QByteArray token = test::jwtVc(issuer, "did:example:alice", {"EmailCredential"},
                                             QJsonObject{{"email", "alice@example.com"}});
        page->findChild<QPlainTextEdit *>("credentialInput")
            ->setPlainText(QString::fromLatin1(token));
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 5000);
        QVERIFY(page->problem().isEmpty());
        QCOMPARE(page->inspection()->verdictText(), VerdictText::headline(Verdict::Valid));
        QCOMPARE(list->rowCount(), 0); // nothing stored before the person says so

        add->click();
        QTRY_COMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialsPage()));
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->recordAt(0)->title, QStringLiteral("EmailCredential"));
        QCOMPARE(list->recordAt(0)->verdict, Verdict::Valid);
        QVERIFY(window.messageBar()->text().contains("added"));

        // The same again: skipped, not doubled.
        window.addAction()->trigger(); // Ctrl+N
        page->findChild<QPlainTextEdit *>("credentialInput")
            ->setPlainText(QString::fromLatin1(token));
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 5000);
        add->click();
        QTRY_VERIFY(window.messageBar()->text().contains("already"));
        // The write reloads the list (a page at a time): wait for it, then still one.
        QTRY_VERIFY(!list->isLoading() && list->rowCount() > 0);
        QCOMPARE(list->rowCount(), 1);
    }

    void fromAFileAndRefusals()
    {
        const QString path = m_dir.filePath("file.db");
        test::createWallet(path);
        MainWindow window(path);
        window.show();
        unlock(window);
        window.addAction()->trigger();
        AddCredentialPage *page = window.addCredentialPage();
        auto *add = page->findChild<QPushButton *>("add");

        // A presentation is not a credential to keep.
        const test::Issuer holder = test::Issuer::make(KeyType::P256);
        const QByteArray vp = test::jwtVp(
            holder,
            QJsonArray{QString::fromLatin1(test::jwtVc(holder, holder.did, {"EmailCredential"},
                                                       QJsonObject{{"email", "a@b.c"}}))},
            "n", "did:key:zV");
        page->findChild<QPlainTextEdit *>("credentialInput")->setPlainText(QString::fromLatin1(vp));
        QTRY_VERIFY_WITH_TIMEOUT(page->problem().contains("presentation"), 5000);
        QVERIFY(!add->isEnabled());

        // Opened from a file (the sample credential of tests/data).
        FileDialog::setNextOpenFileName(test::dataPath("samples/email-credential.jwt"));
        page->findChild<QPushButton *>("openFile")->click();
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 10000);
        QVERIFY(page->problem().isEmpty());
        QCOMPARE(page->adder()->candidates().size(), 1);
        QCOMPARE(page->adder()->candidates().first().record.sourceRef,
                 QStringLiteral("email-credential.jwt"));
        {
            // The payload (a plain JWT-VC's, kept as text by the engine) is built on the
            // worker: an adder no page shows hands it over built.
            CredentialAdder unseen(*window.session(), 0);
            QSignalSpy examined(&unseen, &CredentialAdder::examined);
            QFile sample(test::dataPath("samples/email-credential.jwt"));
            QVERIFY(sample.open(QIODevice::ReadOnly));
            unseen.examine(sample.readAll(), QStringLiteral("email-credential.jwt"));
            QTRY_COMPARE_WITH_TIMEOUT(examined.count(), 1, 10000);
            QVERIFY(unseen.candidates().first().inspection.payload.isBuilt());
        }

        // Cancel stores nothing and goes back.
        page->findChild<QPushButton *>("cancel")->click();
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialsPage()));
        QTest::qWait(100);
        QCOMPARE(window.credentialsPage()->model()->rowCount(), 0);

        // Locking forgets what was pasted.
        window.addAction()->trigger();
        page->findChild<QPlainTextEdit *>("credentialInput")->setPlainText("something");
        window.lockAction()->trigger();
        QVERIFY(page->findChild<QPlainTextEdit *>("credentialInput")->toPlainText().isEmpty());
        QVERIFY(!window.addAction()->isEnabled());
    }
};

QTEST_MAIN(TestAddCredentialPage)
#include "tst_add_credential_page.moc"
