// One credential of the wallet, through the window as a person meets it: opened from the
// list (Enter on a card), its facts and its validation report as checked now, its token;
// Re-check runs again; Export writes the token to a file; Delete asks, and only a yes
// deletes; locking empties the page at once. A check on opening fills in the claims a card
// shows for a credential stored without them. Tags are edited in the page: saved, shown again
// when it is reopened, found by the list's tag filter; a bad list is a sentence, and the old
// tags stay.

#include "core/verify/VerdictText.h"
#include "models/CheckListModel.h"
#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/CredentialDetailPage.h"
#include "ui/CredentialsPage.h"
#include "ui/FileDialog.h"
#include "ui/InspectionView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/UnlockPage.h"

#include "models/QrImageReader.h"
#include "ui/QrCodeView.h"
#include "ui/TagsEditor.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestCredentialDetailPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_firstRaw;

    static void unlock(MainWindow &window)
    {
        QVERIFY(test::unlockWindow(window));
        QTRY_VERIFY(window.credentialsPage()->model()->rowCount() >= 2);
    }

    /// Enter on the card at `row` of the list.
    static void openRow(MainWindow &window, int row)
    {
        QListView *view = window.credentialsPage()->view();
        // (After a change the list loads again: wait for its rows.)
        QTRY_VERIFY(window.credentialsPage()->model()->rowCount() > row);
        view->setFocus();
        view->setCurrentIndex(window.credentialsPage()->model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialDetailPage()));
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_path);
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        QList<CredentialRecord> records;
        for (int i = 0; i < 3; ++i)
            records << test::signedRecord(issuer, "EmailCredential", i);
        records[0].issuerName = "Mail Issuer <b>Ltd</b>"; // markup stays text
        records[1].highlights.clear();                    // stored before cards showed claims
        m_firstRaw = records[0].raw;
        QCOMPARE(wallet->credentials().addMany(profile, records).value().added.size(), 3);
    }

    void aCheckFillsInWhatTheCardShows()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        CredentialListModel *list = window.credentialsPage()->model();
        QVERIFY(list->recordAt(1)->highlights.isEmpty());
        QSignalSpy changed(window.session(), &WalletSession::changed);
        openRow(window, 1);
        // Checked on opening: its claims go back to the list (once; nothing else changed).
        QVERIFY(changed.wait(10000));
        window.credentialDetailPage()->findChild<QPushButton *>("back")->click();
        QTRY_COMPARE(list->data(list->index(1, 0), CredentialListModel::HighlightsRole).toString(),
                     QStringLiteral("Name: Person 1"));
        openRow(window, 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.credentialDetailPage()->inspection()->verdictText().isEmpty(), 10000);
        QTest::qWait(100);
        QCOMPARE(changed.count(), 1);
    }

    void openShowsFactsReportAndToken()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        // Oldest last: the first record added is the last card (newest first).
        openRow(window, 2);
        CredentialDetailPage *page = window.credentialDetailPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->inspection()->verdictText().isEmpty(), 10000);
        QCOMPARE(page->titleText(), QStringLiteral("Email Credential"));
        QCOMPARE(page->tokenText().toLatin1(), m_firstRaw);
        auto *issuer = page->findChild<QLabel *>("issuer");
        QVERIFY(issuer->text().contains("Mail Issuer <b>Ltd</b>"));
        QCOMPARE(issuer->textFormat(), Qt::PlainText);
        // Checked now: a real report with its checks (the did:key issuer resolves offline).
        QVERIFY(page->inspection()->checks()->rowCount() >= 3);
        QCOMPARE(page->inspection()->verdictText(), VerdictText::headline(Verdict::Valid));

        // Re-check runs again.
        QSignalSpy rows(page->inspection()->checks(), &QAbstractItemModel::modelReset);
        page->findChild<QPushButton *>("recheck")->click();
        QTRY_VERIFY_WITH_TIMEOUT(rows.count() >= 2, 10000);
        QTRY_COMPARE(page->inspection()->verdictText(), VerdictText::headline(Verdict::Valid));

        // Back (Alt+Left or the button) to the list.
        page->findChild<QPushButton *>("back")->click();
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialsPage()));
    }

    void theTokenAsAQrCodeReadsBack()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        openRow(window, 2);
        QrCodeView *qr = window.credentialDetailPage()->qrCode();
        QTRY_VERIFY_WITH_TIMEOUT(!qr->code().isNull() || !qr->problem().isEmpty(), 10000);
        QVERIFY2(qr->problem().isEmpty(), qPrintable(qr->problem()));
        // What a camera would see: the code as drawn, scaled up, read by ZXing.
        const QImage seen = qr->code().scaled(qr->code().size() * 4);
        QCOMPARE(QrImageReader::read(seen).value(), QStringList{QString::fromLatin1(m_firstRaw)});
        QVERIFY(!qr->pixmap().isNull());
        QCOMPARE(qr->pixmap().width() % qr->code().width(), 0); // whole pixels a module

        // Too large for any QR code: said in a sentence, with the size.
        qr->showText(QByteArray(5000, 'a'));
        QTRY_VERIFY(!qr->problem().isEmpty());
        QVERIFY(qr->code().isNull());
        QVERIFY2(qr->text().contains("5,000") || qr->text().contains("5000"),
                 qPrintable(qr->text()));

        // Locking empties it.
        window.lockAction()->trigger();
        QTRY_VERIFY(qr->problem().isEmpty() && qr->code().isNull());
    }

    void exportWritesTheToken()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        openRow(window, 2);
        CredentialDetailPage *page = window.credentialDetailPage();
        QTRY_VERIFY(page->findChild<QPushButton *>("export")->isEnabled());
        const QString target = m_dir.filePath("exported.jwt");
        FileDialog::setNextSaveFileName(target);
        page->findChild<QPushButton *>("export")->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 5000);
        QCOMPARE(test::fileBytes(target), m_firstRaw);
        // Cancelled: nothing written.
        FileDialog::setNextSaveFileName({});
        page->findChild<QPushButton *>("export")->click();
        QTest::qWait(100);
        QCOMPARE(QDir(m_dir.path()).entryList({"*.jwt"}).size(), 1);
    }

    void deleteAsksFirst()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        openRow(window, 0);
        CredentialDetailPage *page = window.credentialDetailPage();
        QTRY_VERIFY(page->findChild<QPushButton *>("delete")->isEnabled());
        MessageBox::setNextAnswer(false);
        page->findChild<QPushButton *>("delete")->click();
        QTest::qWait(200);
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(page)); // nothing happened
        QCOMPARE(window.credentialsPage()->model()->rowCount(), 3);

        QSignalSpy removed(page, &CredentialDetailPage::removed);
        MessageBox::setNextAnswer(true);
        page->findChild<QPushButton *>("delete")->click();
        QVERIFY(removed.wait(5000));
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.credentialsPage()));
        QTRY_COMPARE(window.credentialsPage()->model()->rowCount(), 2);
    }

    void lockingEmptiesThePage()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        openRow(window, 0);
        CredentialDetailPage *page = window.credentialDetailPage();
        QTRY_VERIFY(!page->tokenText().isEmpty());
        window.lockAction()->trigger();
        QVERIFY(page->tokenText().isEmpty());
        QVERIFY(page->titleText().isEmpty());
        QVERIFY(page->inspection()->verdictText().isEmpty());
        QCOMPARE(window.currentWalletPage(), static_cast<QWidget *>(window.unlockPage()));
    }

    void editedTagsAreSavedShownAndFound()
    {
        MainWindow window(m_path);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        unlock(window);
        openRow(window, 1);
        CredentialDetailPage *page = window.credentialDetailPage();
        auto *tags = page->findChild<QLabel *>("tags");
        QTRY_COMPARE(tags->text(), QStringLiteral("none"));
        const qint64 id = page->credentialId();
        QVERIFY(id != 0);
        TagsEditor *editor = page->tagsEditor();
        QVERIFY(editor->isHidden());

        // Alt+T opens the editor in the page, the keyboard in its line.
        QTest::keyClick(page, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(editor->isVisible());
        auto *line = editor->findChild<QLineEdit *>("tagsLine");
        QTRY_VERIFY(line->hasFocus());
        QVERIFY(!line->accessibleName().isEmpty());
        QTest::keyClicks(line, "work, <i>travel</i>, work");
        QSignalSpy changed(window.session(), &WalletSession::changed);
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(editor->isHidden());
        // As stored (each once, in name order), as text.
        QCOMPARE(tags->text(), QStringLiteral("<i>travel</i>, work"));
        QCOMPARE(tags->textFormat(), Qt::PlainText);

        // Reopened from the list: read from the wallet again.
        page->findChild<QPushButton *>("back")->click();
        openRow(window, 1);
        QTRY_COMPARE(tags->text(), QStringLiteral("<i>travel</i>, work"));
        QCOMPARE(page->credentialId(), id);

        // The list's tag filter offers the new tags and finds exactly this card.
        page->findChild<QPushButton *>("back")->click();
        CredentialsPage *list = window.credentialsPage();
        auto *tagFilter = list->findChild<QComboBox *>("tagFilter");
        QTRY_VERIFY(tagFilter->findText("<i>travel</i>") > 0);
        QCOMPARE(tagFilter->itemText(0), QStringLiteral("All tags"));
        tagFilter->setCurrentIndex(tagFilter->findText("<i>travel</i>"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->recordAt(0)->id, id);
        tagFilter->setCurrentIndex(0);
        QTRY_VERIFY(list->model()->rowCount() >= 2);
    }

    void aBadTagListSaysWhyAndKeepsTheOldTags()
    {
        MainWindow window(m_path);
        window.show();
        unlock(window);
        openRow(window, 0);
        CredentialDetailPage *page = window.credentialDetailPage();
        auto *tags = page->findChild<QLabel *>("tags");
        auto *edit = page->findChild<QPushButton *>("editTags");
        QTRY_VERIFY(edit->isEnabled());
        QCOMPARE(tags->text(), QStringLiteral("none"));
        const qint64 id = page->credentialId();
        QVERIFY(id != 0);
        TagsEditor *editor = page->tagsEditor();
        auto *line = editor->findChild<QLineEdit *>("tagsLine");
        auto *save = editor->findChild<QPushButton *>("saveTags");

        // First some tags to keep.
        edit->click();
        QTest::keyClicks(line, "keep");
        save->click();
        QTRY_VERIFY(editor->isHidden());
        QCOMPARE(tags->text(), QStringLiteral("keep"));

        QSignalSpy changed(window.session(), &WalletSession::changed);
        edit->click();
        QCOMPARE(line->text(), QStringLiteral("keep")); // what is there, to change
        line->setText("keep,, more");
        save->click();
        QTRY_VERIFY(!editor->problem().isEmpty());
        QVERIFY2(editor->problem().contains("empty"), qPrintable(editor->problem()));
        QVERIFY(editor->isVisible());
        QCOMPARE(line->text(), QStringLiteral("keep,, more")); // nothing typed is lost
        QCOMPARE(tags->text(), QStringLiteral("keep"));

        line->setText("keep, " + QString(70, QLatin1Char('y')));
        save->click();
        QTRY_VERIFY(editor->problem().contains("64"));
        QVERIFY(editor->problem().contains("70"));

        // Esc leaves it as it was.
        QTest::keyClick(line, Qt::Key_Escape);
        QVERIFY(editor->isHidden());
        QCOMPARE(tags->text(), QStringLiteral("keep"));
        QTest::qWait(100);
        QCOMPARE(changed.count(), 0); // nothing was written

        page->findChild<QPushButton *>("back")->click();
        openRow(window, 0);
        QTRY_COMPARE(tags->text(), QStringLiteral("keep"));
        QCOMPARE(page->credentialId(), id);
    }
};

QTEST_MAIN(TestCredentialDetailPage)
#include "tst_credential_detail_page.moc"
