// SD-JWT VC: disclosures against digests (recursive, array elements, decoys), key binding,
// and hostile SD-JWTs.

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/jose/SdJwt.h"
#include "core/verify/CredentialInspector.h"
#include "support/ReportHelpers.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QtTest>

using namespace vcdesk;
using Verdict = ValidationReport::Verdict;
using Outcome = CheckResult::Outcome;
using test::outcome;

namespace {

const qint64 kNow = 1750000000;

QByteArray encode(const QJsonArray &array)
{
    return Base64Url::encode(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString digestOf(const QByteArray &disclosure)
{
    return QString::fromLatin1(SdJwt::digest(disclosure));
}

/// An issuer, a holder, and an SD-JWT VC with object, nested and array disclosures.
struct Fixture
{
    test::Issuer issuer = test::Issuer::make(KeyType::P256);
    PrivateKey holder = PrivateKey::generate(KeyType::Ed25519);
    QByteArray givenName = encode({"2GLC42sKQveCfGfryNRN9w", "given_name", "Erika"});
    QByteArray email = encode({"eluV5Og3gSNII8EYnsxA_A", "email", "erika@example.com"});
    QByteArray street = encode({"6Ij7tM-a5iVPGboS5tmvVA", "street_address", "Heidestrasse 17"});
    QByteArray address =
        encode({"eI8ZWm9QnKPpNPeNenHdhQ", "address",
                QJsonObject{{"_sd", QJsonArray{digestOf(street)}}, {"locality", "Köln"}}});
    QByteArray nationality = encode({"lklxF5jMYlGTPUovMNIvCA", "DE"});
    QByteArray jwt;

    explicit Fixture(const QString &typ = "dc+sd-jwt", const QJsonObject &extra = {})
    {
        QJsonObject claims{
            {"iss", issuer.did},
            {"vct", "https://credentials.example.com/identity_credential"},
            {"iat", kNow - 60},
            {"exp", kNow + 86400},
            {"_sd_alg", "sha-256"},
            {"cnf", QJsonObject{{"jwk", Jwk::fromPublicKey(holder.publicKey())}}},
            {"_sd", QJsonArray{digestOf(givenName), digestOf(email), digestOf(address),
                               "decoy0000000000000000000000000000000000000"}},
            {"nationalities",
             QJsonArray{QJsonObject{{"...", digestOf(nationality)}},
                        QJsonObject{{"...", "decoy1111111111111111111111111111111111111"}}, "FR"}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            claims.insert(it.key(), it.value());
        jwt = test::sign(issuer.key, claims, QJsonObject{{"typ", typ}, {"kid", issuer.kid}});
    }

    QByteArray present(const QList<QByteArray> &disclosures) const
    {
        QByteArray out = jwt + '~';
        for (const QByteArray &d : disclosures)
            out += d + '~';
        return out;
    }

    QByteArray withKeyBinding(const QByteArray &presentation, const PrivateKey &key,
                              const QString &typ = "kb+jwt", const QByteArray &hashOver = {},
                              qint64 iat = kNow) const
    {
        const QByteArray hashed = hashOver.isNull() ? presentation : hashOver;
        const QJsonObject kb{
            {"iat", iat},
            {"aud", "https://verifier.example.org"},
            {"nonce", "1234567890"},
            {"sd_hash", QString::fromLatin1(Base64Url::encode(Digest::sha256(hashed)))}};
        return presentation + CompactJws::sign(QJsonObject{{"typ", typ}},
                                               QJsonDocument(kb).toJson(QJsonDocument::Compact),
                                               key)
                                  .value();
    }
};

/// The issuer-signed JWT of `f` with its payload changed by `edit`, signed again.
template<typename Edit> QByteArray resigned(const Fixture &f, Edit edit)
{
    QJsonObject claims = CompactJws::parse(f.jwt)->payloadObject().value();
    edit(claims);
    return test::sign(f.issuer.key, claims,
                      QJsonObject{{"typ", "dc+sd-jwt"}, {"kid", f.issuer.kid}});
}

InspectOptions options()
{
    InspectOptions o;
    o.resolver = MultiMethodDidResolver::createDefault();
    o.at = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    return o;
}

Inspection inspect(const QByteArray &text)
{
    auto inspection = CredentialInspector::inspect(text, options());
    if (!inspection)
        qFatal("not readable: %s", qPrintable(inspection.error().toString()));
    return inspection.value();
}

} // namespace

class TestSdJwt : public QObject
{
    Q_OBJECT
private slots:
    void fullDisclosureWithKeyBinding()
    {
        Fixture f;
        const Inspection i = inspect(f.withKeyBinding(
            f.present({f.givenName, f.email, f.address, f.street, f.nationality}), f.holder));
        QCOMPARE(i.format, QStringLiteral("dc+sd-jwt"));
        QCOMPARE(i.types, QStringList{"https://credentials.example.com/identity_credential"});
        QCOMPARE(outcome(i, "SignatureVerification"), Outcome::Pass);
        QCOMPARE(outcome(i, "Disclosures"), Outcome::Pass);
        QCOMPARE(outcome(i, "KeyBinding"), Outcome::Pass);
        QCOMPARE(i.report.verdict(), Verdict::Valid);
        const QJsonObject claims = i.claims.toObject();
        QCOMPARE(claims.value("given_name").toString(), QStringLiteral("Erika"));
        QCOMPARE(claims.value("address").toObject().value("street_address").toString(),
                 QStringLiteral("Heidestrasse 17"));
        QCOMPARE(claims.value("address").toObject().value("locality").toString(),
                 QString::fromUtf8("Köln"));
        QCOMPARE(claims.value("nationalities").toArray(),
                 (QJsonArray{"DE", "FR"})); // the decoy is gone
        QVERIFY(!claims.contains("_sd"));
        QVERIFY(!claims.contains("cnf"));
    }

    void selectiveDisclosureHidesTheRest()
    {
        Fixture f;
        const Inspection i = inspect(f.present({f.email}));
        QCOMPARE(i.report.verdict(), Verdict::Valid); // no key binding: the issued form
        QVERIFY(!i.report.check("KeyBinding"));
        const QJsonObject claims = i.claims.toObject();
        QCOMPARE(claims.value("email").toString(), QStringLiteral("erika@example.com"));
        QVERIFY(!claims.contains("given_name"));
        QVERIFY(!claims.contains("address"));
        QCOMPARE(claims.value("nationalities").toArray(), QJsonArray{"FR"});
    }

    void legacyTyp()
    {
        Fixture f("vc+sd-jwt");
        QCOMPARE(inspect(f.present({f.email})).format, QStringLiteral("dc+sd-jwt"));
    }

    void changedDisclosureIsCaught()
    {
        Fixture f;
        const QByteArray forged =
            encode({"eluV5Og3gSNII8EYnsxA_A", "email", "mallory@example.com"});
        const Inspection i = inspect(f.present({forged}));
        QCOMPARE(outcome(i, "Disclosures"), Outcome::Fail);
        QVERIFY(i.report.check("Disclosures")->detail.contains("email"));
        QCOMPARE(i.report.verdict(), Verdict::Invalid);
    }

    void keyBindingFailures()
    {
        Fixture f;
        const QByteArray presented = f.present({f.email});
        const PrivateKey stranger = PrivateKey::generate(KeyType::Ed25519);
        QCOMPARE(outcome(inspect(f.withKeyBinding(presented, stranger)), "KeyBinding"),
                 Outcome::Fail);
        QCOMPARE(outcome(inspect(f.withKeyBinding(presented, f.holder, "JWT")), "KeyBinding"),
                 Outcome::Fail);
        // sd_hash made over more disclosures than are presented (one was dropped afterwards).
        const QByteArray fuller = f.present({f.email, f.givenName});
        const Inspection dropped = inspect(f.withKeyBinding(presented, f.holder, "kb+jwt", fuller));
        QCOMPARE(outcome(dropped, "KeyBinding"), Outcome::Fail);
        QVERIFY(dropped.report.check("KeyBinding")->detail.contains("sd_hash"));
        QCOMPARE(dropped.report.verdict(), Verdict::Invalid);
        // Made, it says, in 1970: before the credential it signs over was issued.
        const Inspection backdated =
            inspect(f.withKeyBinding(presented, f.holder, "kb+jwt", {}, 0));
        QCOMPARE(outcome(backdated, "KeyBinding"), Outcome::Fail);
        QVERIFY(backdated.report.check("KeyBinding")->detail.contains("before"));
    }

    void keyBindingKeyMustBeForVerifying()
    {
        // The holder's cnf.jwk marked for encryption (RFC 7517 4.2) verifies no key binding;
        // the same key marked for signatures does.
        Fixture holderSide;
        auto withHolderKey = [&](const QString &use) {
            QJsonObject jwk = Jwk::fromPublicKey(holderSide.holder.publicKey());
            jwk.insert("use", use);
            Fixture f("dc+sd-jwt", QJsonObject{{"cnf", QJsonObject{{"jwk", jwk}}}});
            return inspect(f.withKeyBinding(f.present({f.email}), holderSide.holder));
        };
        QCOMPARE(outcome(withHolderKey("sig"), "KeyBinding"), Outcome::Pass);
        const Inspection enc = withHolderKey("enc");
        QCOMPARE(outcome(enc, "KeyBinding"), Outcome::Fail);
        QVERIFY(enc.report.check("KeyBinding")->detail.contains("\"use\""));
    }

    void issuerSignatureStillRequired()
    {
        Fixture f;
        QByteArray jwt = f.jwt;
        jwt[jwt.size() - 4] = jwt[jwt.size() - 4] == 'A' ? 'B' : 'A';
        const Inspection i = inspect(jwt + '~' + f.email + '~');
        QCOMPARE(outcome(i, "SignatureVerification"), Outcome::Fail);
        QCOMPARE(i.report.verdict(), Verdict::Invalid);
    }

    void hostileDisclosures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        Fixture f;
        QTest::newRow("duplicate disclosure")
            << f.present({f.email, f.email}) << "sdjwt.duplicate_disclosure";
        QTest::newRow("reserved name _sd")
            << f.present({encode({"salt", "_sd", 1})}) << "sdjwt.reserved_name";
        QTest::newRow("not an array")
            << f.present({Base64Url::encode("{\"a\":1}")}) << "sdjwt.disclosure";
        QTest::newRow("four elements")
            << f.present({encode({"s", "n", 1, 2})}) << "sdjwt.disclosure";
        QTest::newRow("not base64url") << f.present({"!!!"}) << "sdjwt.disclosure";
        QTest::newRow("empty disclosure")
            << QByteArray(f.jwt + "~~" + f.email + '~') << "sdjwt.structure";
        QByteArray many = f.jwt + '~';
        for (int i = 0; i < 1100; ++i)
            many += "WyJhIiwiYiJd~";
        QTest::newRow("too many disclosures") << many << "sdjwt.too_many_disclosures";
        QTest::newRow("broken issuer JWT") << QByteArray("abc~" + f.email + '~') << "jws.structure";
        QTest::newRow("broken KB-JWT")
            << QByteArray(f.present({f.email}) + "e30.e30") << "jws.structure";
    }
    void hostileDisclosures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto parsed = SdJwt::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        auto inspection = CredentialInspector::inspect(text, options());
        QVERIFY(!inspection.ok());
    }

    void digestRulesInThePayload()
    {
        // A disclosed name that the payload already has.
        Fixture clash("dc+sd-jwt", QJsonObject{{"email", "plain@example.com"}});
        const Inspection c = inspect(clash.present({clash.email}));
        QCOMPARE(outcome(c, "Disclosures"), Outcome::Fail);
        // An unsupported digest algorithm.
        Fixture sha512("dc+sd-jwt", QJsonObject{{"_sd_alg", "sha-512"}});
        QCOMPARE(outcome(inspect(sha512.present({sha512.email})), "Disclosures"), Outcome::Fail);
        // One digest listed twice.
        Fixture twice;
        const QJsonObject reused{{"_sd", QJsonArray{digestOf(twice.email)}}};
        Fixture reuse("dc+sd-jwt", QJsonObject{{"contact", reused}, {"contact2", reused}});
        const Inspection r = inspect(reuse.present({reuse.email}));
        QCOMPARE(outcome(r, "Disclosures"), Outcome::Fail);
        // An object-member disclosure referenced from an array slot (disclosures are
        // deterministic here, so another fixture's email has the same digest).
        Fixture kind(
            "dc+sd-jwt",
            QJsonObject{{"list", QJsonArray{QJsonObject{{"...", digestOf(Fixture().email)}}}}});
        QCOMPARE(outcome(inspect(kind.present({kind.email})), "Disclosures"), Outcome::Fail);
        // Not presented, the same digest is just an undisclosed element.
        QCOMPARE(outcome(inspect(kind.present({})), "Disclosures"), Outcome::Pass);
        // A digest algorithm that is not a string is not the default sha-256.
        Fixture numberAlg("dc+sd-jwt", QJsonObject{{"_sd_alg", 5}});
        const Inspection a = inspect(numberAlg.present({numberAlg.email}));
        QCOMPARE(outcome(a, "Disclosures"), Outcome::Fail);
        QCOMPARE(a.report.verdict(), Verdict::Invalid);
        // An array slot whose digest is not a string is refused, not dropped as a decoy is.
        Fixture numberSlot("dc+sd-jwt",
                           QJsonObject{{"list", QJsonArray{QJsonObject{{"...", 5}}, "kept"}}});
        QCOMPARE(outcome(inspect(numberSlot.present({numberSlot.email})), "Disclosures"),
                 Outcome::Fail);
    }

    void registeredClaimsAreNeverDisclosable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("iss") << "iss" << QJsonValue("did:example:someone-else");
        QTest::newRow("nbf") << "nbf" << QJsonValue(kNow - 10);
        QTest::newRow("exp") << "exp" << QJsonValue(kNow + 10);
        QTest::newRow("cnf") << "cnf" << QJsonValue(QJsonObject{{"kid", "did:example:h#1"}});
        QTest::newRow("vct#integrity") << "vct#integrity" << QJsonValue("sha256-AAAA");
        QTest::newRow("status") << "status"
                                << QJsonValue(QJsonObject{
                                       {"status_list", QJsonObject{{"idx", 1}, {"uri", "x"}}}});
    }
    void registeredClaimsAreNeverDisclosable()
    {
        // SD-JWT VC: these must be plain in the issuer's payload. One in a disclosure could
        // as well be withheld, so the credential fails whenever one arrives that way. (vct
        // too, but without a plain vct the token is not read as an SD-JWT VC at all.)
        QFETCH(QString, name);
        QFETCH(QJsonValue, value);
        const QByteArray disclosed = encode({"salt-registered", name, value});
        Fixture plain;
        const QByteArray jwt = resigned(plain, [&](QJsonObject &claims) {
            claims.remove(name);
            QJsonArray digests = claims.value("_sd").toArray();
            digests.append(digestOf(disclosed));
            claims.insert("_sd", digests);
        });
        const Inspection i = inspect(jwt + '~' + plain.email + '~' + disclosed + '~');
        QCOMPARE(outcome(i, "Disclosures"), Outcome::Fail);
        const QString detail = test::detail(i, "Disclosures");
        QVERIFY2(detail.contains("\"" + name + "\" arrives in a disclosure"), qPrintable(detail));
        QCOMPARE(i.report.verdict(), Verdict::Invalid);
        // The same claim plain in the payload, and no disclosure of it, is fine.
        QCOMPARE(outcome(inspect(plain.present({plain.email})), "Disclosures"), Outcome::Pass);
    }

    void holderKeyWithItsPrivatePartBindsNothing()
    {
        // Anyone who has seen such a credential can make its key-binding JWT.
        Fixture f;
        const QByteArray jwt = resigned(f, [&](QJsonObject &claims) {
            claims.insert("cnf", QJsonObject{{"jwk", Jwk::fromPrivateKey(f.holder)}});
        });
        const Inspection i = inspect(f.withKeyBinding(jwt + '~' + f.email + '~', f.holder));
        QCOMPARE(outcome(i, "KeyBinding"), Outcome::Fail);
        QVERIFY(test::detail(i, "KeyBinding").contains("private"));
        QCOMPARE(i.report.verdict(), Verdict::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSdJwt)
#include "tst_sdjwt.moc"
