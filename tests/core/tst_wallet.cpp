// The wallet store: creation and unlock, keys and DIDs, credentials and search, migrations and
// hostile files. What is sealed and how: tst_wallet_sealing. Offers, accounts and the log:
// tst_wallet_records.

#include "core/crypto/Jwk.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/jose/AlgorithmPolicy.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsVerifier.h"
#include "core/store/CredentialImporter.h"
#include "core/store/RecordSealer.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/StoreClock.h"
#include "core/store/Wallet.h"
#include "core/store/WalletDatabase.h"
#include "core/store/WalletMeta.h"
#include "support/WalletFixture.h"

#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class WalletTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void createUnlockAndWrongPassphrase()
    {
        const QString file = path("w1.db");
        {
            auto wallet = test::createWallet(file, "right horse");
            QVERIFY(wallet->isUnlocked());
            const auto profiles = wallet->profiles().list().value();
            QCOMPARE(profiles.size(), 1);
            QCOMPARE(profiles.first().name, QStringLiteral("Personal"));
            QCOMPARE(wallet->keys().list(profiles.first().id).value().size(), 1);
        }
        const QByteArray before = test::fileBytes(file);
        auto wallet = Wallet::open(file, Wallet::Access::ReadWrite).value();
        QVERIFY(!wallet->isUnlocked());
        QByteArray wrong = "wrong horse";
        auto refused = wallet->unlock(wrong);
        QCOMPARE(refused.error().code, QStringLiteral("wallet.wrong_passphrase"));
        QVERIFY(wrong.isEmpty()); // wiped
        QVERIFY(!wallet->isUnlocked());
        QByteArray right = "right horse";
        QVERIFY(wallet->unlock(right).ok());
        QVERIFY(wallet->isUnlocked());
        wallet->lock();
        QCOMPARE(wallet->credentials().open(1).error().code, QStringLiteral("wallet.locked"));
        wallet.reset();
        QCOMPARE(test::fileBytes(file), before);

        QCOMPARE(Wallet::open(path("missing.db"), Wallet::Access::ReadWrite).error().code,
                 QStringLiteral("wallet.not_found"));
        QByteArray again = "x";
        Wallet::CreateOptions options;
        options.kdf = test::cheapKdf();
        QCOMPARE(Wallet::create(file, again, options).error().code,
                 QStringLiteral("wallet.exists"));
        QByteArray empty;
        QCOMPARE(Wallet::create(path("empty-pass.db"), empty, options).error().code,
                 QStringLiteral("wallet.weak_passphrase"));
        QVERIFY(!QFile::exists(path("empty-pass.db")));
    }

    void defaultOptionsCalibrateTheKdf()
    {
        QByteArray passphrase = "calibrated";
        auto wallet = Wallet::create(path("calibrated.db"), passphrase, Wallet::CreateOptions{});
        VCDESK_VERIFY_OK(wallet);
        const auto kdf = QJsonDocument::fromJson(
                             WalletMeta::get(wallet.value()->database(), "kdf").value()->data())
                             .object();
        QCOMPARE(kdf.value("memoryKiB").toInt(), 64 * 1024);
        QVERIFY(kdf.value("iterations").toInt() >= 2);
    }

    void changePassphraseRewrapsOnlyTheKey()
    {
        const QString file = path("w2.db");
        auto wallet = test::createWallet(file, "old");
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const auto record = test::signedRecord(issuer, "EmailCredential", 1);
        auto added = wallet->credentials().add(profile, record);
        VCDESK_VERIFY_OK(added);
        const qint64 id = added.value();
        const QByteArray sealedBefore =
            Sql::scalar(wallet->database(), "SELECT secret FROM credentials WHERE id = ?", {id})
                .value()
                .toByteArray();
        QByteArray wrong = "not-old", next = "new";
        QCOMPARE(wallet->changePassphrase(wrong, next, test::cheapKdf()).error().code,
                 QStringLiteral("wallet.wrong_passphrase"));
        QByteArray old = "old";
        next = "new";
        QVERIFY(wallet->changePassphrase(old, next, test::cheapKdf()).ok());
        QCOMPARE(
            Sql::scalar(wallet->database(), "SELECT secret FROM credentials WHERE id = ?", {id})
                .value()
                .toByteArray(),
            sealedBefore);
        wallet.reset();
        auto reopened = Wallet::open(file, Wallet::Access::ReadWrite).value();
        QByteArray stale = "old";
        QCOMPARE(reopened->unlock(stale).error().code, QStringLiteral("wallet.wrong_passphrase"));
        QByteArray fresh = "new";
        QVERIFY(reopened->unlock(fresh).ok());
        QCOMPARE(reopened->credentials().open(id).value().raw, record.raw);
    }

    void keysSignAndResolveToTheirDid()
    {
        auto wallet = test::createWallet(path("w3.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        auto resolver = MultiMethodDidResolver::createDefault(NetworkPolicy{});
        for (KeyType type : {KeyType::P256, KeyType::Secp256k1, KeyType::Ed25519}) {
            for (auto method : {KeyStore::DidMethod::Key, KeyStore::DidMethod::Jwk}) {
                auto key = wallet->keys().generate(profile, type, method);
                VCDESK_VERIFY_OK(key);
                QVERIFY(!key->isDefault); // the wallet's first key stays the default
                auto privateKey = wallet->keys().privateKey(key->id);
                QVERIFY(privateKey.ok());
                QCOMPARE(Jwk::fromPublicKey(privateKey->publicKey()), key->publicJwk);
                // The DID resolves (offline) to exactly this key under its kid.
                auto document = resolver->resolve(DidUrl::parse(key->did).value());
                QVERIFY2(document.ok(), qPrintable(key->did));
                const auto *vm = document->method(key->kid);
                QVERIFY2(vm && vm->key, qPrintable(key->kid));
                QCOMPARE(Jwk::fromPublicKey(*vm->key), key->publicJwk);
                const QByteArray jws =
                    CompactJws::sign(QJsonObject{{"kid", key->kid}}, "payload", privateKey.value())
                        .value();
                QVERIFY(JwsVerifier::verify(CompactJws::parse(jws).value(), *vm->key).ok());
            }
        }
        // P-384 verifies issuers only: the wallet refuses to hold one, and nothing is stored.
        QCOMPARE(
            wallet->keys().generate(profile, KeyType::P384, KeyStore::DidMethod::Jwk).error().code,
            QStringLiteral("wallet.key_type"));
        const auto keys = wallet->keys().list(profile).value();
        QCOMPARE(keys.size(), 7);
        QCOMPARE(
            std::count_if(keys.begin(), keys.end(), [](const HolderKey &k) { return k.isDefault; }),
            1);
        QCOMPARE(wallet->keys().remove(keys.first().id).error().code,
                 QStringLiteral("wallet.default_key"));
        QVERIFY(wallet->keys().setDefault(keys.last().id).ok());
        QCOMPARE(wallet->keys().defaultKey(profile).value().id, keys.last().id);
        QVERIFY(wallet->keys().remove(keys.first().id).ok());
        wallet->lock();
        QCOMPARE(wallet->keys().privateKey(keys.last().id).error().code,
                 QStringLiteral("wallet.locked"));
        QCOMPARE(
            wallet->keys().generate(profile, KeyType::P256, KeyStore::DidMethod::Key).error().code,
            QStringLiteral("wallet.locked"));
    }

    void profilesKeepTheirOwnContent()
    {
        auto wallet = test::createWallet(path("w4.db"));
        const auto personal = wallet->profiles().resolve({}).value();
        const auto work = wallet->profiles().create("Work").value();
        QCOMPARE(wallet->profiles().create(" Work ").error().code,
                 QStringLiteral("wallet.profile_exists"));
        QCOMPARE(wallet->profiles().create("").error().code, QStringLiteral("wallet.invalid"));
        const auto issuer = test::Issuer::make(KeyType::P256);
        const auto record = test::signedRecord(issuer, "EmployeeCredential", 1);
        QVERIFY(wallet->credentials().add(personal.id, record).ok());
        QVERIFY(wallet->credentials().add(work.id, record).ok()); // same credential, other profile
        CredentialQuery q;
        q.profileId = work.id;
        QCOMPARE(wallet->search().count(q).value(), 1);
        QVERIFY(wallet->profiles().remove(work.id).ok());
        QCOMPARE(wallet->search().count(q).value(), 0);
        QCOMPARE(
            Sql::scalar(wallet->database(), "SELECT count(*) FROM credentials").value().toInt(), 1);
        QCOMPARE(wallet->profiles().remove(personal.id).error().code,
                 QStringLiteral("wallet.last_profile"));
    }

    void credentialsAddOpenTagRemove()
    {
        auto wallet = test::createWallet(path("w5.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        auto record = test::signedRecord(issuer, "UniversityDegreeCredential", 7);
        record.tags = QStringList{"education", "2024"};
        const qint64 id = wallet->credentials().add(profile, record).value();
        auto duplicate = wallet->credentials().add(profile, record);
        QCOMPARE(duplicate.error().code, QStringLiteral("wallet.duplicate"));
        QVERIFY(duplicate.error().message.contains(QString::number(id)));

        const auto opened = wallet->credentials().open(id).value();
        QCOMPARE(opened.raw, record.raw);
        QCOMPARE(opened.types, record.types);
        QCOMPARE(opened.issuer, issuer.did);
        QCOMPARE(opened.issuedAt, record.issuedAt);
        QCOMPARE(opened.expiresAt, record.expiresAt);
        QCOMPARE(opened.tags, (QStringList{"2024", "education"}));

        QVERIFY(wallet->credentials().setTags(id, {"diploma"}).ok());
        CredentialQuery q;
        q.profileId = profile;
        q.text = "diplo";
        QCOMPARE(wallet->search().count(q).value(), 1);
        q.text = "education";
        QCOMPARE(wallet->search().count(q).value(), 0);
        QCOMPARE(wallet->credentials().setTags(id, QStringList(40, "t")).ok(),
                 true); // deduplicated
        QCOMPARE(wallet->credentials().setTags(id, {QString(65, 'x')}).error().code,
                 QStringLiteral("wallet.invalid"));

        const QDateTime at = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QVERIFY(wallet->credentials().recordVerdict(id, Verdict::Invalid, at).ok());
        QCOMPARE(wallet->credentials().get(id).value().verdict, Verdict::Invalid);
        QCOMPARE(wallet->credentials().get(id).value().verifiedAt, at);

        QVERIFY(wallet->credentials().remove(id).ok());
        QCOMPARE(wallet->credentials().remove(id).error().code,
                 QStringLiteral("wallet.not_found_item"));
        QCOMPARE(
            Sql::scalar(wallet->index(), "SELECT count(*) FROM credential_tags").value().toInt(),
            0);

        CredentialRecord huge = record;
        huge.raw = QByteArray(CredentialStore::kMaxRawBytes + 1, 'a');
        QCOMPARE(wallet->credentials().add(profile, huge).error().code,
                 QStringLiteral("wallet.invalid"));
        CredentialRecord empty = record;
        empty.raw.clear();
        QCOMPARE(wallet->credentials().add(profile, empty).error().code,
                 QStringLiteral("wallet.invalid"));
    }

    void bulkImportIsAllOrNothing()
    {
        auto wallet = test::createWallet(path("w6.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        QList<CredentialRecord> records;
        for (int i = 0; i < 20; ++i)
            records << test::signedRecord(issuer, "EmailCredential", i);
        records << records.at(3); // a duplicate inside the batch
        auto result = wallet->credentials().addMany(profile, records).value();
        QCOMPARE(result.added.size(), 20);
        QCOMPARE(result.duplicates.size(), 1);
        QCOMPARE(result.duplicates.first(), result.added.at(3));

        QList<CredentialRecord> broken;
        for (int i = 100; i < 110; ++i)
            broken << test::signedRecord(issuer, "EmailCredential", i);
        broken[7].raw = QByteArray(CredentialStore::kMaxRawBytes + 1, 'b');
        QCOMPARE(wallet->credentials().addMany(profile, broken).error().code,
                 QStringLiteral("wallet.invalid"));
        CredentialQuery q;
        q.profileId = profile;
        QCOMPARE(wallet->search().count(q).value(), 20);
    }

    void searchPagesThroughEverySortExactlyOnce()
    {
        auto wallet = test::createWallet(path("w7.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const auto alice = test::Issuer::make(KeyType::Secp256k1);
        const auto bob = test::Issuer::make(KeyType::P256);
        QList<CredentialRecord> records;
        const QStringList types{"EmailCredential", "UniversityDegreeCredential",
                                "PassportCredential"};
        for (int i = 0; i < 300; ++i) {
            auto r = test::signedRecord(i % 2 ? alice : bob, types.at(i % 3), i);
            if (i % 10 == 0)
                r.expiresAt = QDateTime(); // never expires
            if (i % 7 == 0)
                r.issuedAt = QDateTime(); // unknown
            records << r;
        }
        QCOMPARE(wallet->credentials().addMany(profile, records).value().added.size(), 300);

        using SortKey = CredentialQuery::SortKey;
        for (SortKey sort :
             {SortKey::Added, SortKey::Issued, SortKey::Expires, SortKey::Title, SortKey::Issuer}) {
            for (bool descending : {true, false}) {
                CredentialQuery q;
                q.profileId = profile;
                q.sort = sort;
                q.descending = descending;
                q.limit = 23;
                QSet<qint64> seen;
                QList<CredentialRecord> all;
                int pages = 0;
                do {
                    auto page = wallet->search().page(q).value();
                    for (const auto &row : page.rows) {
                        QVERIFY(!seen.contains(row.id));
                        seen.insert(row.id);
                        all << row;
                    }
                    q.after = page.next;
                    ++pages;
                } while (q.after && pages < 100);
                QCOMPARE(seen.size(), 300);
                QCOMPARE(pages, 14); // ceil(300 / 23)
                for (qsizetype i = 1; i < all.size(); ++i) {
                    const auto &a = all[i - 1], &b = all[i];
                    auto key = [&](const CredentialRecord &r) -> QVariant {
                        switch (sort) {
                        case SortKey::Issued:
                            return r.issuedAt.isValid() ? r.issuedAt.toSecsSinceEpoch() : 0;
                        case SortKey::Expires:
                            return r.expiresAt.isValid() ? r.expiresAt.toSecsSinceEpoch()
                                                         : StoreClock::kNever;
                        case SortKey::Title:
                            return r.title;
                        case SortKey::Issuer:
                            return r.issuer;
                        case SortKey::Added:
                            break;
                        }
                        return r.id;
                    };
                    const int order = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less
                                          ? -1
                                          : (key(a) == key(b) ? 0 : 1);
                    if (order == 0)
                        QVERIFY(descending ? a.id > b.id : a.id < b.id);
                    else
                        QCOMPARE(order, descending ? 1 : -1);
                }
            }
        }

        CredentialQuery q;
        q.profileId = profile;
        q.type = "PassportCredential";
        QCOMPARE(wallet->search().count(q).value(), 100);
        q.issuer = alice.did;
        QCOMPARE(wallet->search().count(q).value(), 50);
        q = CredentialQuery{};
        q.profileId = profile;
        q.text = "holder-29"; // substring of the subject: holder-29, holder-290..299
        QCOMPARE(wallet->search().count(q).value(), 11);
        q.text = "degreecred"; // case-insensitive
        QCOMPARE(wallet->search().count(q).value(), 100);
        q.text = "29"; // short text: LIKE scan
        QVERIFY(wallet->search().count(q).value() >= 11);
        q.text = "\" OR * NEAR("; // FTS syntax is text, not query language
        QCOMPARE(wallet->search().count(q).value(), 0);
        q.text = "%";
        QCOMPARE(wallet->search().count(q).value(), 0);
        q.text = "'; DROP TABLE credentials; --";
        QCOMPARE(wallet->search().count(q).value(), 0);
        q.text.clear();
        QCOMPARE(wallet->search().count(q).value(), 300);
        q.limit = 0;
        QCOMPARE(wallet->search().page(q).error().code, QStringLiteral("wallet.invalid"));
        QCOMPARE(
            wallet->search().types(profile).value(),
            (QStringList{"EmailCredential", "PassportCredential", "UniversityDegreeCredential"}));
        QCOMPARE(wallet->search().issuers(profile).value().size(), 2);
    }

    void failedMigrationLeavesTheOldVersion()
    {
        const QString file = path("w13.db");
        test::createWallet(file);
        auto database = WalletDatabase::open(file, WalletDatabase::Access::ReadWrite).value();
        const QSqlDatabase &db = database->connection();
        QCOMPARE(SchemaMigrations::currentVersion(db).value(), SchemaMigrations::latestVersion());
        QList<Migration> steps = SchemaMigrations::all();
        const int next = SchemaMigrations::latestVersion() + 1;
        steps << Migration{next,
                           "a step that fails halfway",
                           {"ALTER TABLE credentials ADD COLUMN favourite INTEGER",
                            "CREATE TABLE broken (", "SELECT 1"}};
        auto failed = SchemaMigrations::apply(db, steps);
        QCOMPARE(failed.error().code, QStringLiteral("wallet.migration_failed"));
        QVERIFY(failed.error().message.contains(QString::number(next)));
        QCOMPARE(SchemaMigrations::currentVersion(db).value(), next - 1);
        // The first statement of the failed step was rolled back too.
        QVERIFY(!Sql::exec(db, "SELECT favourite FROM credentials").ok());
        steps.last().statements = {"ALTER TABLE credentials ADD COLUMN favourite INTEGER"};
        QVERIFY(SchemaMigrations::apply(db, steps).ok());
        QCOMPARE(SchemaMigrations::currentVersion(db).value(), next);
        QVERIFY(Sql::exec(db, "SELECT favourite FROM credentials").ok());
        database.reset();
        // This build does not know schema `next`: refused, read-only too.
        QCOMPARE(Wallet::open(file, Wallet::Access::ReadWrite).error().code,
                 QStringLiteral("wallet.too_new"));
        QCOMPARE(Wallet::open(file, Wallet::Access::ReadOnly).error().code,
                 QStringLiteral("wallet.too_new"));
    }

    void hostileFilesAreRefused()
    {
        const QString garbage = path("garbage.db");
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        QCOMPARE(Wallet::open(garbage, Wallet::Access::ReadWrite).error().code,
                 QStringLiteral("wallet.not_a_wallet"));

        // Another program's SQLite database: never gets wallet tables added.
        const QString other = path("other.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other");
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QVERIFY(Sql::exec(db, "CREATE TABLE notes (text TEXT)").ok());
            db.close();
        }
        QSqlDatabase::removeDatabase("other");
        const QByteArray before = test::fileBytes(other);
        QCOMPARE(Wallet::open(other, Wallet::Access::ReadWrite).error().code,
                 QStringLiteral("wallet.not_a_wallet"));
        QCOMPARE(test::fileBytes(other), before);

        // A wallet truncated to its first page.
        const QString cut = path("cut.db");
        {
            auto wallet = test::createWallet(cut);
            QVERIFY(Sql::exec(wallet->database(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        QVERIFY(QFile::resize(cut, 4096));
        auto opened = Wallet::open(cut, Wallet::Access::ReadWrite);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().code.startsWith("wallet."));

        // Hostile KDF parameters in a wallet's meta table cannot make unlock hang.
        const QString tuned = path("tuned.db");
        {
            auto wallet = test::createWallet(tuned);
            QVERIFY(WalletMeta::set(wallet->database(), "kdf",
                                    R"({"alg":"argon2id","memoryKiB":4294967295,"iterations":1,)"
                                    R"("parallelism":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA"})")
                        .ok());
        }
        auto wallet = Wallet::open(tuned, Wallet::Access::ReadWrite).value();
        QByteArray pass = "pass";
        const auto refused = wallet->unlock(pass);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().code.startsWith("kdf.") ||
                refused.error().code == QLatin1String("wallet.corrupt"));
    }

    void importerFindsCredentialsAndRefusesPresentations()
    {
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        const QByteArray jwt =
            test::sign(issuer.key, test::credentialClaims(issuer.did, 1700000000, 1900000000));
        InspectOptions options;
        options.at = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        options.resolver = MultiMethodDidResolver::createDefault(NetworkPolicy{});
        options.checkStatus = false;
        auto record = CredentialImporter::prepare(jwt, options, "import", "test.jwt");
        VCDESK_VERIFY_OK(record);
        QCOMPARE(record->verdict, Verdict::Valid);
        QCOMPARE(record->primaryType, QStringLiteral("EmailCredential"));
        QCOMPARE(record->issuer, issuer.did);
        QCOMPARE(record->expiresAt.toSecsSinceEpoch(), 1900000000);

        // An issuer-agent record wraps the JWT in base64.
        const QJsonObject wrapper{{"recordId", "r1"},
                                  {"protocolState", "CredentialReceived"},
                                  {"credential", QString::fromLatin1(jwt.toBase64())}};
        auto extracted = CredentialImporter::extract(QJsonDocument(wrapper).toJson());
        VCDESK_VERIFY_OK(extracted);
        QCOMPARE(extracted->size(), 1);
        QCOMPARE(extracted->first(), jwt);

        const QJsonObject vp{
            {"iss", issuer.did},
            {"vp", QJsonObject{{"type", QJsonArray{"VerifiablePresentation"}},
                               {"verifiableCredential", QJsonArray{QString::fromLatin1(jwt)}}}}};
        QCOMPARE(CredentialImporter::prepare(test::sign(issuer.key, vp), options, "import", "")
                     .error()
                     .code,
                 QStringLiteral("import.presentation"));
        QCOMPARE(CredentialImporter::extract("   ").error().code, QStringLiteral("import.empty"));
        QCOMPARE(CredentialImporter::extract(QByteArray(5 * 1024 * 1024, 'a')).error().code,
                 QStringLiteral("import.too_large"));
        QVERIFY(!CredentialImporter::prepare("not a credential", options, "import", "").ok());

        // SD-JWT VC types are read by their last segment, unless that is only a version.
        const auto titled = [&](const QString &vct) {
            QJsonObject claims{{"iss", issuer.did}, {"vct", vct}, {"iat", 1700000000}};
            const QByteArray sdJwt =
                test::sign(issuer.key, claims,
                           QJsonObject{{"typ", "dc+sd-jwt"}, {"kid", issuer.kid}}) +
                '~';
            return CredentialImporter::prepare(sdJwt, options, "import", "").value().title;
        };
        QCOMPARE(titled("urn:eu.europa.ec.eudi:pid:1"), QStringLiteral("pid:1"));
        QCOMPARE(titled("https://credentials.example.com/identity_credential"),
                 QStringLiteral("identity_credential"));
        QCOMPARE(titled("https://example.com/vct/v2"), QStringLiteral("vct/v2"));
        QCOMPARE(titled("PlainType"), QStringLiteral("PlainType"));
    }
};

QTEST_GUILESS_MAIN(WalletTest)
#include "tst_wallet.moc"
