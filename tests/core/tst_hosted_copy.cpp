// Copying a hosted wallet's credential into the wallet (core/receive/HostedCopy): what the
// hosted wallet sent is checked like any import and kept with source "hosted"; the remembered
// id notes its copy; a second copy of the same credential is not a second record; accounts of
// another kind or profile are refused.

#include "core/receive/HostedCopy.h"
#include "core/store/Sql.h"
#include "support/WalletFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class HostedCopyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_wallets = 0;

    static Account account(const QString &name, const QString &kind)
    {
        Account a;
        a.name = name;
        a.kind = kind;
        a.baseUrl = "https://api.hosted.example";
        a.secretKind = Account::SecretKind::ApiKey;
        a.secret = "key";
        return a;
    }

private slots:
    void storeNotesTheCopyAndNeverDoubles()
    {
        auto wallet = test::createWallet(m_dir.filePath(QString::number(++m_wallets)));
        const qint64 profile = wallet->profiles().list().value().first().id;
        Account hosted = account("Hosted", "hosted-wallet");
        const qint64 accountId = wallet->accounts().add(profile, hosted).value().id;
        const qint64 first = wallet->hosted().remember(accountId, "cred-1", "Badge").value();
        const qint64 second = wallet->hosted().remember(accountId, "cred-2", "Badge").value();

        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        CredentialRecord record = test::signedRecord(issuer, "EmployeeBadge", 1);
        record.sourceKind = HostedCopy::kSourceKind;

        auto stored = HostedCopy::store(*wallet, profile, first, record);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().toString()));
        QVERIFY(!stored->already);
        QVERIFY(stored->credentialId > 0);
        QCOMPARE(wallet->hosted().get(first)->credentialId, stored->credentialId);
        QCOMPARE(wallet->credentials().get(stored->credentialId)->sourceKind, QString("hosted"));

        // The same credential again (through another remembered id): found, not added.
        auto again = HostedCopy::store(*wallet, profile, second, record);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QVERIFY(again->already);
        QCOMPARE(again->credentialId, stored->credentialId);
        QCOMPARE(wallet->hosted().get(second)->credentialId, stored->credentialId);
        QCOMPARE(Sql::scalar(wallet->index(), "SELECT count(*) FROM credentials")->toInt(), 1);

        // An unknown remembered id: nothing is added.
        CredentialRecord other = test::signedRecord(issuer, "EmployeeBadge", 2);
        auto missing = HostedCopy::store(*wallet, profile, second + 100, other);
        QVERIFY(!missing.ok());
        QCOMPARE(wallet->credentials().findDuplicate(profile, other.raw).value(), 0);
    }

    void openRefusesOtherKindsAndProfiles()
    {
        auto wallet = test::createWallet(m_dir.filePath(QString::number(++m_wallets)));
        const qint64 profile = wallet->profiles().list().value().first().id;
        Account hosted = account("Hosted", "hosted-wallet");
        Account issuer = account("Issuer", "issuer-agent");
        const qint64 hostedId = wallet->accounts().add(profile, hosted).value().id;
        const qint64 issuerId = wallet->accounts().add(profile, issuer).value().id;

        auto opened = HostedCopy::openAccount(*wallet, profile, hostedId);
        QVERIFY(opened.ok());
        QCOMPARE(opened->secret, QByteArray("key")); // opened: the client needs its key
        QCOMPARE(HostedCopy::openAccount(*wallet, profile, issuerId).error().code,
                 QString("wallet.invalid"));
        QCOMPARE(HostedCopy::openAccount(*wallet, profile + 1, hostedId).error().code,
                 QString("wallet.invalid"));

        const qint64 remembered = wallet->hosted().remember(hostedId, "abc", {}).value();
        auto ticket = HostedCopy::open(*wallet, profile, remembered);
        QVERIFY(ticket.ok());
        QCOMPARE(ticket->remembered.remoteId, QString("abc"));
        QCOMPARE(HostedCopy::open(*wallet, profile + 1, remembered).error().code,
                 QString("wallet.not_found"));
    }

    void prepareKeepsTheDetailWithItsSource()
    {
        // A W3C credential that is not signed: prepared (its verdict says so), source "hosted"
        // with the account and the hosted wallet's id.
        HostedWalletClient::StoredCredential stored;
        stored.credentialId = "654cb1";
        stored.detail =
            QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                        {"type", QJsonArray{"VerifiableCredential", "EmailCredential"}},
                        {"issuer", "did:example:issuer"},
                        {"issuanceDate", "2024-01-01T00:00:00Z"},
                        {"credentialSubject",
                         QJsonObject{{"id", "did:example:holder"}, {"email", "a@example.org"}}}};
        HostedCopy::Ticket ticket;
        ticket.account = account("My hosted", "hosted-wallet");
        ticket.remembered.remoteId = "654cb1";
        InspectOptions options; // offline: nothing to resolve
        auto record = HostedCopy::prepare(stored, ticket, options);
        QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().toString()));
        QCOMPARE(record->sourceKind, QString("hosted"));
        QVERIFY(record->sourceRef.contains("My hosted"));
        QVERIFY(record->sourceRef.contains("654cb1"));
        QVERIFY(record->verdict != Verdict::Valid);
        QVERIFY(record->types.contains("EmailCredential"));
        // The same detail gives the same bytes: a second copy is found as a duplicate.
        QCOMPARE(HostedCopy::prepare(stored, ticket, options)->raw, record->raw);
    }
};

QTEST_GUILESS_MAIN(HostedCopyTest)
#include "tst_hosted_copy.moc"
