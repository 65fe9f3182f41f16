// The wallet's item models under QAbstractItemModelTester: lazy loading, SQL sorting and
// filtering, reloads, and failures reported as signals.

#include "core/common/Clock.h"
#include "core/store/Sql.h"
#include "core/store/StoreClock.h"
#include "models/CredentialListModel.h"
#include "models/OfferListModel.h"
#include "models/VerificationLogModel.h"
#include "support/WalletFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class WalletModelsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    qint64 m_profile = 0;
    test::Issuer m_alice = test::Issuer::make(KeyType::Secp256k1);
    test::Issuer m_bob = test::Issuer::make(KeyType::P256);

    /// Fetches pages until the model has everything.
    static void fetchAll(QAbstractItemModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private slots:
    void initTestCase()
    {
        m_wallet = test::createWallet(m_dir.filePath("models.db"));
        m_profile = m_wallet->profiles().resolve({}).value().id;
        QList<CredentialRecord> records;
        const QStringList types{"EmailCredential", "PassportCredential", "LibraryCard"};
        for (int i = 0; i < 250; ++i)
            records << test::signedRecord(i % 2 ? m_alice : m_bob, types.at(i % 3), i);
        QCOMPARE(m_wallet->credentials().addMany(m_profile, records).value().added.size(), 250);
    }

    void credentialsLoadLazily()
    {
        CredentialListModel model(m_wallet->index(), m_profile);
        QCOMPARE(model.rowCount(), PagedTableModel::kPageSize); // only the first page
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.matchingCount(), 250);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        // Newest first by default; ids are unique.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(CredentialListModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), 250);
        QVERIFY(model.index(0, 0).data(CredentialListModel::IdRole).toLongLong() >
                model.index(1, 0).data(CredentialListModel::IdRole).toLongLong());
        QCOMPARE(model.columnCount(), int(CredentialListModel::ColumnCount));
        QCOMPARE(model.headerData(CredentialListModel::ExpiresColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Expires"));
        QCOMPARE(model.index(0, CredentialListModel::VerdictColumn).data().toString(),
                 QStringLiteral("Valid"));
        QCOMPARE(model.index(0, 0).data(CredentialListModel::VerdictRole).toString(),
                 QStringLiteral("valid"));
    }

    void sortingAndFilteringRunInSql()
    {
        CredentialListModel model(m_wallet->index(), m_profile);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(CredentialListModel::TitleColumn, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 250);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data().toString() <=
                    model.index(row, 0).data().toString());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("EmailCredential"));

        model.sort(CredentialListModel::ExpiresColumn, Qt::DescendingOrder);
        QCOMPARE(model.recordAt(0)->expiresAt.toSecsSinceEpoch(), 1900000000 + 249);

        CredentialQuery filter;
        filter.type = "PassportCredential";
        filter.issuer = m_alice.did;
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.matchingCount(), model.rowCount());
        QVERIFY(model.rowCount() > 30 && model.rowCount() < 50); // every 6th of 250
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.recordAt(row)->issuer, m_alice.did);
            QVERIFY(model.index(row, 0)
                        .data(CredentialListModel::TypesRole)
                        .toStringList()
                        .contains("PassportCredential"));
        }
        // The sort survives a filter change.
        QCOMPARE(model.query().sort, CredentialQuery::SortKey::Expires);

        filter = CredentialQuery{};
        filter.text = "holder-24"; // holder-24, holder-240..249
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 11);
        filter.text = "nothing like this";
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void reloadSeesNewAndRemovedRows()
    {
        CredentialListModel model(m_wallet->index(), m_profile);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto extra = test::signedRecord(m_bob, "NewCredential", 1000);
        const qint64 id = m_wallet->credentials().add(m_profile, extra).value();
        model.reload();
        QCOMPARE(model.index(0, 0).data(CredentialListModel::IdRole).toLongLong(), id);
        VCDESK_VERIFY_OK(m_wallet->credentials().remove(id));
        model.reload();
        QVERIFY(model.index(0, 0).data(CredentialListModel::IdRole).toLongLong() != id);
    }

    void failuresAreSignalsNotDialogs()
    {
        // A connection that lost its tables: the model reports and stays empty and usable.
        const QString broken = m_dir.filePath("broken.db");
        auto wallet = test::createWallet(broken);
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        CredentialListModel model(wallet->index(), profile);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        VCDESK_VERIFY_OK(wallet->credentials().add(profile, test::signedRecord(m_bob, "X", 1)));
        VCDESK_VERIFY_OK(Sql::exec(wallet->index(), "DROP TABLE credential_tags"));
        model.reload();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("wallet."));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void offersAndLog()
    {
        Account agent;
        agent.kind = "issuer-agent";
        agent.baseUrl = "http://127.0.0.1:8090";
        const qint64 account = m_wallet->accounts().add(m_profile, agent).value().id;
        qint64 now = 1800000000;
        Clock::Override clock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
        for (int i = 0; i < 130; ++i) {
            StoredOffer offer;
            offer.accountId = account;
            offer.recordId = QStringLiteral("rec-%1").arg(i);
            offer.title = QStringLiteral("Offer %1").arg(i);
            offer.state = i % 4 ? "OfferReceived" : "CredentialReceived";
            offer.claims = QJsonObject{{"n", i}};
            VCDESK_VERIFY_OK(m_wallet->offers().record(m_profile, offer));
            ++now;
            clock.advanceSeconds(1);
        }
        for (int i = 0; i < 120; ++i) {
            LogEntry entry;
            entry.at = now - i * 60;
            entry.verifier = "Kiosk";
            entry.request = "badge";
            entry.outcome = i % 3 ? "verified" : "rejected";
            VCDESK_VERIFY_OK(m_wallet->log().append(m_profile, entry));
        }

        OfferListModel offers(m_wallet->access(), m_profile);
        QCOMPARE(offers.rowCount(), PagedTableModel::kPageSize); // lazily: one page
        QAbstractItemModelTester offerTester(
            &offers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(offers);
        QCOMPARE(offers.rowCount(), 130);
        QCOMPARE(offers.index(0, OfferListModel::TitleColumn).data().toString(),
                 QStringLiteral("Offer 129")); // most recent change first
        offers.setStateFilter("CredentialReceived");
        fetchAll(offers);
        QCOMPARE(offers.rowCount(), 33);

        VerificationLogModel log(m_wallet->access(), m_profile);
        QAbstractItemModelTester logTester(&log,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(log);
        QCOMPARE(log.rowCount(), 120);
        log.setOutcomeFilter("rejected");
        fetchAll(log);
        QCOMPARE(log.rowCount(), 40);
        QCOMPARE(log.index(0, VerificationLogModel::OutcomeColumn).data().toString(),
                 QStringLiteral("rejected"));
    }
};

QTEST_GUILESS_MAIN(WalletModelsTest)
#include "tst_wallet_models.moc"
