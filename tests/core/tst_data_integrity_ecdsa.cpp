// ecdsa-rdfc-2019 and ecdsa-jcs-2019 (W3C vc-di-ecdsa) against the specification's test
// vectors (tests/data/vc-di-ecdsa): the canonical document and proof configuration byte for
// byte, their hashes, the hash data and the signature; a changed claim or proof option fails;
// a proof that follows another (previousProof) signs it, and one that follows a proof the
// credential does not carry fails. P-256 and P-384 vectors alike (SHA-384 with P-384); a key of
// a curve vcdesk lacks (P-521) leaves the signature "not checked", never valid.

#include "core/codec/Jcs.h"
#include "core/codec/Multibase.h"
#include "core/crypto/Digest.h"
#include "core/crypto/PrivateKey.h"
#include "core/did/DidDocument.h"
#include "core/did/DidResolver.h"
#include "core/did/DidUrl.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/did/Multikey.h"
#include "core/jsonld/BundledContexts.h"
#include "core/jsonld/JsonLdCanonicalizer.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySigner.h"
#include "core/verify/DataIntegritySuite.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QtTest>

using namespace vcdesk;
using Outcome = CheckResult::Outcome;

namespace {

/// One folder of the specification's vectors: its files are named <what><suffix>.
struct Vectors
{
    QString folder; // e.g. "vc-di-ecdsa/ecdsa-rdfc-2019-p256/"
    QString suffix; // e.g. "ECDSAP256"
    bool rdfc = true;
    bool p384 = false;

    QByteArray text(const QString &what, const QString &extension = "txt") const
    {
        return test::readData(folder + what + suffix + "." + extension);
    }
    QJsonObject signedDocument() const
    {
        return test::readJson(folder + "signed" + suffix + ".json");
    }
    QByteArray hash(const QByteArray &data) const
    {
        return p384 ? Digest::sha384(data) : Digest::sha256(data);
    }
    Result<QByteArray> canonical(const QJsonObject &object) const
    {
        return rdfc ? JsonLdCanonicalizer::canonicalize(object, BundledContexts::loader())
                    : Jcs::canonicalize(object);
    }
};

Vectors vectors(const QString &suite, const QString &curve)
{
    const bool rdfc = suite == QLatin1String("rdfc");
    return Vectors{QStringLiteral("vc-di-ecdsa/ecdsa-%1-2019-%2/").arg(suite, curve),
                   QStringLiteral("%1ECDSA%2").arg(rdfc ? "" : "JCS", curve.toUpper()), rdfc,
                   curve == QLatin1String("p384")};
}

/// The specification's key for `curve` ("p256" or "p384").
PublicKey vectorKey(const QString &curve = QStringLiteral("p256"))
{
    const QString multibase = test::readJson("vc-di-ecdsa/" + curve + "KeyPair.json")
                                  .value("publicKeyMultibase")
                                  .toString();
    return Multikey::decode(Multibase::decode(multibase.toLatin1()).value()).value();
}

InspectOptions options()
{
    InspectOptions o;
    o.resolver = MultiMethodDidResolver::createDefault();
    o.at = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    return o;
}

void addVectorRows()
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QString>("curve");
    for (const char *suite : {"rdfc", "jcs"})
        for (const char *curve : {"p256", "p384"})
            QTest::addRow("ecdsa-%s-2019 %s", suite, curve) << suite << curve;
}

/// A resolver that knows one DID document, as a did:web server would serve it.
class OneDocumentResolver : public DidResolver
{
public:
    explicit OneDocumentResolver(QJsonObject document)
        : m_document(std::move(document))
    {
    }
    Result<DidDocument> resolve(const DidUrl &did) override
    {
        return DidDocument::fromJson(m_document, did.did());
    }

private:
    QJsonObject m_document;
};

} // namespace

class TestDataIntegrityEcdsa : public QObject
{
    Q_OBJECT

private slots:
    void theSpecificationsVectorsByteForByte_data() { addVectorRows(); }
    void theSpecificationsVectorsByteForByte()
    {
        QFETCH(QString, suite);
        QFETCH(QString, curve);
        const Vectors v = vectors(suite, curve);
        const QJsonObject secured = v.signedDocument();
        QJsonObject unsecured = secured;
        unsecured.remove("proof");
        auto document = v.canonical(unsecured);
        VCDESK_VERIFY_OK(document);
        QCOMPARE(QString::fromUtf8(document.value()), QString::fromUtf8(v.text("canonDoc")));
        QCOMPARE(v.hash(document.value()).toHex(), v.text("docHash").trimmed());

        auto proofConfig =
            v.canonical(test::readJson(v.folder + "proofConfig" + v.suffix + ".json"));
        VCDESK_VERIFY_OK(proofConfig);
        QCOMPARE(QString::fromUtf8(proofConfig.value()), QString::fromUtf8(v.text("proofCanon")));
        QCOMPARE(v.hash(proofConfig.value()).toHex(), v.text("proofHash").trimmed());

        const QJsonObject proof = secured.value("proof").toObject();
        QCOMPARE(proof.value("proofValue").toString().toLatin1(), v.text("sigBTC58").trimmed());
        const PublicKey key = vectorKey(curve);
        QCOMPARE(key.type(), v.p384 ? KeyType::P384 : KeyType::P256);
        const DataIntegritySuite *di = DataIntegritySuite::of(proof);
        QVERIFY(di);
        auto hashData = DataIntegrityCheck::hashData(*di, key.type(), secured, proof);
        VCDESK_VERIFY_OK(hashData);
        QCOMPARE(hashData->toHex(), v.text("combinedHash").trimmed());
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(secured, proof, key));
        // The other curve's key does not verify it.
        QVERIFY(
            !DataIntegrityCheck::verifyProof(secured, proof, vectorKey(v.p384 ? "p256" : "p384")));
    }

    void throughTheInspector_data() { addVectorRows(); }
    void throughTheInspector()
    {
        QFETCH(QString, suite);
        QFETCH(QString, curve);
        const Vectors v = vectors(suite, curve);
        auto inspection =
            CredentialInspector::inspect(QJsonDocument(v.signedDocument()).toJson(), options());
        VCDESK_VERIFY_OK(inspection);
        const CheckResult *signature = inspection->report.check("SignatureVerification");
        QVERIFY(signature);
        QCOMPARE(signature->outcome, Outcome::Pass);
        QVERIFY(signature->detail.contains(QStringLiteral("ecdsa-%1-2019").arg(suite)));
        // The issuer is an https URL, not the did:key that signed: never valid.
        QVERIFY(inspection->report.verdict() != Verdict::Valid);
    }

    void aChangedClaimOrProofOptionFails_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QString>("curve");
        for (const char *suite : {"rdfc", "jcs"})
            for (const char *curve : {"p256", "p384"})
                QTest::newRow(QByteArray(suite) + " " + curve) << suite << curve;
    }
    void aChangedClaimOrProofOptionFails()
    {
        QFETCH(QString, suite);
        QFETCH(QString, curve);
        const QJsonObject secured = vectors(suite, curve).signedDocument();
        const QJsonObject proof = secured.value("proof").toObject();
        QJsonObject tampered = secured;
        QJsonObject subject = tampered.value("credentialSubject").toObject();
        subject.insert("alumniOf", "Another School");
        tampered.insert("credentialSubject", subject);
        // A mismatch, not a size error: the hash and curve are right, the content is not.
        QCOMPARE(DataIntegrityCheck::verifyProof(tampered, proof, vectorKey(curve)).error().code,
                 QStringLiteral("signature.mismatch"));
        for (const char *option : {"created", "proofPurpose", "cryptosuite"}) {
            QJsonObject other = proof;
            other.insert(option, option == QByteArray("cryptosuite")
                                     ? (suite == "rdfc" ? "ecdsa-jcs-2019" : "ecdsa-rdfc-2019")
                                     : "2023-02-24T23:36:39Z");
            QVERIFY2(!DataIntegrityCheck::verifyProof(secured, other, vectorKey(curve)), option);
        }
        // The same bytes under another key, or a key of the wrong kind.
        const PrivateKey otherKey =
            PrivateKey::generate(curve == "p384" ? KeyType::P384 : KeyType::P256);
        QVERIFY(!DataIntegrityCheck::verifyProof(secured, proof, otherKey.publicKey()));
        const PrivateKey edKey = PrivateKey::generate(KeyType::Ed25519);
        QCOMPARE(DataIntegrityCheck::verifyProof(secured, proof, edKey.publicKey()).error().code,
                 QStringLiteral("di.key_type"));
    }

    void aChainSignsThePreviousProof()
    {
        // Two eddsa-jcs-2022 proofs: the second follows the first, so it signs it too.
        const PrivateKey first = PrivateKey::generate(KeyType::Ed25519);
        const PrivateKey second = PrivateKey::generate(KeyType::Ed25519);
        QJsonObject document = vectors("jcs", "p256").signedDocument();
        document.remove("proof");
        QJsonObject options{{"id", "urn:proof:1"},
                            {"proofPurpose", "assertionMethod"},
                            {"verificationMethod", "did:example:1#key"},
                            {"created", "2024-01-01T00:00:00Z"}};
        auto once = DataIntegritySigner::signEddsaJcs2022(document, options, first);
        VCDESK_VERIFY_OK(once);
        const QJsonObject firstProof = once->value("proof").toObject();

        // The chained document, as an issuer adds the second proof (VC-DI "add proof chain").
        QJsonObject input = document;
        input.insert("proof", QJsonArray{firstProof});
        QJsonObject secondOptions{{"id", "urn:proof:2"},
                                  {"previousProof", "urn:proof:1"},
                                  {"proofPurpose", "assertionMethod"},
                                  {"verificationMethod", "did:example:2#key"},
                                  {"created", "2024-01-02T00:00:00Z"}};
        auto twice = DataIntegritySigner::signEddsaJcs2022(input, secondOptions, second);
        VCDESK_VERIFY_OK(twice);
        QJsonObject chained = document;
        const QJsonObject secondProof = twice->value("proof").toObject();
        chained.insert("proof", QJsonArray{firstProof, secondProof});

        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(chained, firstProof, first.publicKey()));
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(chained, secondProof, second.publicKey()));

        // A changed first proof breaks the second, which signed it.
        QJsonObject changedFirst = firstProof;
        changedFirst.insert("created", "2024-01-01T00:00:01Z");
        QJsonObject altered = document;
        altered.insert("proof", QJsonArray{changedFirst, secondProof});
        QVERIFY(!DataIntegrityCheck::verifyProof(altered, secondProof, second.publicKey()));

        // The second proof alone: it follows a proof the credential no longer carries.
        QJsonObject dropped = document;
        dropped.insert("proof", QJsonArray{secondProof});
        const Status missing =
            DataIntegrityCheck::verifyProof(dropped, secondProof, second.publicKey());
        QCOMPARE(missing.error().code, QStringLiteral("di.previous_proof"));
        QVERIFY(missing.error().message.contains("urn:proof:1"));

        // previousProof that is not an id.
        QJsonObject odd = secondProof;
        odd.insert("previousProof", QJsonArray{1});
        QCOMPARE(DataIntegrityCheck::verifyProof(chained, odd, second.publicKey()).error().code,
                 QStringLiteral("di.previous_proof"));
        // Two proofs carrying the id it names: which one was signed is not clear.
        QJsonObject twin = document;
        twin.insert("proof", QJsonArray{firstProof, firstProof, secondProof});
        QCOMPARE(
            DataIntegrityCheck::verifyProof(twin, secondProof, second.publicKey()).error().code,
            QStringLiteral("di.previous_proof"));
    }

    void theIssuersProofInAChainMakesItTheSigner()
    {
        // The issuer signs, then a notary signs after it: the issuer is among the signers.
        const test::Issuer issuer = test::Issuer::make(KeyType::Ed25519);
        const test::Issuer notary = test::Issuer::make(KeyType::Ed25519);
        QJsonObject document = vectors("jcs", "p256").signedDocument();
        document.remove("proof");
        document.insert("issuer", issuer.did);
        const auto proofBy = [](const test::Issuer &who, const QString &id) {
            return QJsonObject{{"id", id},
                               {"proofPurpose", "assertionMethod"},
                               {"verificationMethod", who.kid},
                               {"created", "2024-01-01T00:00:00Z"}};
        };
        auto once =
            DataIntegritySigner::signEddsaJcs2022(document, proofBy(issuer, "urn:p:1"), issuer.key);
        VCDESK_VERIFY_OK(once);
        const QJsonObject first = once->value("proof").toObject();
        QJsonObject input = document;
        input.insert("proof", QJsonArray{first});
        QJsonObject notaryOptions = proofBy(notary, "urn:p:2");
        notaryOptions.insert("previousProof", "urn:p:1");
        auto twice = DataIntegritySigner::signEddsaJcs2022(input, notaryOptions, notary.key);
        VCDESK_VERIFY_OK(twice);
        QJsonObject chained = document;
        chained.insert("proof", QJsonArray{first, twice->value("proof").toObject()});
        auto inspection = CredentialInspector::inspect(QJsonDocument(chained).toJson(), options());
        VCDESK_VERIFY_OK(inspection);
        QCOMPARE(inspection->report.check("SignatureVerification")->outcome, Outcome::Pass);
        QCOMPARE(inspection->report.check("IssuerIsSigner")->outcome, Outcome::Pass);

        // A proof that follows one vcdesk cannot check is not checked either.
        QJsonObject bbs{{"id", "urn:p:1"},
                        {"type", "DataIntegrityProof"},
                        {"cryptosuite", "bbs-2023"},
                        {"proofValue", "u2V0"}};
        QJsonObject afterBbs = document;
        afterBbs.insert("proof", QJsonArray{bbs, twice->value("proof").toObject()});
        auto unknown = CredentialInspector::inspect(QJsonDocument(afterBbs).toJson(), options());
        QCOMPARE(unknown->report.check("SignatureVerification")->outcome, Outcome::Unknown);
        QVERIFY(unknown->report.check("SignatureVerification")->detail.contains("urn:p:1"));
    }

    void aKeyOfAKindVcdeskLacksIsNotCheckedRatherThanForged()
    {
        // A did:web document with a P-521 key (a curve vcdesk has no key type for).
        const Vectors v = vectors("rdfc", "p384");
        QJsonObject secured = v.signedDocument();
        QJsonObject proof = secured.value("proof").toObject();
        const QString did = "did:web:issuer.example";
        proof.insert("verificationMethod", did + "#key-1");
        secured.insert("proof", proof);
        const QJsonObject document{
            {"id", did},
            {"verificationMethod",
             QJsonArray{QJsonObject{
                 {"id", did + "#key-1"},
                 {"type", "JsonWebKey2020"},
                 {"controller", did},
                 {"publicKeyJwk",
                  QJsonObject{
                      {"kty", "EC"},
                      {"crv", "P-521"},
                      {"x", "ASUHPMyichQ0QbHZ9ofNx_l4y7luncn5feKLo3OpJ2nSbZoC7mffolj5uy7s6KSKXFmn"
                            "NWxGJ42IOrjZ47qqwqyS"},
                      {"y", "AW9ziIC4ZQQVSNmLlp59yYKrjRY0_VqO-GOIYQ9tYpPraBKUloEId6cI_vynCzlZWZtW"
                            "pgOM3HPhYEgawQ703RjC"}}}}}},
            {"assertionMethod", QJsonArray{did + "#key-1"}}};
        InspectOptions o = options();
        o.resolver = std::make_shared<OneDocumentResolver>(document);
        auto inspection = CredentialInspector::inspect(QJsonDocument(secured).toJson(), o);
        VCDESK_VERIFY_OK(inspection);
        const CheckResult *signature = inspection->report.check("SignatureVerification");
        QCOMPARE(signature->outcome, Outcome::Unknown);
        QVERIFY2(signature->detail.contains("P-521"), qPrintable(signature->detail));
    }
};

QTEST_GUILESS_MAIN(TestDataIntegrityEcdsa)
#include "tst_data_integrity_ecdsa.moc"
