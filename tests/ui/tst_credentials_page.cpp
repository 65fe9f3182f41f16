// The wallet's credential list, driven through its widgets on a real wallet (opened through a
// WalletSession, rows loading on the wallet's thread): cards with a badge that says valid,
// not valid or expired; search as you type; the status filter; the sort order; Enter opens.

#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "ui/CredentialCardDelegate.h"
#include "ui/CredentialsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestCredentialsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_profile = 0;

    std::unique_ptr<WalletSession> openSession()
    {
        auto session = std::make_unique<WalletSession>();
        QSignalSpy unlocked(session.get(), &WalletSession::unlocked);
        session->open(m_path, Wallet::Access::ReadWrite);
        QSignalSpy opened(session.get(), &WalletSession::opened);
        if (!opened.wait(10000))
            qFatal("not opened");
        session->unlock("pass");
        if (!unlocked.wait(10000))
            qFatal("not unlocked");
        return session;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_path);
        m_profile = wallet->profiles().resolve({}).value().id;
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        QList<CredentialRecord> records;
        for (int i = 0; i < 20; ++i)
            records << test::signedRecord(issuer, i % 2 ? "EmailCredential" : "LibraryCard", i);
        records[3].verdict = Verdict::Invalid;
        records[4].expiresAt = QDateTime::fromSecsSinceEpoch(1000000000, Qt::UTC); // long past
        records[5].title = "Zebra pass";
        QCOMPARE(wallet->credentials().addMany(m_profile, records).value().added.size(), 20);
    }

    void cardsSearchFilterAndSort()
    {
        auto session = openSession();
        CredentialsPage page(*session, m_profile);
        page.resize(700, 600);
        page.show();
        CredentialListModel *model = page.model();
        auto *count = page.findChild<QLabel *>("credentialCount");
        QTRY_VERIFY(count->text().startsWith("20 credential"));
        QVERIFY(page.view()->isVisible());

        // Badges: what a person reads first.
        bool sawInvalid = false, sawExpired = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto [text, colour] = CredentialCardDelegate::badge(*model, row);
            const CredentialRecord *record = model->recordAt(row);
            if (record->verdict == Verdict::Invalid) {
                QCOMPARE(text, QStringLiteral("Not valid"));
                sawInvalid = true;
            } else if (record->expiresAt.date().year() < 2010) {
                QCOMPARE(text, QStringLiteral("Expired"));
                sawExpired = true;
            } else {
                QCOMPARE(text, QStringLiteral("Valid"));
            }
        }
        QVERIFY(sawInvalid && sawExpired);

        // Search as you type (after a short pause).
        QTest::keyClicks(page.findChild<QLineEdit *>("search"), "Library");
        QTRY_VERIFY(count->text().startsWith("10 credential"));
        QVERIFY(count->text().endsWith("match"));
        QTRY_COMPARE(model->rowCount(), 10);
        page.findChild<QLineEdit *>("search")->clear();
        QTRY_COMPARE(model->rowCount(), 20);

        // The status filter.
        auto *verdict = page.findChild<QComboBox *>("verdictFilter");
        verdict->setCurrentIndex(verdict->findText("Not valid"));
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(count->text().startsWith("1 credential"));
        verdict->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 20);

        // Sort by name: "Zebra pass" comes last.
        auto *sort = page.findChild<QComboBox *>("sortOrder");
        sort->setCurrentIndex(1);
        const auto lastTitle = [model] {
            const CredentialRecord *last = model->rowCount() == 20 ? model->recordAt(19) : nullptr;
            return last ? last->title : QString();
        };
        QTRY_COMPARE(lastTitle(), QStringLiteral("Zebra pass"));
        QCOMPARE(model->recordAt(0)->title, QStringLiteral("EmailCredential"));

        // Enter opens the current card.
        QSignalSpy opened(&page, &CredentialsPage::credentialActivated);
        page.view()->setFocus();
        page.view()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), model->recordAt(0)->id);
        QVERIFY(!page.view()->accessibleName().isEmpty());
    }

    void anEmptySearchSaysSo()
    {
        auto session = openSession();
        CredentialsPage page(*session, m_profile);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 20);
        QTest::keyClicks(page.findChild<QLineEdit *>("search"), "no such thing");
        QTRY_VERIFY(page.findChild<QLabel *>("emptyText")->isVisible());
        QCOMPARE(page.findChild<QLabel *>("emptyText")->text(),
                 QStringLiteral("No credential matches."));
        QVERIFY(!page.view()->isVisible());
    }
};

QTEST_MAIN(TestCredentialsPage)
#include "tst_credentials_page.moc"
