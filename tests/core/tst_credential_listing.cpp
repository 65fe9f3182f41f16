// What the wallet's list shows of a credential beyond its type and issuer: two or three key
// claims (ClaimHighlights: which, how flattened, how short), whether a status list says it is
// revoked or suspended (from the import and from a later check), the filter menus' choices (types,
// issuers with their trust-list names, tags; per profile), and records sealed before these fields
// existed, which load with the defaults, with no change to the file.

#include "core/did/MultiMethodDidResolver.h"
#include "core/store/ClaimHighlights.h"
#include "core/store/CredentialImporter.h"
#include "core/store/SealedRecord.h"
#include "core/store/Sql.h"
#include "core/store/StatementCache.h"
#include "core/store/Wallet.h"
#include "core/store/WalletTransaction.h"
#include "support/StatusListFactory.h"
#include "support/TestHttpServer.h"
#include "support/WalletFixture.h"

#include <QCborMap>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

QStringList namesOf(const QList<ClaimHighlight> &highlights)
{
    QStringList out;
    for (const ClaimHighlight &h : highlights)
        out << h.name;
    return out;
}

} // namespace

class CredentialListingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void highlightsPickNamesFirstAndSimpleValues()
    {
        const QJsonObject subject{
            {"id", "did:example:holder"},
            {"type", "Person"},
            {"@context", "https://example.com"},
            {"_sd", QJsonArray{"abc"}},
            {"degree", QJsonObject{{"type", "BachelorDegree"}, {"name", "BSc Physics"}}},
            {"alumniOf", QJsonObject{{"id", "did:example:uni"}, {"title", "Example U"}}},
            {"photo", QString(500, 'A')},                          // a blob, not a claim to read
            {"avatar", "data:image/png;base64,iVBOR"},             // a picture
            {"nicknames", QJsonArray{QJsonArray{}, "Al", "Ally"}}, // first simple item
            {"family_name", "Smith"},
            {"given_name", "Alice"},
            {"empty", "   "}};
        const auto picked = ClaimHighlights::pick(subject);
        // Names first (given, family), then the rest in name order; id/type/@/_ skipped.
        QCOMPARE(namesOf(picked), (QStringList{"given_name", "family_name", "alumniOf"}));
        QCOMPARE(picked.at(0).value, QStringLiteral("Alice"));
        QCOMPARE(picked.at(2).value, QStringLiteral("Example U")); // an object's first simple one

        const auto more = ClaimHighlights::pick(QJsonObject{
            {"degree", QJsonObject{{"type", "BachelorDegree"}, {"name", "BSc Physics"}}},
            {"nicknames", QJsonArray{QJsonArray{}, "Al", "Ally"}},
            {"photo", QString(500, 'A')},
            {"avatar", "data:image/png;base64,iVBOR"},
            {"nested", QJsonObject{{"deeper", QJsonObject{{"x", "y"}}}}}, // nothing simple
            {"over18", true},
            {"score", 12.5}});
        QCOMPARE(namesOf(more), (QStringList{"degree", "nicknames", "over18"}));
        QCOMPARE(more.at(0).value, QStringLiteral("BSc Physics")); // its "name" member
        QCOMPARE(more.at(1).value, QStringLiteral("Al"));
        QCOMPARE(more.at(2).value, QStringLiteral("true"));

        // Several subjects: the first one's. Long values are cut to a line; no pair is split.
        const QString longName = QString(70, QLatin1Char('x')) + QStringLiteral("\U0001F600");
        const auto first = ClaimHighlights::pick(
            QJsonArray{QJsonObject{{"name", longName}}, QJsonObject{{"name", "Second subject"}}});
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().value.size(), ClaimHighlights::kMaxValueChars);
        QVERIFY(first.first().value.endsWith(QChar(0x2026)));
        const QString cutAtPair = QString(58, QLatin1Char('x')) + QStringLiteral("\U0001F600xx");
        const QString cut = ClaimHighlights::pick(QJsonObject{{"name", cutAtPair}}).first().value;
        QVERIFY2(!cut.at(cut.size() - 2).isHighSurrogate(), qPrintable(cut));
        QVERIFY(ClaimHighlights::pick(QJsonValue("not an object")).isEmpty());

        // The listing column and back; markup and odd input are only text.
        const QList<ClaimHighlight> stored{{"name", "<b>x</b>"}, {"note", "a \"quoted\", b"}};
        QCOMPARE(ClaimHighlights::fromStored(ClaimHighlights::toStored(stored)), stored);
        QCOMPARE(ClaimHighlights::toStored({}), QString());
        QVERIFY(ClaimHighlights::fromStored("not json").isEmpty());
        QVERIFY(ClaimHighlights::fromStored(R"([["a"],[1,2],{"x":1}])").isEmpty());
    }

    void importAndRecheckKeepHighlightsAndRevocation()
    {
        test::TestHttpServer server;
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        server.route("/status", {200, test::statusListCredential(issuer, {7})});
        server.route("/suspended", {200, test::statusListCredential(issuer, {9}, "suspension")});
        const QString listUrl = server.url("/status").toString();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto token = [&](int index, const QString &purpose = "revocation") {
            QJsonObject claims = test::credentialClaims(issuer.did, now - 3600, now + 86400);
            QJsonObject vc = claims.value("vc").toObject();
            vc.insert("credentialSubject", QJsonObject{{"id", "did:example:holder"},
                                                       {"name", "Alice"},
                                                       {"degree", QJsonObject{{"name", "BSc"}}}});
            claims.insert("vc", vc);
            const QString url =
                purpose == "revocation" ? listUrl : server.url("/suspended").toString();
            return test::sign(issuer.key, test::withStatus(claims, url, index, purpose),
                              QJsonObject{{"kid", issuer.kid}});
        };
        InspectOptions options;
        options.resolver = MultiMethodDidResolver::createDefault();
        options.network.allowLoopbackHttp = true;

        auto fine = CredentialImporter::prepare(token(3), options, "import", "");
        VCDESK_VERIFY_OK(fine);
        QCOMPARE(fine->verdict, Verdict::Valid);
        QCOMPARE(fine->revocation, Revocation::None);
        QCOMPARE(fine->highlights, (QList<ClaimHighlight>{{"name", "Alice"}, {"degree", "BSc"}}));
        Inspection revokedInspection;
        auto revoked =
            CredentialImporter::prepare(token(7), options, "import", "", &revokedInspection);
        VCDESK_VERIFY_OK(revoked);
        QCOMPARE(revoked->verdict, Verdict::Invalid);
        QCOMPARE(revoked->revocation, Revocation::Revoked);
        Inspection suspendedInspection;
        auto suspended = CredentialImporter::prepare(token(9, "suspension"), options, "import", "",
                                                     &suspendedInspection);
        VCDESK_VERIFY_OK(suspended);
        QCOMPARE(suspended->verdict, Verdict::Invalid);
        QCOMPARE(suspended->revocation, Revocation::Suspended);

        auto wallet = test::createWallet(path("import.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const qint64 fineId = wallet->credentials().add(profile, fine.value()).value();
        const qint64 revokedId = wallet->credentials().add(profile, revoked.value()).value();
        const qint64 suspendedId = wallet->credentials().add(profile, suspended.value()).value();
        QCOMPARE(wallet->credentials().get(fineId)->revocation, Revocation::None);
        QCOMPARE(wallet->credentials().get(revokedId)->revocation, Revocation::Revoked);
        QCOMPARE(wallet->credentials().get(suspendedId)->revocation, Revocation::Suspended);
        QCOMPARE(wallet->credentials().get(fineId)->highlights, fine->highlights);
        // The listing column: 1 is revoked, as every earlier vcdesk wrote it; 2 is suspended.
        const auto column = [&](qint64 id) {
            return Sql::scalar(wallet->index(), "SELECT revoked FROM credentials WHERE id = ?",
                               {id})
                .value()
                .toInt();
        };
        QCOMPARE(column(fineId), 0);
        QCOMPARE(column(revokedId), 1);
        QCOMPARE(column(suspendedId), 2);

        // The status filter's "Revoked or suspended".
        CredentialQuery q;
        q.profileId = profile;
        q.revokedOnly = true;
        QCOMPARE(wallet->search().count(q).value(), 2);
        QList<qint64> listed;
        for (const CredentialRecord &row : wallet->search().page(q)->rows)
            listed << row.id;
        QCOMPARE(listed, (QList<qint64>{suspendedId, revokedId})); // newest first
        q.revokedOnly = false;
        q.verdict = Verdict::Invalid;
        QCOMPARE(wallet->search().count(q).value(), 2); // revoked or suspended is not valid

        // Checked again: the revoked one's finding lands on the fine one's listing, and a
        // verdict without a reason clears it.
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(wallet->credentials().recordCheck(fineId, revokedInspection, at).ok());
        QCOMPARE(wallet->credentials().get(fineId)->verdict, Verdict::Invalid);
        QCOMPARE(wallet->credentials().get(fineId)->revocation, Revocation::Revoked);
        QVERIFY(wallet->credentials().recordCheck(fineId, suspendedInspection, at).ok());
        QCOMPARE(wallet->credentials().get(fineId)->revocation, Revocation::Suspended);
        QVERIFY(wallet->credentials().recordVerdict(fineId, Verdict::Valid, at).ok());
        QCOMPARE(wallet->credentials().get(fineId)->revocation, Revocation::None);
        QCOMPARE(wallet->credentials().recordCheck(9999, revokedInspection, at).error().code,
                 QStringLiteral("wallet.not_found_item"));

        // All of it survives a lock (it is sealed with the record).
        wallet->lock();
        QByteArray pass = "pass";
        QVERIFY(wallet->unlock(pass).ok());
        QCOMPARE(wallet->credentials().get(revokedId)->revocation, Revocation::Revoked);
        QCOMPARE(wallet->credentials().get(suspendedId)->revocation, Revocation::Suspended);
        QCOMPARE(wallet->credentials().get(revokedId)->highlights, fine->highlights);
    }

    void filterChoicesComeFromTheProfile()
    {
        auto wallet = test::createWallet(path("choices.db"));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const qint64 other = wallet->profiles().create("Work").value().id;
        const test::Issuer alice = test::Issuer::make(KeyType::P256);
        const test::Issuer bob = test::Issuer::make(KeyType::P256);
        QList<CredentialRecord> records;
        for (int i = 0; i < 6; ++i) {
            CredentialRecord r = test::signedRecord(
                i % 2 ? bob : alice, i % 3 ? "EmailCredential" : "PassportCredential", i);
            if (i == 4)
                r.issuerName = "Alice University"; // the newest of Alice's names it
            if (i < 2)
                r.tags = {"work"};
            if (i == 2)
                r.tags = {"travel", "work"};
            records << r;
        }
        QCOMPARE(wallet->credentials().addMany(profile, records)->added.size(), 6);
        CredentialRecord elsewhere = test::signedRecord(alice, "SecretCredential", 99);
        elsewhere.tags = {"elsewhere"};
        QVERIFY(wallet->credentials().add(other, elsewhere).ok());

        CredentialSearch search = wallet->search();
        QCOMPARE(search.types(profile).value(),
                 (QStringList{"EmailCredential", "PassportCredential"}));
        QCOMPARE(search.tags(profile).value(), (QStringList{"travel", "work"}));
        QCOMPARE(search.tags(other).value(), QStringList{"elsewhere"});
        QCOMPARE(search.types(other).value(), QStringList{"SecretCredential"});
        const auto issuers = search.issuers(profile).value();
        QCOMPARE(issuers.size(), 2);
        for (const CredentialSearch::Issuer &issuer : issuers)
            QCOMPARE(issuer.name,
                     issuer.id == alice.did ? QStringLiteral("Alice University") : QString());
        QVERIFY(issuers.first().id < issuers.last().id);
        // At most `limit`: the search box finds the rest.
        QCOMPARE(search.types(profile, 1).value(), QStringList{"EmailCredential"});
        QCOMPARE(search.issuers(profile, 1)->size(), 1);
        QCOMPARE(search.tags(profile, 1).value(), QStringList{"travel"});

        // Each choice finds exactly its credentials.
        CredentialQuery q;
        q.profileId = profile;
        q.tag = "work";
        QCOMPARE(search.count(q).value(), 3);
        q.tag.clear();
        q.issuer = bob.did;
        q.type = "EmailCredential";
        QCOMPARE(search.count(q).value(), 2); // serials 1 and 5

        search = CredentialSearch(QSqlDatabase()); // let go of the index before it goes
        wallet->lock();
        QCOMPARE(wallet->search().types(profile).error().code, QStringLiteral("wallet.locked"));
    }

    void aRecordSealedBeforeTheNewFieldsLoads()
    {
        // A record as the previous vcdesk sealed it: its index had no highlights or revoked
        // column, so its sealed map has no such members. Made here by dropping the columns
        // from the unlocked index and writing the record once more.
        const QString file = path("old-record.db");
        qint64 id = 0;
        QString uid;
        {
            auto wallet = test::createWallet(file);
            const qint64 profile = wallet->profiles().resolve({}).value().id;
            CredentialRecord record =
                test::signedRecord(test::Issuer::make(KeyType::P256), "EmailCredential", 1);
            record.revocation = Revocation::Revoked;
            id = wallet->credentials().add(profile, record).value();
            uid = wallet->credentials().get(id)->uid;
            for (const char *column : {"highlights", "revoked"})
                VCDESK_VERIFY_OK(Sql::exec(
                    wallet->index(),
                    QStringLiteral("ALTER TABLE credentials DROP COLUMN %1").arg(column)));
            // Statements prepared for the old shape ("SELECT *") must be prepared again.
            StatementCache::forget(wallet->index().connectionName());
            {
                // A change as the old version made it (its store read no such columns).
                auto transaction = WalletTransaction::begin(wallet->access());
                VCDESK_VERIFY_OK(transaction);
                VCDESK_VERIFY_OK(Sql::exec(wallet->index(),
                                           "INSERT INTO credential_tags(credential_id, tag)"
                                           " VALUES (?, 'old')",
                                           {id}));
                VCDESK_VERIFY_OK(transaction.value().commit());
            }
            const QByteArray sealed =
                Sql::scalar(wallet->database(), "SELECT sealed FROM credentials WHERE id = ?", {id})
                    .value()
                    .toByteArray();
            const auto map = SealedRecord::open(*wallet->sealer(),
                                                *WalletSchema::table(u"credentials"), uid, sealed);
            VCDESK_VERIFY_OK(map);
            QVERIFY(map->contains(QStringLiteral("title")));
            QVERIFY(!map->contains(QStringLiteral("highlights")));
            QVERIFY(!map->contains(QStringLiteral("revoked")));
        }
        // No file-schema change: the file's table is still id, uid, sealed, secret.
        auto wallet = Wallet::open(file, Wallet::Access::ReadWrite).value();
        QCOMPARE(wallet->database().record("credentials").count(), 4);
        QByteArray pass = "pass";
        VCDESK_VERIFY_OK(wallet->unlock(pass));
        auto loaded = wallet->credentials().get(id);
        VCDESK_VERIFY_OK(loaded);
        QCOMPARE(loaded->uid, uid);
        QCOMPARE(loaded->title, QStringLiteral("EmailCredential"));
        QCOMPARE(loaded->tags, QStringList{"old"});
        QVERIFY(loaded->highlights.isEmpty()); // the defaults
        QCOMPARE(loaded->revocation, Revocation::None);
        CredentialQuery q;
        q.profileId = loaded->profileId;
        QCOMPARE(wallet->search().page(q)->rows.size(), 1);

        // Checking it again fills its card in, sealed with the new members from then on.
        Inspection checked;
        checked.claims = QJsonObject{{"name", "Person 1"}};
        checked.report.add("SignatureVerification", CheckResult::Outcome::Pass, "ok");
        VCDESK_VERIFY_OK(
            wallet->credentials().recordCheck(id, checked, QDateTime::currentDateTimeUtc()));
        wallet->lock();
        pass = "pass";
        VCDESK_VERIFY_OK(wallet->unlock(pass));
        QCOMPARE(wallet->credentials().get(id)->highlights,
                 (QList<ClaimHighlight>{{"name", "Person 1"}}));
    }
};

QTEST_GUILESS_MAIN(CredentialListingTest)
#include "tst_credential_listing.moc"
