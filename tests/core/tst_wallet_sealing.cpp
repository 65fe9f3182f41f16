// What a wallet file keeps to itself (issues 11 and 12): no secret and nothing that describes
// the holder's records readable on disk, before or after VACUUM; every sealed row bound to its
// table, uid and id, the set of rows to the wallet's digest; schema-1 wallets sealed at first
// unlock.

#include "core/codec/Base64Url.h"
#include "core/store/LogEntry.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/StoredOffer.h"
#include "core/store/Wallet.h"
#include "core/store/WalletDatabase.h"
#include "support/LegacyWallet.h"
#include "support/WalletFixture.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace vcdesk;

class WalletSealingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void noSecretOnDiskBeforeOrAfterVacuum()
    {
        const QString file = path("w11.db");
        auto wallet = test::createWallet(file, "a passphrase");
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        QList<QByteArray> secrets;
        for (KeyType type : {KeyType::P256, KeyType::Secp256k1, KeyType::Ed25519}) {
            const auto key =
                wallet->keys().generate(profile, type, KeyStore::DidMethod::Jwk).value();
            const QByteArray secret = wallet->keys().privateKey(key.id).value().secret();
            secrets << secret << secret.toHex() << Base64Url::encode(secret);
        }
        Account account;
        account.kind = "issuer-agent";
        account.baseUrl = "https://agent.example.com";
        account.secretKind = Account::SecretKind::ApiKey;
        account.secret = "apikey-7f3a9c1e5b2d4a6f8e0c";
        secrets << account.secret;
        QVERIFY(wallet->accounts().add(profile, account).ok());
        Account bearer;
        bearer.kind = "verifier";
        bearer.baseUrl = "https://verifier.example.com";
        bearer.secretKind = Account::SecretKind::Bearer;
        bearer.secret = "eyJhbGciOiJub25lIn0.bearer-token-9d8c7b6a";
        secrets << bearer.secret;
        QVERIFY(wallet->accounts().add(profile, bearer).ok());
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        auto record = test::signedRecord(issuer, "HealthInsuranceCard", 1);
        record.tags = QStringList{"dialysis-clinic"};
        record.subject = "did:example:patient-4711";
        secrets << record.raw << record.raw.split('.').at(1); // the credential and its payload
        const qint64 credential = wallet->credentials().add(profile, record).value();
        secrets << QByteArray("passphrase");
        // Issue 12: nothing that describes what the holder has, from whom, or who the holder
        // is, is readable without the key: types, issuers, subjects, tags, account URLs and
        // names, the holder's own DIDs, profile names, offers and presentation history.
        QVERIFY(wallet->profiles().create("Oncology ward").ok());
        StoredOffer offer;
        offer.accountId = wallet->accounts().list(profile).value().first().id;
        offer.recordId = "offer-record-5c1d";
        offer.title = "DisabilityPass";
        offer.state = "OfferReceived";
        offer.claims = QJsonObject{{"diagnosis", "rare-condition-x"}};
        QVERIFY(wallet->offers().record(profile, offer).ok());
        LogEntry entry;
        entry.verifier = "Pharmacy Müller";
        entry.outcome = "verified";
        entry.reason = "presented PID from Bavaria";
        QVERIFY(wallet->log().append(profile, entry).ok());
        const QList<QByteArray> planted{
            "HealthInsuranceCard",
            issuer.did.toUtf8(),
            "dialysis-clinic",
            "patient-4711",
            "agent.example.com",
            "verifier.example.com",
            "Oncology ward",
            "DisabilityPass",
            "offer-record-5c1d",
            "rare-condition-x",
            "Pharmacy M",
            "PID from Bavaria",
            wallet->keys().defaultKey(profile).value().did.toUtf8().mid(8, 24),
            "Personal"};
        secrets << planted;

        auto checkFiles = [&](const char *when) {
            for (const char *suffix : {"", "-wal"}) {
                const QByteArray bytes = test::fileBytes(file + suffix);
                for (const QByteArray &secret : secrets)
                    QVERIFY2(!bytes.contains(secret),
                             qPrintable(
                                 QStringLiteral("%1 in %2%3").arg(secret.left(12), when, suffix)));
            }
        };
        checkFiles("live");
        QVERIFY(wallet->credentials().remove(credential).ok());
        QVERIFY(wallet->vacuum().ok());
        QVERIFY(Sql::exec(wallet->database(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
        checkFiles("vacuumed");
        wallet.reset();
        checkFiles("closed");
    }

    void sealedValuesDoNotMoveBetweenRows()
    {
        auto wallet = test::createWallet(path("w12.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const auto issuer = test::Issuer::make(KeyType::P256);
        const qint64 a =
            wallet->credentials().add(profile, test::signedRecord(issuer, "A", 1)).value();
        const qint64 b =
            wallet->credentials().add(profile, test::signedRecord(issuer, "B", 2)).value();
        QVERIFY(Sql::exec(wallet->database(),
                          "UPDATE credentials SET secret = (SELECT secret FROM credentials"
                          " WHERE id = ?) WHERE id = ?",
                          {a, b})
                    .ok());
        QCOMPARE(wallet->credentials().open(b).error().code, QStringLiteral("wallet.corrupt"));
        QVERIFY(wallet->credentials().open(a).ok()); // the others are untouched
        QVERIFY(Sql::exec(wallet->database(), "UPDATE keys SET secret = zeroblob(60)").ok());
        const qint64 key = wallet->keys().defaultKey(profile).value().id;
        QCOMPARE(wallet->keys().privateKey(key).error().code, QStringLiteral("wallet.corrupt"));
    }

    void listingsAreBoundToTheirRows_data()
    {
        QTest::addColumn<QString>("tamper");
        // A listing moved to another row, with or without its uid; a row's content and uid
        // moved under another's listing; one byte of a sealed listing changed; a profile's
        // sealed name wiped.
        QTest::newRow("listing swapped") << "UPDATE credentials SET sealed = (SELECT sealed FROM"
                                            " credentials WHERE id = :a) WHERE id = :b";
        QTest::newRow("listing and uid swapped")
            << "UPDATE credentials SET sealed = (SELECT sealed FROM credentials WHERE id = :a),"
               " uid = 'x' || uid WHERE id = :b";
        QTest::newRow("content and uid moved under a listing")
            << "UPDATE credentials SET secret = (SELECT secret FROM credentials WHERE id = :a)"
               " WHERE id = :b";
        QTest::newRow("one byte of a listing") << "flip";
        // Rows removed, moved, or put back from an older copy: each record still opens on its
        // own, the set is what the wallet's digest catches.
        QTest::newRow("a row deleted") << "DELETE FROM credentials WHERE id = :b";
        QTest::newRow("a log entry deleted") << "DELETE FROM verification_log";
        QTest::newRow("a row moved to another id")
            << "UPDATE credentials SET id = id + 1000 WHERE id = :b";
        QTest::newRow("an older copy of a row") << "rollback";
        QTest::newRow("a profile wiped") << "UPDATE profiles SET sealed = zeroblob(length(sealed))";
    }
    void listingsAreBoundToTheirRows()
    {
        // Issue 11, item 15: a listing that says "valid" must describe the very credential
        // the row holds; any change made outside vcdesk is found (exit 3), never an empty or
        // wrong list.
        QFETCH(QString, tamper);
        const QString file = path("w14-" + QString::number(qHash(tamper)) + ".db");
        qint64 a = 0, b = 0;
        {
            auto wallet = test::createWallet(file);
            const qint64 profile = wallet->profiles().resolve({}).value().id;
            const auto issuer = test::Issuer::make(KeyType::P256);
            auto bad = test::signedRecord(issuer, "A", 1);
            bad.verdict = Verdict::Invalid;
            a = wallet->credentials().add(profile, bad).value();
            b = wallet->credentials().add(profile, test::signedRecord(issuer, "B", 2)).value();
            LogEntry entry;
            entry.outcome = "verified";
            QVERIFY(wallet->log().append(profile, entry).ok());
            if (tamper == "rollback") {
                // "invalid" as first found, then re-checked as "revoked" later: the older
                // listing is put back below.
                const QByteArray older =
                    Sql::scalar(wallet->database(), "SELECT sealed FROM credentials WHERE id = ?",
                                {a})
                        .value()
                        .toByteArray();
                QVERIFY(wallet->credentials()
                            .recordVerdict(a, Verdict::Invalid, QDateTime::currentDateTimeUtc())
                            .ok());
                tamper = "UPDATE credentials SET sealed = X'" + older.toHex() + "' WHERE id = :a";
            }
        }
        {
            auto database = WalletDatabase::open(file, WalletDatabase::Access::ReadWrite).value();
            const QSqlDatabase &db = database->connection();
            if (tamper == "flip") {
                QByteArray sealed =
                    Sql::scalar(db, "SELECT sealed FROM credentials WHERE id = ?", {b})
                        .value()
                        .toByteArray();
                sealed[40] = char(sealed[40] ^ 1);
                QVERIFY(Sql::exec(db, "UPDATE credentials SET sealed = ? WHERE id = ?", {sealed, b})
                            .ok());
            } else {
                QString sql = tamper;
                sql.replace(":a", QString::number(a)).replace(":b", QString::number(b));
                QVERIFY2(Sql::exec(db, sql).ok(), qPrintable(sql));
            }
        }
        auto wallet = Wallet::open(file, Wallet::Access::ReadWrite).value();
        QByteArray pass = "pass";
        auto unlocked = wallet->unlock(pass);
        if (unlocked) {
            // Only the content moved: its listing opens, the content does not match it.
            QCOMPARE(wallet->credentials().open(b).error().code, QStringLiteral("wallet.corrupt"));
            return;
        }
        QCOMPARE(unlocked.error().code, QStringLiteral("wallet.corrupt"));
        QVERIFY(!wallet->isUnlocked());
        QCOMPARE(wallet->credentials().get(a).error().code, QStringLiteral("wallet.locked"));
    }

    void sealsAWalletFromBeforeSealedRecords()
    {
        // Issue 12: an existing wallet (schema 1, listing in the clear) is sealed at its first
        // unlock for writing, in one transaction; afterwards the file reveals nothing.
        const QString file = path("legacy.db");
        const auto legacy = test::writeLegacyWallet(file, 20);
        const QList<QByteArray> planted{"legacy-tag", "LegacyCredential",
                                        "legacy-agent.example.org",
                                        legacy.holderDid.toUtf8().mid(8, 24)};
        auto fileText = [&] { return test::fileBytes(file) + test::fileBytes(file + "-wal"); };
        QVERIFY(fileText().contains("legacy-tag")); // what there was to hide

        QCOMPARE(Wallet::open(file, Wallet::Access::ReadOnly).error().code,
                 QStringLiteral("wallet.needs_upgrade"));
        auto wallet = Wallet::open(file, Wallet::Access::ReadWrite).value();
        QByteArray wrong = "wrong";
        QCOMPARE(wallet->unlock(wrong).error().code, QStringLiteral("wallet.wrong_passphrase"));
        QCOMPARE(SchemaMigrations::currentVersion(wallet->database()).value(), 1);
        QByteArray pass = "pass";
        VCDESK_VERIFY_OK(wallet->unlock(pass));
        QCOMPARE(SchemaMigrations::currentVersion(wallet->database()).value(),
                 SchemaMigrations::latestVersion());

        const qint64 profile = wallet->profiles().resolve({}).value().id;
        CredentialQuery q;
        q.profileId = profile;
        q.limit = 100;
        auto page = wallet->search().page(q);
        VCDESK_VERIFY_OK(page);
        QCOMPARE(page->rows.size(), legacy.credentials.size());
        q.tag = "legacy-tag";
        QCOMPARE(wallet->search().count(q).value(), qint64(legacy.credentials.size()));
        for (const CredentialRecord &row : page->rows) {
            auto opened = wallet->credentials().open(row.id);
            VCDESK_VERIFY_OK(opened);
            QVERIFY(std::any_of(legacy.credentials.cbegin(), legacy.credentials.cend(),
                                [&](const CredentialRecord &r) { return r.raw == opened->raw; }));
            QCOMPARE(opened->types, (QStringList{"VerifiableCredential", "LegacyCredential"}));
        }
        const auto key = wallet->keys().defaultKey(profile);
        VCDESK_VERIFY_OK(key);
        QCOMPARE(key->did, legacy.holderDid);
        VCDESK_VERIFY_OK(wallet->keys().privateKey(key->id));
        const auto account = wallet->accounts().find(profile, "Legacy agent");
        VCDESK_VERIFY_OK(account);
        QCOMPARE(wallet->accounts().open(account->id).value().secret, QByteArray("legacy-api-key"));

        const QByteArray after = fileText();
        for (const QByteArray &secret : planted)
            QVERIFY2(!after.contains(secret), secret.constData());
        wallet.reset();
        // And it opens again, as any schema-2 wallet.
        auto again = Wallet::open(file, Wallet::Access::ReadOnly);
        VCDESK_VERIFY_OK(again);
        QByteArray pass2 = "pass";
        VCDESK_VERIFY_OK(again.value()->unlock(pass2));
    }
};

QTEST_GUILESS_MAIN(WalletSealingTest)
#include "tst_wallet_sealing.moc"
