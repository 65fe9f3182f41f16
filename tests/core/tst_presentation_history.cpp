// The presentation history and the hosted wallets' credentials (schema 3): records kept,
// paged newest first, cut rather than lost when a verifier's words are long, cleared; a
// schema-2 wallet is brought to schema 3 when opened for writing, and still read (without
// the new tables) when opened read-only; PresentationReceipt says what left the wallet.

#include "core/oid4vp/PresentationReceipt.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/Wallet.h"
#include "core/store/WalletDatabase.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

PresentationRecord sample(PresentationRecord::Outcome outcome, qint64 at)
{
    PresentationRecord r;
    r.at = at;
    r.clientId = QStringLiteral("did:web:verifier.example");
    r.verifierName = QStringLiteral("Club <b>door</b>");
    r.authenticatedBy = QStringLiteral("request signed by did:web:verifier.example#key-1");
    r.purpose = QStringLiteral("membership check");
    r.outcome = outcome;
    r.disclosed = QJsonArray{QJsonObject{{"credential", "MembershipCredential"},
                                         {"credentialId", 7},
                                         {"claims", QJsonArray{"$.name"}}}};
    return r;
}

Consent consentWithTwoParts()
{
    Consent consent;
    consent.verifier.clientId = QStringLiteral("x509_san_dns:verifier.example");
    consent.verifier.trustName = QStringLiteral("Verifier Ltd");
    consent.purpose = QStringLiteral("age check");
    Consent::Part required;
    required.id = QStringLiteral("id");
    Consent::Candidate pid;
    pid.credentialId = 1;
    pid.title = QStringLiteral("PID");
    pid.disclosedClaims = {{QStringLiteral("$.age_over_18"), QJsonValue(true)}};
    pid.alsoRevealed = {QStringLiteral("$.iss")};
    Consent::Candidate other = pid;
    other.credentialId = 2;
    required.candidates = {pid, other};
    Consent::Part optional;
    optional.id = QStringLiteral("extra");
    optional.required = false;
    Consent::Candidate whole;
    whole.credentialId = 3;
    whole.title = QStringLiteral("Degree");
    whole.revealsWholeCredential = true;
    optional.candidates = {whole};
    consent.parts = {required, optional};
    return consent;
}

} // namespace

class TestPresentationHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.db").arg(++m_files)); }

    static qint64 profileOf(Wallet &wallet) { return wallet.profiles().list().value().first().id; }

    /// A wallet file as schema 2 left it: the same records, without the schema-3 tables.
    QString schema2Wallet()
    {
        const QString path = newPath();
        test::createWallet(path);
        auto database = WalletDatabase::open(path, WalletDatabase::Access::ReadWrite).value();
        const QSqlDatabase &db = database->connection();
        for (const char *statement : {"DROP TABLE presentations", "DROP TABLE hosted_credentials",
                                      "PRAGMA user_version = 2"})
            if (!Sql::exec(db, QString::fromLatin1(statement)).ok())
                qFatal("cannot make a schema-2 file");
        return path;
    }

private slots:
    void keptNewestFirstAndCleared()
    {
        auto wallet = test::createWallet(newPath());
        const qint64 profile = profileOf(*wallet);
        for (int i = 0; i < 5; ++i)
            VCDESK_VERIFY_OK(wallet->presentations().append(
                profile, sample(i % 2 ? PresentationRecord::Outcome::Declined
                                      : PresentationRecord::Outcome::Shared,
                                1800000000 + i)));
        QCOMPARE(wallet->presentations().count(profile).value(), 5);
        auto first = wallet->presentations().page(profile, 3);
        VCDESK_VERIFY_OK(first);
        QCOMPARE(first->size(), 3);
        QCOMPARE(first->at(0).at, 1800000004);
        QCOMPARE(first->at(0).outcome, PresentationRecord::Outcome::Shared);
        QCOMPARE(first->at(1).outcome, PresentationRecord::Outcome::Declined);
        QCOMPARE(first->at(0).verifierName, QStringLiteral("Club <b>door</b>")); // as given
        QCOMPARE(first->at(0).disclosed.first()["claims"].toArray().first().toString(),
                 QStringLiteral("$.name"));
        auto rest = wallet->presentations().page(
            profile, 3, std::make_pair(first->last().at, first->last().id));
        QCOMPARE(rest->size(), 2);
        QCOMPARE(rest->last().at, 1800000000);

        // Sealed in the file: a fresh open reads them back.
        const QString path = wallet->path();
        wallet.reset();
        auto reopened = Wallet::open(path, Wallet::Access::ReadWrite);
        VCDESK_VERIFY_OK(reopened);
        QByteArray passphrase("pass");
        VCDESK_VERIFY_OK(reopened.value()->unlock(passphrase));
        QCOMPARE(reopened.value()->presentations().count(profile).value(), 5);
        QVERIFY(!test::fileBytes(path).contains("membership check")); // never in the clear
        QCOMPARE(reopened.value()->presentations().clear(profile).value(), 5);
        QCOMPARE(reopened.value()->presentations().count(profile).value(), 0);
    }

    void longWordsAreCutNotLost()
    {
        auto wallet = test::createWallet(newPath());
        const qint64 profile = profileOf(*wallet);
        PresentationRecord r = sample(PresentationRecord::Outcome::Refused, 0);
        r.reason = QString(10000, QLatin1Char('x'));
        r.verifierName = QString(5000, QLatin1Char('y'));
        auto id = wallet->presentations().append(profile, r);
        VCDESK_VERIFY_OK(id);
        auto back = wallet->presentations().get(id.value());
        QCOMPARE(back->reason.size(), PresentationHistory::kMaxText);
        QCOMPARE(back->verifierName.size(), PresentationHistory::kMaxText);
        QVERIFY(back->at > 1700000000); // stamped now

        // A list of claims too large to keep is refused with a sentence; nothing is written.
        r.disclosed = QJsonArray{QJsonObject{{"claims", QJsonArray{QString(70000, 'z')}}}};
        auto tooLarge = wallet->presentations().append(profile, r);
        QCOMPARE(tooLarge.error().code, QStringLiteral("wallet.invalid"));
        QCOMPARE(wallet->presentations().count(profile).value(), 1);
    }

    void lockedAndReadOnlyWalletsRefuse()
    {
        const QString path = newPath();
        auto wallet = test::createWallet(path);
        const qint64 profile = profileOf(*wallet);
        wallet->lock();
        QCOMPARE(wallet->presentations().page(profile, 10).error().code,
                 QStringLiteral("wallet.locked"));
        QVERIFY(!wallet->presentations()
                     .append(profile, sample(PresentationRecord::Outcome::Shared, 0))
                     .ok());
        wallet.reset();
        auto readOnly = Wallet::open(path, Wallet::Access::ReadOnly);
        VCDESK_VERIFY_OK(readOnly);
        QByteArray passphrase("pass");
        VCDESK_VERIFY_OK(readOnly.value()->unlock(passphrase));
        QCOMPARE(readOnly.value()
                     ->presentations()
                     .append(profile, sample(PresentationRecord::Outcome::Shared, 0))
                     .error()
                     .code,
                 QStringLiteral("wallet.read_only"));
    }

    void schema2IsReadThenUpgraded()
    {
        const QString path = schema2Wallet();
        QByteArray passphrase("pass");
        {
            // Read-only: read as it is, the new tables empty; the file is not changed.
            auto readOnly = Wallet::open(path, Wallet::Access::ReadOnly);
            VCDESK_VERIFY_OK(readOnly);
            QByteArray copy = passphrase;
            VCDESK_VERIFY_OK(readOnly.value()->unlock(copy));
            QCOMPARE(readOnly.value()->presentations().count(profileOf(*readOnly.value())).value(),
                     0);
            QCOMPARE(SchemaMigrations::currentVersion(readOnly.value()->database()).value(), 2);
        }
        auto wallet = Wallet::open(path, Wallet::Access::ReadWrite);
        VCDESK_VERIFY_OK(wallet);
        QCOMPARE(SchemaMigrations::currentVersion(wallet.value()->database()).value(), 3);
        VCDESK_VERIFY_OK(wallet.value()->unlock(passphrase)); // the digest still holds
        const qint64 profile = profileOf(*wallet.value());
        VCDESK_VERIFY_OK(wallet.value()->presentations().append(
            profile, sample(PresentationRecord::Outcome::Shared, 0)));
        QCOMPARE(wallet.value()->presentations().count(profile).value(), 1);
    }

    void hostedCredentialsAreRemembered()
    {
        auto wallet = test::createWallet(newPath());
        const qint64 profile = profileOf(*wallet);
        Account hosted;
        hosted.name = "Hosted";
        hosted.kind = "hosted-wallet";
        hosted.baseUrl = "https://api.hosted.example";
        hosted.secretKind = Account::SecretKind::ApiKey;
        hosted.secret = "key";
        Account issuer = hosted;
        issuer.name = "Issuer";
        issuer.kind = "issuer-agent";
        const qint64 account = wallet->accounts().add(profile, hosted).value().id;
        const qint64 other = wallet->accounts().add(profile, issuer).value().id;

        auto first = wallet->hosted().remember(account, " cred-1 ", "Employee Badge");
        VCDESK_VERIFY_OK(first);
        QCOMPARE(wallet->hosted().remember(account, "cred-1").value(), first.value()); // once
        VCDESK_VERIFY_OK(wallet->hosted().remember(account, "cred-2"));
        auto list = wallet->hosted().list(account);
        QCOMPARE(list->size(), 2);
        QCOMPARE(wallet->hosted().get(first.value())->title, QStringLiteral("Employee Badge"));
        QCOMPARE(wallet->hosted().get(first.value())->remoteId, QStringLiteral("cred-1"));

        QCOMPARE(wallet->hosted().remember(account, "  ").error().code,
                 QStringLiteral("wallet.invalid"));
        QCOMPARE(wallet->hosted().remember(account, QString(201, 'a')).error().code,
                 QStringLiteral("wallet.invalid"));
        QCOMPARE(wallet->hosted().remember(other, "cred-3").error().code,
                 QStringLiteral("wallet.invalid"));
        QCOMPARE(wallet->hosted().remember(9999, "cred-3").error().code,
                 QStringLiteral("wallet.not_found_item"));

        VCDESK_VERIFY_OK(wallet->hosted().forget(first.value()));
        QCOMPARE(wallet->hosted().list(account)->size(), 1);
        VCDESK_VERIFY_OK(wallet->accounts().remove(account));
        QCOMPARE(wallet->hosted().list(account)->size(), 0); // forgotten with the account
    }

    void receiptSaysWhatLeft()
    {
        const Consent consent = consentWithTwoParts();
        PresentationBuilder::Selection selection{{"id", {2}}, {"extra", {3}}};
        ResponseSender::VerifierAnswer ok;
        ok.status = 200;
        PresentationRecord shared = PresentationReceipt::of(consent, selection, false, ok);
        QCOMPARE(shared.outcome, PresentationRecord::Outcome::Shared);
        QCOMPARE(shared.trustedName, QStringLiteral("Verifier Ltd"));
        QCOMPARE(shared.purpose, QStringLiteral("age check"));
        QCOMPARE(shared.disclosed.size(), 2);
        const QJsonObject pid = shared.disclosed.at(0).toObject();
        QCOMPARE(pid["credentialId"].toInteger(), 2); // the chosen candidate, not the first
        QCOMPARE(pid["claims"].toArray(), (QJsonArray{"$.age_over_18", "$.iss"}));
        QVERIFY(shared.disclosed.at(1).toObject()["whole"].toBool());

        // The optional part left out: only the required one is listed.
        PresentationRecord without = PresentationReceipt::of(consent, {{"id", {1}}}, false, ok);
        QCOMPARE(without.disclosed.size(), 1);

        PresentationRecord declined = PresentationReceipt::of(consent, {}, true, ok);
        QCOMPARE(declined.outcome, PresentationRecord::Outcome::Declined);
        QVERIFY(declined.disclosed.isEmpty());

        Error refusedError{QStringLiteral("oid4vp.response_refused"), QStringLiteral("refused")};
        refusedError.httpStatus = 400;
        refusedError.serverMessage = QStringLiteral("invalid_request: stale nonce");
        PresentationRecord refused = PresentationReceipt::of(
            consent, selection, false, Result<ResponseSender::VerifierAnswer>(refusedError));
        QCOMPARE(refused.outcome, PresentationRecord::Outcome::Refused);
        QCOMPARE(refused.reason, QStringLiteral("invalid_request: stale nonce"));
        QCOMPARE(refused.disclosed.size(), 2); // it left, though refused

        PresentationRecord failed = PresentationReceipt::of(
            consent, selection, false,
            Result<ResponseSender::VerifierAnswer>(
                Error{QStringLiteral("net.unreachable"), QStringLiteral("no route")}));
        QCOMPARE(failed.outcome, PresentationRecord::Outcome::Failed);
        QCOMPARE(failed.reason, QStringLiteral("no route"));
        QVERIFY(failed.disclosed.isEmpty());
    }
};

QTEST_MAIN(TestPresentationHistory)
#include "tst_presentation_history.moc"
