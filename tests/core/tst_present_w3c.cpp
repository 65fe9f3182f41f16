// Presenting W3C credentials that are not JWT-VC 1.1: a JSON-LD credential (ldp_vc) in a
// VerifiablePresentation with a Data Integrity proof by the holder's key (authentication,
// challenge = nonce, domain = client_id), and a VC-JWT 2.0 credential (vc+jwt) enveloped in a
// vp+jwt. Both are offered to DCQL and Presentation Exchange requests; the proofs are verified
// with vcdesk's own verifier, and changed copies fail. Then vcdesk's verifier (seed 002) takes a
// JSON-LD VP as an answer, and refuses one made for another request, by another holder, or
// not bound at all.

#include "core/credential/EnvelopedCredential.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/oid4vp/DataIntegrityPresentation.h"
#include "core/oid4vp/DcqlMatcher.h"
#include "core/oid4vp/PresentationBuilder.h"
#include "core/oid4vp/PresentationExchangeMatcher.h"
#include "core/oid4vp/PresentationTokenVerifier.h"
#include "core/oid4vp/PresentationVerifier.h"
#include "core/verify/CheckName.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySigner.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"

#include <QtTest>

using namespace vcdesk;

namespace {

const QString kNonce = QStringLiteral("n-0S6_WzA2Mj");
const QString kClientId = QStringLiteral("redirect_uri:https://rp.example/cb");

HolderKeyring::Signer signerOf(KeyType type)
{
    const test::Issuer holder = test::Issuer::make(type);
    return HolderKeyring::Signer{holder.key, holder.did, holder.kid};
}

HolderKeyring ringOf(const HolderKeyring::Signer &signer)
{
    HolderKeyring ring;
    ring.add(signer);
    return ring;
}

AuthorizationRequest requestFor(const QJsonObject &dcql, const QJsonObject &definition = {})
{
    AuthorizationRequest r;
    r.client = ClientIdentifier::parse(kClientId, {}).value();
    r.responseTypes = {"vp_token"};
    r.responseMode = "direct_post";
    r.responseUri = QUrl("https://rp.example/cb");
    r.nonce = kNonce;
    r.queryLanguage = dcql.isEmpty() ? AuthorizationRequest::QueryLanguage::PresentationExchange
                                     : AuthorizationRequest::QueryLanguage::Dcql;
    r.dcqlQuery = dcql;
    r.presentationDefinition = definition;
    return r;
}

QJsonObject dcqlFor(const QString &format)
{
    return QJsonObject{
        {"credentials", QJsonArray{QJsonObject{{"id", "cred"}, {"format", format}}}}};
}

HeldCredential held(qint64 id, const QByteArray &raw, const QString &format)
{
    CredentialRecord record;
    record.id = id;
    record.raw = raw;
    record.format = format;
    record.title = format;
    record.verdict = Verdict::Valid;
    return HeldCredential::fromRecord(record).value();
}

InspectOptions options()
{
    InspectOptions o;
    o.resolver = MultiMethodDidResolver::createDefault();
    return o;
}

/// The single presentation a DCQL answer carries for the query "cred".
QJsonValue dcqlPresentation(const AuthorizationResponse &response)
{
    return QJsonDocument::fromJson(response.field("vp_token").toUtf8())
        .object()
        .value("cred")
        .toArray()
        .first();
}

/// A VC 2.0 JSON-LD credential for `subject`, signed eddsa-rdfc-2022 by `issuer`.
QByteArray alumniCredential(const test::Issuer &issuer, const QString &subject)
{
    const QJsonObject credential{
        {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2",
                                "https://www.w3.org/ns/credentials/examples/v2"}},
        {"id", "urn:uuid:7a1f3c9e-5b2d-4e8f-9c0a-1d2e3f4a5b6c"},
        {"type", QJsonArray{"VerifiableCredential", "AlumniCredential"}},
        {"issuer", issuer.did},
        {"validFrom", "2025-01-01T00:00:00Z"},
        {"credentialSubject", QJsonObject{{"id", subject}, {"alumniOf", "Example University"}}}};
    const QJsonObject options{{"type", "DataIntegrityProof"},
                              {"cryptosuite", "eddsa-rdfc-2022"},
                              {"created", "2025-01-01T00:00:00Z"},
                              {"verificationMethod", issuer.kid},
                              {"proofPurpose", "assertionMethod"}};
    QJsonObject secured = credential;
    secured.insert("proof", DataIntegritySigner::proof(credential, options, issuer.key).value());
    return QJsonDocument(secured).toJson(QJsonDocument::Compact);
}

QJsonObject alumniQuery()
{
    return QJsonObject{
        {"credentials",
         QJsonArray{QJsonObject{
             {"id", "alumni"},
             {"format", "ldp_vc"},
             {"meta", QJsonObject{{"type_values", QJsonArray{QJsonArray{"AlumniCredential"}}}}},
             {"claims",
              QJsonArray{QJsonObject{{"path", QJsonArray{"credentialSubject", "alumniOf"}}}}}}}}};
}

} // namespace

class PresentW3cTest : public QObject
{
    Q_OBJECT

    QList<HeldCredential> m_ldp; // the W3C vc-di-eddsa RDFC credential

    Result<AuthorizationResponse> presentLdp(const HolderKeyring::Signer &signer)
    {
        const QJsonObject query = dcqlFor("ldp_vc");
        auto match = DcqlMatcher::match(query, m_ldp);
        if (!match)
            return match.error();
        return PresentationBuilder::build(requestFor(query), match.value(), {{"cred", {1}}}, m_ldp,
                                          ringOf(signer));
    }

private slots:
    void initTestCase()
    {
        m_ldp << held(1, test::readData("vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json"),
                      "ldp_vc");
    }

    void jsonLdCredentialIsOfferedAndSignedByTheHolder_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<QString>("suite");
        QTest::newRow("P-256") << int(KeyType::P256) << "ecdsa-rdfc-2019";
        QTest::newRow("Ed25519") << int(KeyType::Ed25519) << "eddsa-rdfc-2022";
    }

    void jsonLdCredentialIsOfferedAndSignedByTheHolder()
    {
        QFETCH(int, keyType);
        QFETCH(QString, suite);
        const HolderKeyring::Signer holder = signerOf(KeyType(keyType));
        auto match = DcqlMatcher::match(dcqlFor("ldp_vc"), m_ldp);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->satisfiable);
        QCOMPARE(match->parts.first().candidates.size(), 1);

        auto response = presentLdp(holder);
        VCDESK_VERIFY_OK(response);
        const QJsonObject vp = dcqlPresentation(response.value()).toObject();
        QCOMPARE(vp.value("type").toArray(), QJsonArray{"VerifiablePresentation"});
        QCOMPARE(vp.value("holder").toString(), holder.did);
        QCOMPARE(vp.value("@context").toArray(),
                 QJsonArray{"https://www.w3.org/ns/credentials/v2"});
        QCOMPARE(vp.value("verifiableCredential").toArray().first().toObject(),
                 m_ldp.first().credential().document);
        const QJsonObject proof = vp.value("proof").toObject();
        QCOMPARE(proof.value("cryptosuite").toString(), suite);
        QCOMPARE(proof.value("proofPurpose").toString(), QStringLiteral("authentication"));
        QCOMPARE(proof.value("challenge").toString(), kNonce);
        QCOMPARE(proof.value("domain").toString(), kClientId);
        QCOMPARE(proof.value("verificationMethod").toString(), holder.kid);
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(vp, proof, holder.key.publicKey()));

        // vcdesk's inspector checks the holder's proof through the DID (authentication).
        auto inspection = CredentialInspector::inspect(QJsonDocument(vp).toJson(), options());
        VCDESK_VERIFY_OK(inspection);
        QCOMPARE(inspection->format, QStringLiteral("ldp_vp"));
        const CheckResult *signature = inspection->report.check(CheckName::SignatureVerification);
        QVERIFY(signature);
        QVERIFY2(signature->outcome == CheckResult::Outcome::Pass, qPrintable(signature->detail));
    }

    void changedPresentationsFail_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("challenge") << "challenge";
        QTest::newRow("domain") << "domain";
        QTest::newRow("holder") << "holder";
        QTest::newRow("credential claim") << "claim";
    }

    void changedPresentationsFail()
    {
        QFETCH(QString, what);
        const HolderKeyring::Signer holder = signerOf(KeyType::P256);
        auto response = presentLdp(holder);
        VCDESK_VERIFY_OK(response);
        QJsonObject vp = dcqlPresentation(response.value()).toObject();
        QJsonObject proof = vp.value("proof").toObject();
        if (what == "challenge" || what == "domain") {
            proof.insert(what, "another");
            vp.insert("proof", proof);
        } else if (what == "holder") {
            vp.insert("holder", "did:example:mallory");
        } else {
            QJsonObject credential = vp.value("verifiableCredential").toArray().first().toObject();
            QJsonObject subject = credential.value("credentialSubject").toObject();
            subject.insert("alumniOf", "Another School");
            credential.insert("credentialSubject", subject);
            vp.insert("verifiableCredential", QJsonArray{credential});
        }
        const Status verified = DataIntegrityCheck::verifyProof(vp, proof, holder.key.publicKey());
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, QStringLiteral("signature.mismatch"));
    }

    void aCredentialCannotBringItsOwnTermsIntoAPresentation()
    {
        // Terms a credential defines inline could give a signed value another name than the one
        // shown: a presentation holding it is neither signed nor verified.
        const HolderKeyring::Signer holder = signerOf(KeyType::P256);
        auto response = presentLdp(holder);
        VCDESK_VERIFY_OK(response);
        QJsonObject vp = dcqlPresentation(response.value()).toObject();
        QJsonObject credential = vp.value("verifiableCredential").toArray().first().toObject();
        QJsonArray context = credential.value("@context").toArray();
        context.append(QJsonObject{{"alumniOf", "https://attacker.example/#other"}});
        credential.insert("@context", context);
        vp.insert("verifiableCredential", QJsonArray{credential});
        const QJsonObject proof = vp.take("proof").toObject();
        auto signed_ = DataIntegritySigner::proof(vp, proof, holder.key);
        QVERIFY(!signed_.ok());
        QCOMPARE(signed_.error().code, QStringLiteral("di.inline_context"));
        vp.insert("proof", proof);
        const Status verified = DataIntegrityCheck::verifyProof(vp, proof, holder.key.publicKey());
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, QStringLiteral("di.inline_context"));
    }

    void aKeyNoSuiteTakesCannotSign()
    {
        auto response = presentLdp(signerOf(KeyType::Secp256k1));
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QStringLiteral("oid4vp.no_binding_key"));
    }

    void aVersion1CredentialGetsAVersion1Presentation()
    {
        // A VC 1.1 JSON-LD credential: the presentation is 1.1 too, with the data integrity
        // context for its proof, and still verifies.
        const QByteArray v1 = test::readData("jsonld-interop/ed25519-signature-2020.json");
        const QList<HeldCredential> wallet{held(1, v1, "ldp_vc")};
        const QJsonObject query = dcqlFor("ldp_vc");
        const HolderKeyring::Signer holder = signerOf(KeyType::Ed25519);
        auto response =
            PresentationBuilder::build(requestFor(query), DcqlMatcher::match(query, wallet).value(),
                                       {{"cred", {1}}}, wallet, ringOf(holder));
        VCDESK_VERIFY_OK(response);
        const QJsonObject vp = dcqlPresentation(response.value()).toObject();
        QCOMPARE(vp.value("@context").toArray(),
                 QJsonArray({"https://www.w3.org/2018/credentials/v1",
                             "https://w3id.org/security/data-integrity/v2"}));
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(vp, vp.value("proof").toObject(),
                                                         holder.key.publicKey()));
    }

    void presentationExchangeSubmitsLdpVp()
    {
        const QJsonObject definition{
            {"id", "def-ld"},
            {"input_descriptors",
             QJsonArray{QJsonObject{
                 {"id", "alumni"},
                 {"format", QJsonObject{{"ldp_vc", QJsonObject{}}}},
                 {"constraints",
                  QJsonObject{
                      {"fields", QJsonArray{QJsonObject{
                                     {"path", QJsonArray{"$.credentialSubject.alumniOf"}}}}}}}}}}};
        auto match = PresentationExchangeMatcher::match(definition, m_ldp);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->satisfiable);
        const HolderKeyring::Signer holder = signerOf(KeyType::P256);
        auto response = PresentationBuilder::build(requestFor({}, definition), match.value(),
                                                   {{"alumni", {1}}}, m_ldp, ringOf(holder));
        VCDESK_VERIFY_OK(response);
        // One presentation: vp_token is the VP itself, as JSON.
        const QJsonObject vp =
            QJsonDocument::fromJson(response->field("vp_token").toUtf8()).object();
        VCDESK_VERIFY_OK(DataIntegrityCheck::verifyProof(vp, vp.value("proof").toObject(),
                                                         holder.key.publicKey()));
        const QJsonObject entry =
            QJsonDocument::fromJson(response->field("presentation_submission").toUtf8())
                .object()
                .value("descriptor_map")
                .toArray()
                .first()
                .toObject();
        QCOMPARE(entry.value("format").toString(), QStringLiteral("ldp_vp"));
        QCOMPARE(entry.value("path").toString(), QStringLiteral("$"));
        QCOMPARE(entry.value("path_nested").toObject().value("format").toString(),
                 QStringLiteral("ldp_vc"));
        QCOMPARE(entry.value("path_nested").toObject().value("path").toString(),
                 QStringLiteral("$.verifiableCredential[0]"));
    }

    void vcdeskVerifiesAJsonLdPresentation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("as made") << ""
                                 << "";
        QTest::newRow("another request") << "nonce"
                                         << "presentation.nonce";
        QTest::newRow("another verifier") << "domain"
                                          << "presentation.audience";
        QTest::newRow("presented by a thief") << "thief"
                                              << "presentation.holder_binding";
        QTest::newRow("a thief naming the holder") << "holder"
                                                   << "presentation.not_valid";
        QTest::newRow("signed for assertion") << "purpose"
                                              << "presentation.holder_binding";
        QTest::newRow("two proofs") << "proof set"
                                    << "presentation.holder_binding";
        QTest::newRow("a claim changed") << "claim"
                                         << "presentation.not_valid";
        QTest::newRow("an issuer nobody trusts") << "untrusted"
                                                 << "presentation.issuer_not_trusted";
        // JSON is not unwrapped from a vc+jwt data: URL: the object is read as itself, unsigned.
        QTest::newRow("an enveloped look-alike") << "envelope"
                                                 << "presentation.not_valid";
        QTest::newRow("an enveloped JWT") << "jwt envelope"
                                          << "presentation.format";
        QTest::newRow("a credential alone") << "bare"
                                            << "presentation.format";
    }

    void vcdeskVerifiesAJsonLdPresentation()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        const test::Issuer issuer = test::Issuer::make(KeyType::Ed25519);
        const HolderKeyring::Signer holder = signerOf(KeyType::P256);
        const HolderKeyring::Signer thief = signerOf(KeyType::Ed25519);
        const QList<HeldCredential> wallet{held(1, alumniCredential(issuer, holder.did), "ldp_vc")};
        const QJsonObject query = alumniQuery();
        AuthorizationRequest request = requestFor(query);
        if (change == "nonce")
            request.nonce = "another-nonce";
        if (change == "domain")
            request.client =
                ClientIdentifier::parse("redirect_uri:https://rp.example/other", {}).value();
        QJsonObject vp;
        if (change == "thief" || change == "holder") {
            auto stolen = DataIntegrityPresentation::build(wallet.first(), thief, request,
                                                           QDateTime::currentSecsSinceEpoch());
            VCDESK_VERIFY_OK(stolen);
            vp = stolen.value();
            if (change == "holder") {
                // The thief names the holder, and signs that.
                vp.insert("holder", holder.did);
                QJsonObject options = vp.take("proof").toObject();
                vp.insert("proof", DataIntegritySigner::proof(vp, options, thief.key).value());
            }
        } else if (change == "bare") {
            vp = wallet.first().credential().document;
        } else {
            auto response =
                PresentationBuilder::build(request, DcqlMatcher::match(query, wallet).value(),
                                           {{"alumni", {1}}}, wallet, ringOf(holder));
            VCDESK_VERIFY_OK(response);
            vp = QJsonDocument::fromJson(response->field("vp_token").toUtf8())
                     .object()
                     .value("alumni")
                     .toArray()
                     .first()
                     .toObject();
        }
        if (change == "purpose" || change == "proof set") {
            QJsonObject options = vp.take("proof").toObject();
            if (change == "purpose")
                options.insert("proofPurpose", "assertionMethod");
            const QJsonObject proof = DataIntegritySigner::proof(vp, options, holder.key).value();
            vp.insert("proof", change == "purpose" ? QJsonValue(proof)
                                                   : QJsonValue(QJsonArray{proof, proof}));
        }
        if (change.endsWith("envelope")) {
            // A real credential in a data: URL, which would be inspected as itself; around it
            // an object claiming another type and claim, which matching would read. Signed with
            // JCS, so no JSON-LD processing stands in the way.
            QJsonObject real = wallet.first().credential().document;
            real.remove("proof");
            const QString body =
                change == "envelope"
                    ? QString::fromLatin1(QUrl::toPercentEncoding(
                          QString::fromUtf8(QJsonDocument(wallet.first().credential().document)
                                                .toJson(QJsonDocument::Compact))))
                    : QString::fromLatin1(
                          test::sign(issuer.key, real, {{"typ", "vc+jwt"}, {"kid", issuer.kid}}));
            const QJsonObject outer{
                {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                {"type", QJsonArray{"VerifiableCredential", "EnvelopedVerifiableCredential"}},
                {"id", "data:application/vc+jwt," + body},
                {"issuer", issuer.did},
                {"credentialSubject",
                 QJsonObject{{"id", holder.did}, {"alumniOf", "Forged University"}}}};
            vp.insert("verifiableCredential", QJsonArray{outer});
            QJsonObject options = vp.take("proof").toObject();
            options.insert("cryptosuite", "ecdsa-jcs-2019");
            vp.insert("proof", DataIntegritySigner::proof(vp, options, holder.key).value());
        }
        if (change == "claim") {
            QJsonObject credential = vp.value("verifiableCredential").toArray().first().toObject();
            credential.insert("credentialSubject",
                              QJsonObject{{"id", holder.did}, {"alumniOf", "Another University"}});
            vp.insert("verifiableCredential", QJsonArray{credential});
            QJsonObject options = vp.take("proof").toObject();
            vp.insert("proof", DataIntegritySigner::proof(vp, options, holder.key).value());
        }

        ExpectedPresentation expected;
        expected.nonce = kNonce;
        expected.audiences = {kClientId};
        expected.dcqlQuery = query;
        expected.issuers = IssuerPolicy::allowOnly(
                               {change == "untrusted" ? QString("did:example:other") : issuer.did})
                               .value();
        const QString answer = QString::fromUtf8(
            QJsonDocument(QJsonObject{{"alumni", QJsonArray{vp}}}).toJson(QJsonDocument::Compact));
        auto verified = PresentationVerifier::verify(expected, answer, {}, options());
        if (code.isEmpty()) {
            VCDESK_VERIFY_OK(verified);
            QCOMPARE(verified->credentials.size(), 1);
            const PresentedCredential &presented = verified->credentials.first();
            QCOMPARE(presented.format, QStringLiteral("ldp_vc"));
            QCOMPARE(presented.holder, holder.did);
            QCOMPARE(presented.queryId, QStringLiteral("alumni"));
            QCOMPARE(presented.claims.value("alumniOf").toString(),
                     QStringLiteral("Example University"));
            return;
        }
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().code == code, qPrintable(verified.error().toString()));
    }

    void anEnvelopeHoldsATokenOnly()
    {
        const auto envelope = [](const QString &body) {
            return QJsonObject{{"type", "EnvelopedVerifiableCredential"},
                               {"id", "data:application/vc+jwt," + body}};
        };
        QCOMPARE(EnvelopedCredential::token(envelope("eyJh.eyJi.c2ln")),
                 QByteArray("eyJh.eyJi.c2ln"));
        QVERIFY(!EnvelopedCredential::token(envelope("%7B%22type%22%3A%5B%5D%7D")));
        QVERIFY(!EnvelopedCredential::token(envelope("eyJh.eyJi.c2ln%0A")));
    }

    void presentationExchangeAnswerWithAJsonLdVp()
    {
        const test::Issuer issuer = test::Issuer::make(KeyType::Ed25519);
        const HolderKeyring::Signer holder = signerOf(KeyType::Ed25519);
        const QList<HeldCredential> wallet{held(1, alumniCredential(issuer, holder.did), "ldp_vc")};
        const QJsonObject definition{
            {"id", "def-alumni"},
            {"input_descriptors",
             QJsonArray{QJsonObject{
                 {"id", "alumni"},
                 {"format", QJsonObject{{"ldp_vc", QJsonObject{}}, {"ldp_vp", QJsonObject{}}}},
                 {"constraints",
                  QJsonObject{
                      {"fields", QJsonArray{QJsonObject{
                                     {"path", QJsonArray{"$.credentialSubject.alumniOf"}}}}}}}}}}};
        auto response = PresentationBuilder::build(
            requestFor({}, definition),
            PresentationExchangeMatcher::match(definition, wallet).value(), {{"alumni", {1}}},
            wallet, ringOf(holder));
        VCDESK_VERIFY_OK(response);
        ExpectedPresentation expected;
        expected.nonce = kNonce;
        expected.audiences = {kClientId};
        expected.presentationDefinition = definition;
        expected.issuers = IssuerPolicy::allowOnly({issuer.did}).value();
        auto verified =
            PresentationVerifier::verify(expected, response->field("vp_token"),
                                         response->field("presentation_submission"), options());
        VCDESK_VERIFY_OK(verified);
        QCOMPARE(verified->credentials.size(), 1);
        QCOMPARE(verified->credentials.first().holder, holder.did);
    }

    void vcJwtIsEnvelopedInAVpJwt()
    {
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        const HolderKeyring::Signer holder = signerOf(KeyType::Ed25519);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject vc{
            {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
            {"type", QJsonArray{"VerifiableCredential", "EmailCredential"}},
            {"issuer", issuer.did},
            {"validFrom", QDateTime::fromSecsSinceEpoch(now - 60, Qt::UTC).toString(Qt::ISODate)},
            {"credentialSubject", QJsonObject{{"id", holder.did}, {"email", "a@example.com"}}}};
        const QByteArray token =
            test::sign(issuer.key, vc, QJsonObject{{"typ", "vc+jwt"}, {"kid", issuer.kid}});
        const QList<HeldCredential> wallet{held(1, token, "vc+jwt")};
        const QJsonObject query = dcqlFor("vc+jwt");
        auto match = DcqlMatcher::match(query, wallet);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->satisfiable);
        auto response = PresentationBuilder::build(requestFor(query), match.value(),
                                                   {{"cred", {1}}}, wallet, ringOf(holder));
        VCDESK_VERIFY_OK(response);
        const QByteArray vpJwt = dcqlPresentation(response.value()).toString().toLatin1();
        auto jws = CompactJws::parse(vpJwt);
        VCDESK_VERIFY_OK(jws);
        QCOMPARE(jws->header().value("typ").toString(), QStringLiteral("vp+jwt"));
        const QJsonObject enveloped =
            jws->payloadObject()->value("verifiableCredential").toArray().first().toObject();
        QCOMPARE(enveloped.value("type").toString(),
                 QStringLiteral("EnvelopedVerifiableCredential"));
        QCOMPARE(enveloped.value("id").toString(),
                 QStringLiteral("data:application/vc+jwt,") + QString::fromLatin1(token));

        // vcdesk's verifier takes it: nonce, audience, holder binding, the issuer's signature.
        ExpectedPresentation expected;
        expected.nonce = kNonce;
        expected.audiences = {kClientId};
        expected.dcqlQuery = query;
        expected.issuers = IssuerPolicy::allowOnly({issuer.did}).value();
        auto presented = PresentationTokenVerifier::verify(vpJwt, expected, options());
        VCDESK_VERIFY_OK(presented);
        QCOMPARE(presented->size(), 1);
        QCOMPARE(presented->first().format, QStringLiteral("vc+jwt"));
        QCOMPARE(presented->first().holder, holder.did);

        expected.nonce = "another request";
        auto replayed = PresentationTokenVerifier::verify(vpJwt, expected, options());
        QVERIFY(!replayed.ok());
        QCOMPARE(replayed.error().code, QStringLiteral("presentation.nonce"));
    }
};

QTEST_GUILESS_MAIN(PresentW3cTest)
#include "tst_present_w3c.moc"
