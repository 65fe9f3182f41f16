// The inspector page as a person uses it (offscreen): paste a token, see the verdict.

#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/TrustList.h"
#include "models/BatchInspection.h"
#include "models/BatchResultModel.h"
#include "models/InspectionController.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"
#include "ui/CanonicalFormView.h"
#include "ui/FileDialog.h"
#include "ui/InspectionView.h"
#include "ui/InspectorPage.h"
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace vcdesk;

class TestInspectorPage : public QObject
{
    Q_OBJECT
private slots:
    void pasteValidToken()
    {
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        page.setToken(QString::fromLatin1(
            test::sign(issuer.key, test::credentialClaims(issuer.did, now - 60, now + 3600))));
        QTRY_COMPARE(page.verdictText(), QStringLiteral("VALID"));
        QVERIFY(page.errorText().isEmpty());
        auto *table = page.findChild<QTableView *>("checks");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3);
        // The page opens on the credential's claims.
        auto *tabs = page.findChild<QTabWidget *>("inspectionParts");
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Claims"));
        auto *claims = qobject_cast<QTreeView *>(tabs->currentWidget());
        QCOMPARE(claims->model()->index(0, 0).data().toString(), QStringLiteral("email"));
        QCOMPARE(claims->model()->index(0, 1).data().toString(),
                 QStringLiteral("alice@example.com"));
        // A JWT has no Data Integrity proof: no "Signed form" tab.
        auto *signedForm = page.findChild<CanonicalFormView *>("canonicalForm");
        QVERIFY(signedForm);
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(signedForm)));
    }

    void everySubjectIsCounted()
    {
        // A credential about three people: the summary names the first and counts the others,
        // the claims tab lists them all.
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims = test::credentialClaims(issuer.did, now - 60, now + 3600);
        claims.remove("sub");
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("credentialSubject",
                  QJsonArray{QJsonObject{{"id", "did:example:alice"}, {"role", "<b>lead</b>"}},
                             QJsonObject{{"id", "did:example:bob"}},
                             QJsonObject{{"id", "did:example:carol"}}});
        claims.insert("vc", vc);
        page.setToken(QString::fromLatin1(test::sign(issuer.key, claims)));
        QTRY_COMPARE(page.verdictText(), QStringLiteral("VALID"));
        const QString summary = page.findChild<InspectionView *>()->summaryText();
        QVERIFY2(summary.contains("Subjects did:example:alice and 2 more"), qPrintable(summary));
        QVERIFY2(!summary.contains("did:example:bob"), qPrintable(summary));
    }

    void aDataIntegrityCredentialShowsWhatItsProofSigns()
    {
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        const QByteArray credential = test::readData("jsonld-interop/ed25519-signature-2020.json");
        page.setToken(QString::fromUtf8(credential));
        QTRY_COMPARE(page.verdictText(), QStringLiteral("VALID"));
        auto *tabs = page.findChild<QTabWidget *>("inspectionParts");
        auto *signedForm = page.findChild<CanonicalFormView *>("canonicalForm");
        const int index = tabs->indexOf(signedForm);
        QVERIFY(tabs->isTabVisible(index));
        QCOMPARE(tabs->tabText(index), QStringLiteral("Signed form"));
        QVERIFY2(signedForm->noteText().contains("Ed25519Signature2020"),
                 qPrintable(signedForm->noteText()));
        // Its three contexts, each carried by vcdesk, in the order they were used.
        QCOMPARE(signedForm->contexts()->rowCount(), 3);
        QCOMPARE(signedForm->contexts()->item(0, 0)->text(),
                 QStringLiteral("https://www.w3.org/2018/credentials/v1"));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(signedForm->contexts()->item(row, 1)->text(),
                     QStringLiteral("carried by vcdesk"));
        // The N-Quads, one statement a line, and the proof options.
        const QString nquads = signedForm->document()->toPlainText();
        QVERIFY2(nquads.contains("<https://www.w3.org/2018/credentials#issuanceDate> "
                                 "\"2025-01-01T00:00:00Z\"^^"
                                 "<http://www.w3.org/2001/XMLSchema#dateTime> ."),
                 qPrintable(nquads));
        QVERIFY(nquads.endsWith('\n') || nquads.count('\n') >= 4);
        QVERIFY(signedForm->proofOptions()->toPlainText().contains(
            "<https://w3id.org/security#Ed25519Signature2020>"));
        QVERIFY(signedForm->document()->isReadOnly());
        QVERIFY(!signedForm->document()->accessibleName().isEmpty());

        // A right-to-left override in a claim is shown as an escape, never applied. (The
        // signature no longer verifies; the signed form is still shown.)
        QByteArray hostile = credential;
        hostile.replace("Example University", "Example \u202egnp.exe University");
        page.setToken(QString::fromUtf8(hostile));
        QTRY_COMPARE(page.verdictText(), QStringLiteral("NOT VALID"));
        QTRY_VERIFY(signedForm->document()->toPlainText().contains("\\u202e"));
        QVERIFY(!signedForm->document()->toPlainText().contains(QChar(0x202e)));
    }

    void aDamagedTrustListIsAnErrorNotAVerdict()
    {
        // The window builds its options as the command line does: a trust list it cannot read
        // stops the inspection with the reason, it is never "no list" (check skipped).
        QStandardPaths::setTestModeEnabled(true);
        const QString path = TrustList::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not a trust list");
        file.close();
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        const auto issuer = test::Issuer::make(KeyType::P256);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        page.setToken(QString::fromLatin1(
            test::sign(issuer.key, test::credentialClaims(issuer.did, now - 60, now + 3600))));
        QTRY_VERIFY(!page.errorText().isEmpty());
        QVERIFY2(page.errorText().contains("trust."), qPrintable(page.errorText()));
        QVERIFY(page.verdictText().isEmpty());
        QVERIFY(QFile::remove(path));
        QStandardPaths::setTestModeEnabled(false);
    }

    void openFileGoesThroughTheFileDialogSeam()
    {
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        auto *open = page.findChild<QPushButton *>("openFile");
        QVERIFY(open);
        QVERIFY(!open->accessibleName().isEmpty());
        // Cancelled: nothing happens.
        FileDialog::setNextOpenFileName(QString());
        QTest::mouseClick(open, Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(page.verdictText().isEmpty());
        QVERIFY(page.errorText().isEmpty());
        // A file chosen: it is inspected.
        FileDialog::setNextOpenFileName(test::dataPath("samples/email-credential-tampered.jwt"));
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(page.verdictText(), QStringLiteral("NOT VALID"));
    }

    void invalidInputShowsInlineError()
    {
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        page.setToken("definitely.not a token");
        QTRY_VERIFY(!page.errorText().isEmpty());
        QVERIFY(page.errorText().contains("not a token vcdesk can read"));
        QVERIFY(page.verdictText().isEmpty());
        // And the page recovers with the next good input.
        page.setToken(QString::fromLatin1(test::readData("seeds/identus-credential.jwt")));
        QTRY_COMPARE(page.verdictText(), QStringLiteral("NOT VALID")); // expired in 2024
        QVERIFY(page.errorText().isEmpty());
    }

    void untrustedTextIsNeverMarkup()
    {
        // Issue 11, item 9 in the window: an error that quotes the token (here its typ) is
        // plain text, escaped; the summary is built from escaped pieces only.
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        page.setToken(QString::fromLatin1(
            test::sign(issuer.key, test::credentialClaims(issuer.did, now - 60, now + 3600),
                       QJsonObject{{"typ", "<b>x</b>\n<img src=y>"}}) +
            "~"));
        QTRY_VERIFY(!page.errorText().isEmpty());
        auto *error = page.findChild<QLabel *>("errorLabel");
        QVERIFY(error);
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY(page.errorText().contains("<b>x</b>\\u000a<img"));
        QVERIFY(!page.errorText().contains('\n'));
    }

    void dropTextAndFile()
    {
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        const auto issuer = test::Issuer::make(KeyType::P256);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto drop = [&page](QMimeData *mime) {
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QCoreApplication::sendEvent(&page, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton,
                                 Qt::NoModifier);
            QCoreApplication::sendEvent(&page, &dropEvent);
        };
        QMimeData text;
        text.setText(QString::fromLatin1(
            test::sign(issuer.key, test::credentialClaims(issuer.did, now - 60, now + 3600))));
        drop(&text);
        QTRY_COMPARE(page.verdictText(), QStringLiteral("VALID"));

        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(test::dataPath("seeds/identus-credential.jwt"))});
        drop(&file);
        QTRY_COMPARE(page.verdictText(), QStringLiteral("NOT VALID"));
    }

    void aFolderIsInspectedInABatchAndARowOpens()
    {
        // A folder picked through the dialog seam: valid, tampered and garbage files, the
        // running counts, the table sortable worst first, a row opened in the single view.
        QTemporaryDir folder;
        QFile::copy(test::dataPath("samples/email-credential.jwt"), folder.filePath("a.jwt"));
        QFile::copy(test::dataPath("samples/email-credential-tampered.jwt"),
                    folder.filePath("b.jwt"));
        test::writeFile(folder.path(), "c.txt", "not a token \x1b[2J");
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.resize(1000, 700);
        page.show();
        auto *batch = page.batch();
        QSignalSpy finished(batch, &BatchInspection::finished);
        FileDialog::setNextFolder(folder.path());
        QTest::mouseClick(page.findChild<QPushButton *>("openFolder"), Qt::LeftButton);
        QCOMPARE(page.currentTab(), 1);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        auto *counts = page.findChild<QLabel *>("batchCounts");
        QVERIFY2(counts->text().startsWith("3 of 3 inspected:"), qPrintable(counts->text()));
        QVERIFY(counts->text().contains("1 unreadable"));
        auto *progress = page.findChild<QProgressBar *>("batchProgress");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(!page.findChild<QPushButton *>("batchCancel")->isEnabled());

        auto *table = page.findChild<QTableView *>("batchTable");
        QCOMPARE(table->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < table->model()->columnCount(); ++column)
                QVERIFY(
                    !table->model()->index(row, column).data().toString().contains(QChar(0x1b)));
        // A click on the verdict header: worst first ("Not valid" before "Valid").
        table->sortByColumn(BatchResultModel::Verdict, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, BatchResultModel::Verdict).data().toString(),
                 QStringLiteral("Not valid"));
        // Enter on a row opens that file in the single-token view.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, BatchResultModel::Input));
        emit table->activated(table->currentIndex());
        QCOMPARE(page.currentTab(), 0);
        QTRY_COMPARE(page.verdictText(), QStringLiteral("NOT VALID"));
    }

    void theReportIsExportedFromTheButton()
    {
        QTemporaryDir folder;
        InspectionController controller(MultiMethodDidResolver::createDefault());
        controller.setEvaluationTime(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        InspectorPage page(&controller);
        page.show();
        auto *exportButton = page.findChild<QPushButton *>("exportReport");
        QVERIFY(!exportButton->isEnabled()); // nothing to report on yet
        const QString token = test::dataPath("samples/email-credential.jwt");
        page.loadFile(token);
        QTRY_VERIFY(exportButton->isEnabled());
        QSignalSpy finished(&page, &InspectorPage::exportFinished);
        const QString csv = folder.filePath("report.csv");
        FileDialog::setNextSaveFileName(csv);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QDir::toNativeSeparators(token).toUtf8()));
        QVERIFY(page.exportNote().contains("report.csv"));
        // A name with no report format's ending: a sentence, no file.
        FileDialog::setNextSaveFileName(folder.filePath("report.docx"));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(page.errorText().contains("report.format"));
        QVERIFY(!QFile::exists(folder.filePath("report.docx")));
        // Cleared: nothing to export.
        page.setToken({});
        QTRY_VERIFY(!exportButton->isEnabled());
    }

    void aTokenIsCheckedAsOfAnotherDateAndOffline()
    {
        // Signed 2024-01-01, expiring 2030-01-01 (tests/data/README.md).
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        page.loadFile(test::dataPath("samples/email-credential.jwt"));
        auto *atBox = page.findChild<QCheckBox *>("atBox");
        auto *atEdit = page.findChild<QDateTimeEdit *>("atEdit");
        QVERIFY(!atEdit->isEnabled());
        QTest::mouseClick(atBox, Qt::LeftButton);
        QVERIFY(atEdit->isEnabled());
        atEdit->setDateTime(QDateTime(QDate(2031, 6, 1), QTime(12, 0), Qt::UTC));
        QTRY_COMPARE(page.verdictText(), QStringLiteral("NOT VALID"));
        QCOMPARE(controller.evaluationTime(), QDateTime(QDate(2031, 6, 1), QTime(12, 0), Qt::UTC));
        atEdit->setDateTime(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QTRY_VERIFY(page.verdictText() != QStringLiteral("NOT VALID"));
        // Back to now; offline reaches the controller (and every batch it starts).
        QTest::mouseClick(atBox, Qt::LeftButton);
        QVERIFY(!controller.evaluationTime().isValid());
        QTest::mouseClick(page.findChild<QCheckBox *>("offlineBox"), Qt::LeftButton);
        QVERIFY(controller.isOffline());
        // The trust list and the cache a verdict rests on are named.
        const QString sources = page.findChild<QLabel *>("sourcesLabel")->text();
        QVERIFY(sources.contains(QDir::toNativeSeparators(TrustList::defaultPath())));
    }

    void aBatchIsCancelledFromTheButton()
    {
        QTemporaryDir folder;
        const QByteArray valid = test::readData("samples/email-credential.jwt");
        QStringList files;
        for (int i = 0; i < 2000; ++i)
            files << test::writeFile(folder.path(), QStringLiteral("%1.jwt").arg(i), valid);
        InspectionController controller(MultiMethodDidResolver::createDefault());
        InspectorPage page(&controller);
        page.show();
        QSignalSpy finished(page.batch(), &BatchInspection::finished);
        FileDialog::setNextOpenFileNames(files);
        QTest::mouseClick(page.findChild<QPushButton *>("openFiles"), Qt::LeftButton);
        auto *cancel = page.findChild<QPushButton *>("batchCancel");
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(page.batch()->rows().size() < 2000);
        QVERIFY(page.findChild<QLabel *>("batchCounts")->text().startsWith("Cancelled."));
        // An empty folder is said, not counted as "all valid".
        QTemporaryDir empty;
        QSignalSpy failed(page.batch(), &BatchInspection::failed);
        page.inspectBatch({empty.path()});
        QVERIFY(failed.wait(10000));
        QVERIFY(page.findChild<QLabel *>("batchCounts")->text().contains("holds no files"));
    }

    void mainWindowHasTheInspector()
    {
        // The wallet comes first; the inspector is one section away and needs no wallet.
        MainWindow window;
        window.show();
        QVERIFY(!window.inspectorPage()->isVisible());
        window.showSection(window.inspectorPage());
        QVERIFY(window.inspectorPage()->isVisible());
        QVERIFY(window.findChild<QPlainTextEdit *>("tokenInput"));
    }
};

QTEST_MAIN(TestInspectorPage)
#include "tst_inspector_page.moc"
