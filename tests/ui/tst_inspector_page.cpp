// The inspector page as a person uses it (offscreen): paste a token, see the verdict.

#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/TrustList.h"
#include "models/InspectionController.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"
#include "ui/FileDialog.h"
#include "ui/InspectorPage.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
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
        auto *table = page.findChild<QTableView *>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3);
        // The page opens on the credential's claims.
        auto *tabs = page.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Claims"));
        auto *claims = qobject_cast<QTreeView *>(tabs->currentWidget());
        QCOMPARE(claims->model()->index(0, 0).data().toString(), QStringLiteral("email"));
        QCOMPARE(claims->model()->index(0, 1).data().toString(),
                 QStringLiteral("alice@example.com"));
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
