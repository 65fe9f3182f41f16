// The verifier side of OpenID4VP on the class itself: real keys, real signatures, did:key
// resolution. An answer is accepted only when everything holds; each way it can be wrong
// (stolen credential, untrusted issuer, a key-binding JWT for another request, a wrong or
// missing submission, tampering, expiry) is refused with the code of the check that failed.

#include "core/did/MultiMethodDidResolver.h"
#include "core/jose/JwsPayloadReuse.h"
#include "core/oid4vp/PresentationTokenVerifier.h"
#include "core/oid4vp/PresentationVerifier.h"
#include "support/LoopbackPolicy.h"
#include "support/PresentationFactory.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"

#include <QtTest>

using namespace vcdesk;

namespace {

const QString kNonce = QStringLiteral("n-0S6_WzA2Mj");
const QString kClientId = QStringLiteral("did:key:zVerifierOfThisTest");

QJsonObject emailDefinition(const QJsonObject &formats = {})
{
    const QJsonObject alg{{"alg", QJsonArray{"ES256", "ES256K", "EdDSA"}}};
    const QJsonObject format =
        formats.isEmpty() ? QJsonObject{{"jwt_vc_json", alg}, {"jwt_vp_json", alg}, {"jwt_vc", alg},
                                        {"jwt_vp", alg},      {"vc+jwt", alg},      {"vp+jwt", alg}}
                          : formats;
    return QJsonObject{
        {"id", "emailCheck"},
        {"input_descriptors",
         QJsonArray{QJsonObject{
             {"id", "email"},
             {"format", format},
             {"constraints",
              QJsonObject{
                  {"fields",
                   QJsonArray{
                       QJsonObject{
                           {"path", QJsonArray{"$.vc.type", "$.type"}},
                           {"filter",
                            QJsonObject{{"type", "array"},
                                        {"contains", QJsonObject{{"const", "EmailCredential"}}}}}},
                       QJsonObject{{"path", QJsonArray{"$.vc.credentialSubject.email",
                                                       "$.credentialSubject.email"}}}}}}}}}}};
}

QJsonObject emailQuery()
{
    return QJsonObject{
        {"credentials",
         QJsonArray{
             QJsonObject{{"id", "email"},
                         {"format", "dc+sd-jwt"},
                         {"meta", QJsonObject{{"vct_values", QJsonArray{"EmailCredential"}}}},
                         {"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"email"}}}}}},
             QJsonObject{
                 {"id", "email_jwt"},
                 {"format", "jwt_vc_json"},
                 {"meta", QJsonObject{{"type_values", QJsonArray{QJsonArray{"EmailCredential"}}}}},
                 {"claims",
                  QJsonArray{QJsonObject{{"path", QJsonArray{"credentialSubject", "email"}}}}}}}},
        {"credential_sets",
         QJsonArray{
             QJsonObject{{"options", QJsonArray{QJsonArray{"email"}, QJsonArray{"email_jwt"}}}}}}};
}

InspectOptions options()
{
    InspectOptions o;
    o.resolver = MultiMethodDidResolver::createDefault();
    return o;
}

QString dcqlAnswer(const QString &id, const QByteArray &token)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{id, QJsonArray{QString::fromLatin1(token)}}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

class PresentationVerifierTest : public QObject
{
    Q_OBJECT

    test::Issuer m_issuer = test::Issuer::make(KeyType::Secp256k1);
    test::Issuer m_holder = test::Issuer::make(KeyType::P256);
    test::Issuer m_thief = test::Issuer::make(KeyType::P256);
    QByteArray m_credential; // an EmailCredential for m_holder

    ExpectedPresentation expected(bool dcql = false) const
    {
        ExpectedPresentation e;
        e.nonce = kNonce;
        e.audiences = {kClientId};
        if (dcql)
            e.dcqlQuery = emailQuery();
        else
            e.presentationDefinition = emailDefinition();
        e.issuers = IssuerPolicy::allowOnly({m_issuer.did}).value();
        return e;
    }

    QByteArray vp(const QByteArray &credential, const test::Issuer &by,
                  const QString &nonce = kNonce, const QJsonValue &audience = kClientId) const
    {
        return test::jwtVp(by, QJsonArray{QString::fromLatin1(credential)}, nonce, audience);
    }

    static void expectRefused(const Result<VerifiedPresentation> &result, const QString &code,
                              const QString &words = {})
    {
        if (result.ok())
            QFAIL("accepted an answer that must be refused");
        QVERIFY2(result.error().code == code, qPrintable(result.error().toString()));
        QVERIFY2(result.error().message.contains(words, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
    }

    Result<VerifiedPresentation>
    verifyPe(const QByteArray &token,
             const QString &submission = test::vpSubmission("emailCheck", "email"),
             const ExpectedPresentation *with = nullptr) const
    {
        return PresentationVerifier::verify(with ? *with : expected(), QString::fromLatin1(token),
                                            submission, options());
    }

private slots:
    void initTestCase()
    {
        m_credential = test::jwtVc(m_issuer, m_holder.did, {"EmailCredential"},
                                   QJsonObject{{"email", "alice@example.com"}});
    }

    void aJwtVpByTheSubjectIsAccepted()
    {
        auto result = verifyPe(vp(m_credential, m_holder));
        VCDESK_VERIFY_OK(result);
        QCOMPARE(result->credentials.size(), 1);
        const PresentedCredential &c = result->credentials.first();
        QCOMPARE(c.queryId, QStringLiteral("email"));
        QCOMPARE(c.holder, m_holder.did);
        QCOMPARE(c.claims.value("email").toString(), QStringLiteral("alice@example.com"));
        // The answer's payloads are reused while it is verified, and none outlives it.
        QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 0);
        {
            const JwsPayloadReuse outer; // keeps what verify() read, to look at it
            VCDESK_VERIFY_OK(verifyPe(vp(m_credential, m_holder)));
            QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 2); // the VP's and the credential's
        }
        QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 0);
        // The audience may also be given as an array holding the client_id.
        QVERIFY(verifyPe(vp(m_credential, m_holder, kNonce, QJsonArray{"x", kClientId})).ok());
    }

    void aStolenCredentialIsRefused()
    {
        expectRefused(verifyPe(vp(m_credential, m_thief)), "presentation.holder_binding",
                      m_thief.did);
    }

    void cnfBindsACredentialToAKey()
    {
        const QJsonObject cnf{{"jwk", Jwk::fromPublicKey(m_holder.key.publicKey())}};
        const QByteArray bound =
            test::jwtVc(m_issuer, {}, {"EmailCredential"}, QJsonObject{{"email", "a@example.com"}},
                        test::nowSeconds() + 3600, QJsonObject{{"cnf", cnf}});
        QVERIFY(verifyPe(vp(bound, m_holder)).ok());
        expectRefused(verifyPe(vp(bound, m_thief)), "presentation.holder_binding");
        // Bound to nobody: anyone could present it.
        const QByteArray bearer =
            test::jwtVc(m_issuer, {}, {"EmailCredential"}, QJsonObject{{"email", "a@example.com"}});
        expectRefused(verifyPe(vp(bearer, m_holder)), "presentation.holder_binding", "no holder");
        // Bound to a key published with its private part: anyone could sign the VP.
        const QJsonObject leaked{{"jwk", Jwk::fromPrivateKey(m_holder.key)}};
        const QByteArray leakedBound =
            test::jwtVc(m_issuer, {}, {"EmailCredential"}, QJsonObject{{"email", "a@example.com"}},
                        test::nowSeconds() + 3600, QJsonObject{{"cnf", leaked}});
        expectRefused(verifyPe(vp(leakedBound, m_holder)), "presentation.holder_binding",
                      "private part");
    }

    void aCnfKidMustNameTheSignersOwnKey()
    {
        const auto withKid = [&](const QString &kid) {
            return test::jwtVc(m_issuer, {}, {"EmailCredential"},
                               QJsonObject{{"email", "a@example.com"}}, test::nowSeconds() + 3600,
                               QJsonObject{{"cnf", QJsonObject{{"kid", kid}}}});
        };
        QVERIFY(verifyPe(vp(withKid(m_holder.kid), m_holder)).ok());
        expectRefused(verifyPe(vp(withKid(m_holder.kid), m_thief)), "presentation.holder_binding");
    }

    void topLevelClaimsCannotPassForTheCredentials()
    {
        // vc.type says LibraryCard; a top-level "type" beside it says EmailCredential, which a
        // "$.type" path would otherwise read.
        const QByteArray twoFaced = test::jwtVc(
            m_issuer, m_holder.did, {"LibraryCard"}, QJsonObject{{"name", "Alice"}},
            test::nowSeconds() + 3600,
            QJsonObject{{"type", QJsonArray{"VerifiableCredential", "EmailCredential"}},
                        {"credentialSubject", QJsonObject{{"email", "a@example.com"}}}});
        expectRefused(verifyPe(vp(twoFaced, m_holder)), "presentation.not_valid",
                      "ClaimsConsistency");
    }

    void whatCanBeRefusedOfflineFetchesNothing()
    {
        // Credentials of an issuer nobody trusts, whose did:web host answers slowly: refused
        // before anything is fetched, so such answers cannot hold the verifier.
        test::TestHttpServer slowHost;
        slowHost.route("/.well-known/did.json", {200, "{}", "application/json", 10000});
        test::Issuer stranger = test::Issuer::make(KeyType::P256);
        stranger.did = "did:web:127.0.0.1%3A" + QString::number(slowHost.port());
        stranger.kid = stranger.did + "#key-1";
        const QByteArray foreign = test::jwtVc(stranger, m_holder.did, {"EmailCredential"},
                                               QJsonObject{{"email", "a@example.com"}});
        InspectOptions loopback = options();
        loopback.network = test::loopbackPolicy();
        loopback.resolver = MultiMethodDidResolver::createDefault(loopback.network);
        auto refused =
            PresentationVerifier::verify(expected(), QString::fromLatin1(vp(foreign, m_holder)),
                                         test::vpSubmission("emailCheck", "email"), loopback);
        expectRefused(refused, "presentation.issuer_not_trusted");
        QCOMPARE(slowHost.hits("/.well-known/did.json"), 0);

        // More credentials than one answer may hold.
        QJsonArray many;
        for (int i = 0; i <= PresentationTokenVerifier::kMaxCredentials; ++i)
            many.append(QString::fromLatin1(m_credential));
        expectRefused(verifyPe(test::jwtVp(m_holder, many, kNonce, kClientId)),
                      "presentation.unreadable", "credentials");
    }

    void onlyTheIssuersTheRequestTrustsAreAccepted()
    {
        const test::Issuer stranger = test::Issuer::make(KeyType::Ed25519);
        const QByteArray foreign = test::jwtVc(stranger, m_holder.did, {"EmailCredential"},
                                               QJsonObject{{"email", "a@example.com"}});
        expectRefused(verifyPe(vp(foreign, m_holder)), "presentation.issuer_not_trusted",
                      stranger.did);
        // A request that names the stranger accepts it; the trust list decides when the request
        // names nobody.
        ExpectedPresentation byName = expected();
        byName.issuers = IssuerPolicy::allowOnly({m_issuer.did, stranger.did}).value();
        QVERIFY(verifyPe(vp(foreign, m_holder), test::vpSubmission("emailCheck", "email"), &byName)
                    .ok());
        ExpectedPresentation byList = expected();
        auto list = std::make_shared<TrustList>();
        QVERIFY(list->add(m_issuer.did, "Mail issuer").ok());
        byList.issuers = IssuerPolicy::trustList(list);
        QVERIFY(
            verifyPe(vp(m_credential, m_holder), test::vpSubmission("emailCheck", "email"), &byList)
                .ok());
        expectRefused(
            verifyPe(vp(foreign, m_holder), test::vpSubmission("emailCheck", "email"), &byList),
            "presentation.issuer_not_trusted", "trust list");
        // No trust list, or an empty one: nobody.
        ExpectedPresentation nobody = expected();
        nobody.issuers = IssuerPolicy::trustList(std::make_shared<TrustList>());
        expectRefused(verifyPe(vp(m_credential, m_holder),
                               test::vpSubmission("emailCheck", "email"), &nobody),
                      "presentation.no_trusted_issuers");
        nobody.issuers = IssuerPolicy{};
        expectRefused(verifyPe(vp(m_credential, m_holder),
                               test::vpSubmission("emailCheck", "email"), &nobody),
                      "presentation.no_trusted_issuers");
        QCOMPARE(IssuerPolicy::allowOnly({"did:*"}).error().code, QStringLiteral("trust.pattern"));
        // A whole method would accept anybody who makes a key.
        QCOMPARE(IssuerPolicy::allowOnly({m_issuer.did, "did:key:*"}).error().code,
                 QStringLiteral("trust.pattern_too_broad"));
    }

    void anAnswerForAnotherRequestIsRefused()
    {
        expectRefused(verifyPe(vp(m_credential, m_holder, "other-nonce")), "presentation.nonce");
        expectRefused(verifyPe(vp(m_credential, m_holder, kNonce, "did:key:zSomeoneElse")),
                      "presentation.audience", "another verifier");
        expectRefused(verifyPe(vp(m_credential, m_holder, kNonce, QJsonValue())),
                      "presentation.audience");
    }

    void tamperedAndExpiredCredentialsAreRefused()
    {
        QByteArray tampered = m_credential;
        tampered[tampered.size() - 4] = tampered[tampered.size() - 4] == 'A' ? 'B' : 'A';
        expectRefused(verifyPe(vp(tampered, m_holder)), "presentation.not_valid",
                      "SignatureVerification");
        const QByteArray expired =
            test::jwtVc(m_issuer, m_holder.did, {"EmailCredential"},
                        QJsonObject{{"email", "a@example.com"}}, test::nowSeconds() - 600);
        expectRefused(verifyPe(vp(expired, m_holder)), "presentation.not_valid", "ValidityPeriod");
        QByteArray tamperedVp = vp(m_credential, m_holder);
        tamperedVp[tamperedVp.size() - 4] = tamperedVp[tamperedVp.size() - 4] == 'A' ? 'B' : 'A';
        expectRefused(verifyPe(tamperedVp), "presentation.not_valid", "SignatureVerification");
        expectRefused(verifyPe("not a token"), "presentation.unreadable");
        expectRefused(verifyPe(R"({"a":1})"), "presentation.format");
    }

    void theSubmissionMustSayWhatAnswersWhat_data()
    {
        QTest::addColumn<QString>("submission");
        QTest::addColumn<QString>("code");
        const auto map = [](const QJsonObject &entry, const QString &definition = "emailCheck") {
            return QString::fromUtf8(
                QJsonDocument(QJsonObject{{"id", "s"},
                                          {"definition_id", definition},
                                          {"descriptor_map", QJsonArray{entry}}})
                    .toJson(QJsonDocument::Compact));
        };
        const QJsonObject nested{
            {"id", "email"}, {"format", "jwt_vc_json"}, {"path", "$.verifiableCredential[0]"}};
        QTest::newRow("missing") << ""
                                 << "presentation.submission";
        QTest::newRow("not JSON") << "{descriptor_map"
                                  << "presentation.submission";
        QTest::newRow("empty map") << R"({"definition_id":"emailCheck","descriptor_map":[]})"
                                   << "presentation.submission";
        QTest::newRow("other definition")
            << test::vpSubmission("otherCheck", "email") << "presentation.submission";
        QTest::newRow("unknown descriptor")
            << test::vpSubmission("emailCheck", "phone") << "presentation.submission";
        QTest::newRow("past the credentials")
            << test::vpSubmission("emailCheck", "email", 3) << "presentation.submission";
        QTest::newRow("no path_nested")
            << map(QJsonObject{{"id", "email"}, {"format", "jwt_vp_json"}, {"path", "$"}})
            << "presentation.submission";
        QTest::newRow("indexed path for one token") << map(QJsonObject{{"id", "email"},
                                                                       {"format", "jwt_vp_json"},
                                                                       {"path", "$[0]"},
                                                                       {"path_nested", nested}})
                                                    << "presentation.submission";
        QTest::newRow("format it does not accept")
            << test::vpSubmission("emailCheck", "email", 0, "ldp_vp", "ldp_vc")
            << "presentation.submission";
        QTest::newRow("an SD-JWT format for a VP")
            << map(QJsonObject{{"id", "email"}, {"format", "dc+sd-jwt"}, {"path", "$"}})
            << "presentation.submission";
    }
    void theSubmissionMustSayWhatAnswersWhat()
    {
        QFETCH(QString, submission);
        QFETCH(QString, code);
        expectRefused(verifyPe(vp(m_credential, m_holder), submission), code);
    }

    void whatIsPresentedMustMeetTheDescriptor()
    {
        const QByteArray otherType = test::jwtVc(m_issuer, m_holder.did, {"LibraryCard"},
                                                 QJsonObject{{"email", "a@example.com"}});
        expectRefused(verifyPe(vp(otherType, m_holder)), "presentation.unsatisfied", "email");
        const QByteArray noEmail = test::jwtVc(m_issuer, m_holder.did, {"EmailCredential"},
                                               QJsonObject{{"name", "Alice"}});
        expectRefused(verifyPe(vp(noEmail, m_holder)), "presentation.unsatisfied");
        // Two credentials, the submission points at the one that fits.
        const QByteArray two = test::jwtVp(
            m_holder, QJsonArray{QString::fromLatin1(otherType), QString::fromLatin1(m_credential)},
            kNonce, kClientId);
        QVERIFY(verifyPe(two, test::vpSubmission("emailCheck", "email", 1)).ok());
        expectRefused(verifyPe(two, test::vpSubmission("emailCheck", "email", 0)),
                      "presentation.unsatisfied");
    }

    void aVpJwtWithAnEnvelopedCredentialIsAccepted()
    {
        const QByteArray inner = test::vcJwt(m_issuer, m_holder.did, {"EmailCredential"},
                                             QJsonObject{{"email", "alice@example.com"}});
        const QByteArray vpJwt =
            test::jwtVp(m_holder, QJsonArray{test::enveloped(inner)}, kNonce, kClientId, "vp+jwt");
        auto result =
            verifyPe(vpJwt, test::vpSubmission("emailCheck", "email", 0, "vp+jwt", "vc+jwt"));
        VCDESK_VERIFY_OK(result);
        QCOMPARE(result->credentials.first().format, QStringLiteral("vc+jwt"));
        QCOMPARE(result->credentials.first().claims.value("email").toString(),
                 QStringLiteral("alice@example.com"));
        // The same presented by someone else.
        const QByteArray stolen =
            test::jwtVp(m_thief, QJsonArray{test::enveloped(inner)}, kNonce, kClientId, "vp+jwt");
        expectRefused(
            verifyPe(stolen, test::vpSubmission("emailCheck", "email", 0, "vp+jwt", "vc+jwt")),
            "presentation.holder_binding");
    }

    void anSdJwtVcIsPresentedOnItsOwnWithKeyBinding()
    {
        const QByteArray sdJwt = test::sdJwtVc(
            m_issuer, m_holder.key.publicKey(), "EmailCredential",
            QJsonObject{{"email", "alice@example.com"}, {"phone", "+1 555 0100"}}, {"email"});
        const auto verify = [&](const QByteArray &token) {
            return PresentationVerifier::verify(expected(true), dcqlAnswer("email", token), {},
                                                options());
        };
        auto result = verify(test::keyBound(sdJwt, m_holder.key, kNonce, kClientId));
        VCDESK_VERIFY_OK(result);
        QCOMPARE(result->credentials.first().queryId, QStringLiteral("email"));
        QCOMPARE(result->credentials.first().claims.value("email").toString(),
                 QStringLiteral("alice@example.com"));
        QVERIFY(!result->credentials.first().claims.contains("phone")); // not disclosed

        expectRefused(verify(sdJwt), "presentation.holder_binding", "key-binding");
        expectRefused(verify(test::keyBound(sdJwt, m_holder.key, "other-nonce", kClientId)),
                      "presentation.nonce");
        expectRefused(verify(test::keyBound(sdJwt, m_holder.key, kNonce, "did:key:zElse")),
                      "presentation.audience");
        expectRefused(verify(test::keyBound(sdJwt, m_thief.key, kNonce, kClientId)),
                      "presentation.holder_binding");
        // The email not disclosed: the query is not met.
        const QByteArray hidden =
            test::sdJwtVc(m_issuer, m_holder.key.publicKey(), "EmailCredential",
                          QJsonObject{{"email", "alice@example.com"}}, {});
        expectRefused(verify(test::keyBound(hidden, m_holder.key, kNonce, kClientId)),
                      "presentation.unsatisfied");
        // A JWT-VC in a VP answers the other option of the credential set.
        auto jwt = PresentationVerifier::verify(
            expected(true), dcqlAnswer("email_jwt", vp(m_credential, m_holder)), {}, options());
        VCDESK_VERIFY_OK(jwt);
        // ... but not the SD-JWT query.
        expectRefused(PresentationVerifier::verify(expected(true),
                                                   dcqlAnswer("email", vp(m_credential, m_holder)),
                                                   {}, options()),
                      "presentation.unsatisfied");
    }

    void aDcqlAnswerMustBeKeyedByTheQuery()
    {
        const QByteArray token =
            test::keyBound(test::sdJwtVc(m_issuer, m_holder.key.publicKey(), "EmailCredential",
                                         QJsonObject{{"email", "alice@example.com"}}, {"email"}),
                           m_holder.key, kNonce, kClientId);
        const auto verify = [&](const QString &answer) {
            return PresentationVerifier::verify(expected(true), answer, {}, options());
        };
        expectRefused(verify(QString::fromLatin1(token)), "presentation.submission");
        expectRefused(verify(dcqlAnswer("phone", token)), "presentation.submission");
        expectRefused(verify("{}"), "presentation.submission");
        const QString two = QString::fromUtf8(
            QJsonDocument(QJsonObject{{"email", QJsonArray{QString::fromLatin1(token),
                                                           QString::fromLatin1(token)}}})
                .toJson(QJsonDocument::Compact));
        expectRefused(verify(two), "presentation.submission"); // not "multiple"
        // ... nor one VP carrying two credentials.
        const QByteArray twoInOne = test::jwtVp(
            m_holder,
            QJsonArray{QString::fromLatin1(m_credential), QString::fromLatin1(m_credential)},
            kNonce, kClientId);
        expectRefused(verify(dcqlAnswer("email_jwt", twoInOne)), "presentation.submission",
                      "2 credentials");
        // A draft wallet's single string per query is read too.
        QVERIFY(verify(QString::fromUtf8(
                           QJsonDocument(QJsonObject{{"email", QString::fromLatin1(token)}})
                               .toJson(QJsonDocument::Compact)))
                    .ok());
    }

    void aRequestWithoutNonceOrQueryVerifiesNothing()
    {
        ExpectedPresentation none = expected();
        none.nonce.clear();
        QCOMPARE(
            verifyPe(vp(m_credential, m_holder), test::vpSubmission("emailCheck", "email"), &none)
                .error()
                .code,
            QStringLiteral("presentation.request"));
        ExpectedPresentation both = expected();
        both.dcqlQuery = emailQuery();
        QCOMPARE(
            verifyPe(vp(m_credential, m_holder), test::vpSubmission("emailCheck", "email"), &both)
                .error()
                .code,
            QStringLiteral("presentation.request"));
    }
};

QTEST_GUILESS_MAIN(PresentationVerifierTest)
#include "tst_presentation_verifier.moc"
