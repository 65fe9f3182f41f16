// eddsa-rdfc-2022 (W3C vc-di-eddsa) against the specification's test vectors
// (tests/data/vc-di-eddsa/eddsa-rdfc-2022): the canonical N-Quads of the document and of the
// proof configuration byte for byte, their hashes, the signature; any changed claim or proof
// option fails; a credential whose context vcdesk does not carry is "not checked", naming the
// context, never valid. And the bundled contexts: each one loads and matches its SHA-256.

#include "core/codec/Multibase.h"
#include "core/crypto/Digest.h"
#include "core/crypto/PrivateKey.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/did/Multikey.h"
#include "core/jsonld/BundledContexts.h"
#include "core/jsonld/JsonLdCanonicalizer.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySuite.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace vcdesk;
using Outcome = CheckResult::Outcome;

namespace {

const QString kVectors = QStringLiteral("vc-di-eddsa/eddsa-rdfc-2022/");

PublicKey vectorKey()
{
    const QString multibase =
        test::readJson("vc-di-eddsa/keyPair.json").value("publicKeyMultibase").toString();
    return Multikey::decode(Multibase::decode(multibase.toLatin1()).value()).value();
}

QByteArray text(const QString &name)
{
    return test::readData(kVectors + name).trimmed();
}

/// hashData for eddsa-rdfc-2022, whatever suite the proof names.
Result<QByteArray> rdfcHashData(const QJsonObject &secured, const QJsonObject &proof,
                                const DocumentLoader &loader)
{
    const DataIntegritySuite *suite = DataIntegritySuite::of(
        QJsonObject{{"type", "DataIntegrityProof"}, {"cryptosuite", "eddsa-rdfc-2022"}});
    return DataIntegrityCheck::hashData(*suite, KeyType::Ed25519, secured, proof, loader);
}

InspectOptions options()
{
    InspectOptions o;
    o.resolver = MultiMethodDidResolver::createDefault();
    o.at = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    return o;
}

} // namespace

class TestDataIntegrityRdfc : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledContextLoadsAsRecorded()
    {
        const QStringList urls = BundledContexts::urls();
        QVERIFY(urls.contains("https://www.w3.org/ns/credentials/v2"));
        for (const QString &url : urls) {
            auto context = BundledContexts::find(url);
            QVERIFY2(context.has_value(), qPrintable(url));
            QVERIFY(context->document.toObject().contains("@context"));
        }
        QVERIFY(!BundledContexts::find("https://example.org/unknown/v1"));
        auto refused = BundledContexts::loader()("https://example.org/unknown/v1");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("jsonld.context_not_available"));
    }

    void everyBundledContextExpandsADocumentThatUsesIt_data()
    {
        QTest::addColumn<QString>("urls");    // the @context, space-separated
        QTest::addColumn<QString>("members"); // JSON members beside @context and id
        QTest::addColumn<QString>("expected");
        QTest::newRow("status v1")
            << "https://www.w3.org/ns/credentials/status/v1"
            << "\"type\": \"BitstringStatusListEntry\", \"statusPurpose\": \"revocation\""
            << "<https://www.w3.org/ns/credentials/status#statusPurpose> \"revocation\"";
        // Its terms are scoped to its types: `id` comes from the credentials context beside it.
        QTest::newRow("status list 2021")
            << "https://www.w3.org/2018/credentials/v1 https://w3id.org/vc/status-list/2021/v1"
            << "\"type\": \"StatusList2021Entry\", \"statusPurpose\": \"revocation\""
            << "<https://w3id.org/vc/status-list#statusPurpose> \"revocation\"";
        QTest::newRow("security v1") << "https://w3id.org/security/v1"
                                     << "\"type\": \"Ed25519Signature2018\""
                                     << "<https://w3id.org/security#Ed25519Signature2018>";
        QTest::newRow("security v2, which imports v1")
            << "https://w3id.org/security/v2"
            << "\"type\": \"EcdsaSecp256r1Signature2019\", \"creator\": \"urn:example:key\""
            << "<https://w3id.org/security#EcdsaSecp256r1Signature2019>";
        QTest::newRow("ed25519-2020") << "https://w3id.org/security/suites/ed25519-2020/v1"
                                      << "\"type\": \"Ed25519Signature2020\""
                                      << "<https://w3id.org/security#Ed25519Signature2020>";
        QTest::newRow("did v1") << "https://www.w3.org/ns/did/v1"
                                << "\"controller\": \"did:example:123\""
                                << "<https://w3id.org/security#controller> <did:example:123>";
    }

    // Each context must be usable, not only present: a node using its terms canonicalizes in
    // safe mode (a term it failed to define would end with jsonld.data_loss).
    void everyBundledContextExpandsADocumentThatUsesIt()
    {
        QFETCH(QString, urls);
        QFETCH(QString, members);
        QFETCH(QString, expected);
        const QByteArray context = "[\"" + urls.toUtf8().replace(' ', "\", \"") + "\"]";
        const QByteArray json =
            "{\"@context\": " + context + ", \"id\": \"urn:example:1\", " + members.toUtf8() + "}";
        const QJsonObject document = QJsonDocument::fromJson(json).object();
        QVERIFY2(!document.isEmpty(), json.constData());
        auto canonical = JsonLdCanonicalizer::canonicalize(document, BundledContexts::loader());
        VCDESK_VERIFY_OK(canonical);
        QVERIFY2(canonical.value().contains(expected.toUtf8()), canonical.value().constData());
    }

    void theSpecificationsVectorByteForByte()
    {
        const QJsonObject secured = test::readJson(kVectors + "signedDataInt.json");
        QJsonObject unsecured = secured;
        unsecured.remove("proof");
        auto canonicalDocument =
            JsonLdCanonicalizer::canonicalize(unsecured, BundledContexts::loader());
        VCDESK_VERIFY_OK(canonicalDocument);
        QCOMPARE(QString::fromUtf8(canonicalDocument.value()),
                 QString::fromUtf8(test::readData(kVectors + "canonDocDataInt.txt")));
        QCOMPARE(Digest::sha256(canonicalDocument.value()).toHex(), text("docHashDataInt.txt"));

        QJsonObject proofConfig = test::readJson(kVectors + "proofConfigDataInt.json");
        auto canonicalProof =
            JsonLdCanonicalizer::canonicalize(proofConfig, BundledContexts::loader());
        VCDESK_VERIFY_OK(canonicalProof);
        QCOMPARE(QString::fromUtf8(canonicalProof.value()),
                 QString::fromUtf8(test::readData(kVectors + "proofCanonDataInt.txt")));
        QCOMPARE(Digest::sha256(canonicalProof.value()).toHex(), text("proofHashDataInt.txt"));

        const QJsonObject proof = secured.value("proof").toObject();
        auto hashData = rdfcHashData(secured, proof, BundledContexts::loader());
        VCDESK_VERIFY_OK(hashData);
        QCOMPARE(hashData->toHex(), text("combinedHashDataInt.txt"));
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(secured, proof, vectorKey(),
                                                         BundledContexts::loader()));
    }

    void aChangedClaimOrProofOptionFails()
    {
        const QJsonObject secured = test::readJson(kVectors + "signedDataInt.json");
        const QJsonObject proof = secured.value("proof").toObject();
        QJsonObject tampered = secured;
        QJsonObject subject = tampered.value("credentialSubject").toObject();
        subject.insert("alumniOf", "Another School");
        tampered.insert("credentialSubject", subject);
        QVERIFY(!DataIntegrityCheck::verifyProof(tampered, proof, vectorKey(),
                                                 BundledContexts::loader()));
        QJsonObject otherProof = proof;
        otherProof.insert("created", "2023-02-24T23:36:39Z");
        QVERIFY(!DataIntegrityCheck::verifyProof(secured, otherProof, vectorKey(),
                                                 BundledContexts::loader()));
        // A term the contexts do not define adds nothing to the RDF: but a defined one does.
        QJsonObject renamed = secured;
        renamed.insert("name", "Alumni Credential (changed)");
        QVERIFY(!DataIntegrityCheck::verifyProof(renamed, proof, vectorKey(),
                                                 BundledContexts::loader()));
    }

    void throughTheInspectorTheSignatureVerifies()
    {
        const QJsonObject secured = test::readJson(kVectors + "signedDataInt.json");
        auto inspection = CredentialInspector::inspect(QJsonDocument(secured).toJson(), options());
        VCDESK_VERIFY_OK(inspection);
        const CheckResult *signature = inspection->report.check("SignatureVerification");
        QVERIFY(signature);
        QCOMPARE(signature->outcome, Outcome::Pass);
        QVERIFY(signature->detail.contains("eddsa-rdfc-2022"));
        // Its issuer is an https URL, not the did:key that signed: not valid.
        QCOMPARE(inspection->report.check("IssuerIsSigner")->outcome, Outcome::Fail);
        QVERIFY(inspection->report.verdict() != Verdict::Valid);
    }

    void whatJsonLdWouldDropIsRefusedNotIgnored()
    {
        // A v1 credential has no @vocab: a claim its contexts do not define would vanish from
        // what is signed, and could be changed at will. Safe mode refuses it.
        const QJsonObject v1{
            {"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
            {"type", QJsonArray{"VerifiableCredential"}},
            {"issuer", "did:example:issuer"},
            {"issuanceDate", "2024-01-01T00:00:00Z"},
            {"credentialSubject", QJsonObject{{"id", "did:example:holder"}, {"isAdmin", true}}}};
        auto refused = JsonLdCanonicalizer::canonicalize(v1, BundledContexts::loader());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("jsonld.data_loss"));
        QVERIFY(refused.error().message.contains("isAdmin"));

        // A proof whose @context does not define its own terms would sign nothing of itself.
        const QJsonObject secured = test::readJson(kVectors + "signedDataInt.json");
        QJsonObject proof = secured.value("proof").toObject();
        proof.insert("@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"});
        proof.insert("unsignedOption", "x");
        QVERIFY(!rdfcHashData(secured, proof, BundledContexts::loader()));
    }

    void termsDefinedInTheCredentialItselfAreNotTrusted()
    {
        // Appending the same inline context to the document (and its proof) could rename signed
        // values without changing the RDF: the check is unknown, never valid.
        QJsonObject secured = test::readJson(kVectors + "signedDataInt.json");
        QJsonArray contexts = secured.value("@context").toArray();
        contexts.append(QJsonObject{{"alumniOf", "https://schema.org/name"}});
        secured.insert("@context", contexts);
        auto refused =
            rdfcHashData(secured, secured.value("proof").toObject(), BundledContexts::loader());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("di.inline_context"));
        auto inspection = CredentialInspector::inspect(QJsonDocument(secured).toJson(), options());
        QCOMPARE(inspection->report.check("SignatureVerification")->outcome, Outcome::Unknown);

        QJsonObject nested = test::readJson(kVectors + "signedDataInt.json");
        QJsonObject subject = nested.value("credentialSubject").toObject();
        subject.insert("@context", QJsonObject{{"alumniOf", "https://schema.org/name"}});
        nested.insert("credentialSubject", subject);
        QCOMPARE(rdfcHashData(nested, nested.value("proof").toObject(), BundledContexts::loader())
                     .error()
                     .code,
                 QStringLiteral("di.inline_context"));
    }

    void aProofMayNameTheDocumentsContextsButDefineNone()
    {
        // A proof with its own @context (the document's, by address) is what many issuers
        // send: it verifies. One that defines a term below its top level is not trusted.
        QJsonObject secured = test::readJson(kVectors + "signedDataInt.json");
        QJsonObject proof = secured.value("proof").toObject();
        proof.insert("@context", secured.value("@context"));
        secured.insert("proof", proof);
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(secured, proof, vectorKey(),
                                                         BundledContexts::loader()));
        auto inspection = CredentialInspector::inspect(QJsonDocument(secured).toJson(), options());
        QCOMPARE(inspection->report.check("SignatureVerification")->outcome, Outcome::Pass);

        proof.insert("extra", QJsonObject{{"@context", QJsonObject{{"x", "urn:x"}}}});
        secured.insert("proof", proof);
        QCOMPARE(rdfcHashData(secured, proof, BundledContexts::loader()).error().code,
                 QStringLiteral("di.inline_context"));
    }

    // Issued by @digitalbazaar/ed25519-signature-2020 5.4 (tests/data/jsonld-interop/README.md).
    void anEd25519Signature2020ProofVerifies()
    {
        const QJsonObject secured = test::readJson("jsonld-interop/ed25519-signature-2020.json");
        auto inspection = CredentialInspector::inspect(QJsonDocument(secured).toJson(), options());
        VCDESK_VERIFY_OK(inspection);
        const CheckResult *signature = inspection->report.check("SignatureVerification");
        QCOMPARE(signature->outcome, Outcome::Pass);
        QVERIFY(signature->detail.contains("Ed25519Signature2020"));
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);

        QJsonObject changed = secured;
        QJsonObject subject = changed.value("credentialSubject").toObject();
        subject.insert("alumniOf", "Another University");
        changed.insert("credentialSubject", subject);
        inspection = CredentialInspector::inspect(QJsonDocument(changed).toJson(), options());
        QCOMPARE(inspection->report.check("SignatureVerification")->outcome, Outcome::Fail);
        QVERIFY(inspection->report.verdict() != Verdict::Valid);
    }

    void anEd25519Signature2020ProofRefusesWhatItDoesNotSign()
    {
        const QJsonObject secured = test::readJson("jsonld-interop/ed25519-signature-2020.json");
        const QJsonObject proof = secured.value("proof").toObject();
        const QString vm = proof.value("verificationMethod").toString();
        const PublicKey key =
            Multikey::decode(Multibase::decode(vm.section('#', 1).toLatin1()).value()).value();
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(secured, proof, key));

        QJsonObject changed = proof;
        changed.insert("created", "2025-01-02T03:04:06Z");
        QCOMPARE(DataIntegrityCheck::verifyProof(secured, changed, key).error().code,
                 QStringLiteral("signature.mismatch"));
        // The same signature relabelled as a Data Integrity proof hashes other options.
        QJsonObject relabelled = proof;
        relabelled.insert("type", "DataIntegrityProof");
        relabelled.insert("cryptosuite", "eddsa-rdfc-2022");
        QCOMPARE(DataIntegrityCheck::verifyProof(secured, relabelled, key).error().code,
                 QStringLiteral("signature.mismatch"));
        QCOMPARE(DataIntegrityCheck::verifyProof(secured, proof,
                                                 PrivateKey::generate(KeyType::P256).publicKey())
                     .error()
                     .code,
                 QStringLiteral("di.key_type"));
        // Neither a proof context of its own nor a chain: the older suite has neither.
        QJsonObject withContext = proof;
        withContext.insert("@context", secured.value("@context"));
        QCOMPARE(DataIntegrityCheck::verifyProof(secured, withContext, key).error().code,
                 QStringLiteral("di.context"));
        QJsonObject chained = proof;
        chained.insert("previousProof", "urn:example:earlier");
        QCOMPARE(DataIntegrityCheck::verifyProof(secured, chained, key).error().code,
                 QStringLiteral("di.previous_proof"));
    }

    void anEd25519Signature2020ProofWithACryptosuiteIsNotOneVcdeskVerifies()
    {
        QJsonObject secured = test::readJson("jsonld-interop/ed25519-signature-2020.json");
        QJsonObject proof = secured.value("proof").toObject();
        QVERIFY(DataIntegritySuite::of(proof));
        proof.insert("cryptosuite", "eddsa-rdfc-2022");
        QVERIFY(!DataIntegritySuite::of(proof));
        secured.insert("proof", proof);
        auto inspection = CredentialInspector::inspect(QJsonDocument(secured).toJson(), options());
        QCOMPARE(inspection->report.check("SignatureVerification")->outcome, Outcome::Unknown);
        QVERIFY(inspection->report.verdict() != Verdict::Valid);
        // Nor is a DataIntegrityProof that names the older suite as its cryptosuite.
        QVERIFY(!DataIntegritySuite::of(
            QJsonObject{{"type", "DataIntegrityProof"}, {"cryptosuite", "Ed25519Signature2020"}}));
    }

    void aContextVcdeskDoesNotCarryIsNotCheckedAndNamed()
    {
        // The specification's second vector needs https://w3id.org/citizenship/v4rc1.
        const QJsonObject secured = test::readJson(kVectors + "employ/signedDataInt.json");
        auto inspection = CredentialInspector::inspect(QJsonDocument(secured).toJson(), options());
        VCDESK_VERIFY_OK(inspection);
        const CheckResult *signature = inspection->report.check("SignatureVerification");
        QVERIFY(signature);
        QCOMPARE(signature->outcome, Outcome::Unknown);
        QVERIFY2(signature->detail.contains("https://w3id.org/citizenship/v4rc1"),
                 qPrintable(signature->detail));
        QVERIFY(inspection->report.verdict() != Verdict::Valid);
    }
};

QTEST_GUILESS_MAIN(TestDataIntegrityRdfc)
#include "tst_data_integrity_rdfc.moc"
