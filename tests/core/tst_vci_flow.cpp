// One OpenID4VCI issuance against a local issuer on loopback (real HTTP, real signatures): the
// token request with the transaction code, DPoP and its nonce challenge, the nonce endpoint
// and the key proof, one retry after invalid_nonce, deferred issuance, the notification, and
// every refusal that must end before the offer's code is spent or before anything is kept.

#include "core/codec/Base64Url.h"
#include "core/codec/FormUrlEncoding.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/did/JwkDidResolver.h"
#include "core/jose/CompactJws.h"
#include "core/oid4vci/IssuanceSession.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "support/LocalVciIssuer.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"
#include "support/TokenFactory.h"
#include "support/VciHolder.h"

#include <QJsonDocument>
#include <QtTest>

using namespace vcdesk;
using test::TestHttpServer;
using Response = TestHttpServer::Response;

namespace {

/// The payload of a compact JWS, or of the DPoP / proof JWT in a request.
QJsonObject payloadOf(const QByteArray &jwt)
{
    auto jws = CompactJws::parse(jwt);
    return jws ? QJsonDocument::fromJson(jws->payload()).object() : QJsonObject();
}

QJsonObject headerOf(const QByteArray &jwt)
{
    auto jws = CompactJws::parse(jwt);
    return jws ? jws->header() : QJsonObject();
}

/// A request header's value ("DPoP", "Authorization"), from the raw head.
QByteArray headerValue(const TestHttpServer::Request &request, const QByteArray &name)
{
    for (const QByteArray &line : request.head.split('\n'))
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    return {};
}

const IssuanceSession::Report kQuiet = [](const QString &) {};

} // namespace

class VciFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void receivesACredentialBoundToTheHoldersDid()
    {
        test::LocalVciIssuer issuer;
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(issuer.credentialFor(holder.did)));
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.offer(6)));
        QVERIFY(session.needsTransactionCode());
        QCOMPARE(session.offer().issuer.display().pick({"en"}).name,
                 QStringLiteral("Local issuer"));
        QCOMPARE(issuer.server.hits("/token"), 0); // nothing spent before the person says yes

        auto received = session.receive("123456", holder, test::vciInspectOptions(), kQuiet);
        VCDESK_VERIFY_OK(received);
        QCOMPARE(received->size(), 1);
        QVERIFY2(received->first().problem.code.isEmpty(),
                 qPrintable(received->first().problem.message));
        QCOMPARE(received->first().record.subject, holder.did);
        QCOMPARE(received->first().record.sourceKind, QStringLiteral("openid4vci"));
        QVERIFY(received->first().record.sourceRef.endsWith(" Membership"));

        // The token request: a form with the grant, the code and the transaction code.
        auto form = FormUrlEncoding::decode(issuer.server.lastRequest("/token").body);
        VCDESK_VERIFY_OK(form);
        QCOMPARE(form->value(0).second,
                 QStringLiteral("urn:ietf:params:oauth:grant-type:pre-authorized_code"));
        QVERIFY(form->contains({"pre-authorized_code", "code-1"}));
        QVERIFY(form->contains({"tx_code", "123456"}));
        // The credential request: by configuration id, one proof naming the holder's DID URL,
        // for this issuer, with the nonce endpoint's nonce, and the Bearer token.
        const TestHttpServer::Request request = issuer.server.lastRequest("/credential");
        QCOMPARE(headerValue(request, "Authorization"), QByteArray("Bearer token-1"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("credential_configuration_id").toString(),
                 QStringLiteral("Membership"));
        const QByteArray proof =
            body.value("proofs").toObject().value("jwt").toArray().first().toString().toLatin1();
        QCOMPARE(headerOf(proof).value("typ").toString(), QStringLiteral("openid4vci-proof+jwt"));
        QCOMPARE(headerOf(proof).value("kid").toString(), holder.kid);
        QCOMPARE(payloadOf(proof).value("aud").toString(), issuer.identifier());
        QCOMPARE(payloadOf(proof).value("nonce").toString(), QStringLiteral("nonce-1"));

        VCDESK_VERIFY_OK(session.notify("credential_accepted"));
        const QJsonObject note =
            QJsonDocument::fromJson(issuer.server.lastRequest("/notification").body).object();
        QCOMPARE(note.value("notification_id").toString(), QStringLiteral("note-1"));
        QCOMPARE(note.value("event").toString(), QStringLiteral("credential_accepted"));
    }

    void dpopNonceChallengesAreAnsweredOnce()
    {
        test::LocalVciIssuer issuer;
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        issuer.serverMetadata.insert("dpop_signing_alg_values_supported", QJsonArray{"ES256"});
        issuer.publish();
        Response challenge{400, test::compactJson({{"error", "use_dpop_nonce"}})};
        challenge.headers.append(QPair<QByteArray, QByteArray>{"DPoP-Nonce", "server-nonce-1"});
        issuer.server.routeSequence(
            "/token", {challenge, Response{200, test::compactJson({{"access_token", "bound-token"},
                                                                   {"token_type", "DPoP"}})}});
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(issuer.credentialFor(holder.did)));
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        auto received = session.receive({}, holder, test::vciInspectOptions(), kQuiet);
        VCDESK_VERIFY_OK(received);
        QCOMPARE(issuer.server.hits("/token"), 2);
        const QByteArray tokenProof = headerValue(issuer.server.lastRequest("/token"), "DPoP");
        QCOMPARE(headerOf(tokenProof).value("typ").toString(), QStringLiteral("dpop+jwt"));
        QCOMPARE(payloadOf(tokenProof).value("nonce").toString(), QStringLiteral("server-nonce-1"));
        QCOMPARE(payloadOf(tokenProof).value("htm").toString(), QStringLiteral("POST"));
        QCOMPARE(payloadOf(tokenProof).value("htu").toString(), issuer.identifier() + "/token");
        const TestHttpServer::Request request = issuer.server.lastRequest("/credential");
        QCOMPARE(headerValue(request, "Authorization"), QByteArray("DPoP bound-token"));
        const QJsonObject resourceProof = payloadOf(headerValue(request, "DPoP"));
        QCOMPARE(resourceProof.value("ath").toString(),
                 QString::fromLatin1(Base64Url::encode(Digest::sha256("bound-token"))));
        // The same key signs every proof of the issuance.
        QCOMPARE(headerOf(tokenProof).value("jwk"),
                 headerOf(headerValue(request, "DPoP")).value("jwk"));
    }

    void anInvalidNonceIsRetriedOnceWithAFreshOne()
    {
        test::LocalVciIssuer issuer;
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        issuer.server.routeSequence("/nonce",
                                    {Response{200, test::compactJson({{"c_nonce", "stale"}})},
                                     Response{200, test::compactJson({{"c_nonce", "fresh"}})}});
        issuer.server.routeSequence(
            "/credential", {Response{400, test::compactJson({{"error", "invalid_nonce"}})},
                            test::LocalVciIssuer::issued(issuer.credentialFor(holder.did))});
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        VCDESK_VERIFY_OK(session.receive({}, holder, test::vciInspectOptions(), kQuiet));
        QCOMPARE(issuer.server.hits("/credential"), 2);
        const QJsonObject body =
            QJsonDocument::fromJson(issuer.server.lastRequest("/credential").body).object();
        const QByteArray proof =
            body.value("proofs").toObject().value("jwt").toArray().first().toString().toLatin1();
        QCOMPARE(payloadOf(proof).value("nonce").toString(), QStringLiteral("fresh"));

        // Twice refused: said, not retried for ever.
        test::LocalVciIssuer stubborn;
        stubborn.server.route("/credential",
                              Response{400, test::compactJson({{"error", "invalid_nonce"}})});
        IssuanceSession again(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(again.open(stubborn.offer()));
        auto refused = again.receive({}, holder, test::vciInspectOptions(), kQuiet);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("vci.credential_invalid_nonce"));
        QCOMPARE(stubborn.server.hits("/credential"), 2);
    }

    void aWrongTransactionCodeIsTheIssuersWord()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route(
            "/token", Response{400, test::compactJson({{"error", "invalid_grant"},
                                                       {"error_description", "wrong code"}})});
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer(4)));
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        // Checked here before the code is spent: digits only, and not empty.
        QCOMPARE(session.receive("12a4", holder, test::vciInspectOptions(), kQuiet).error().code,
                 QStringLiteral("vci.tx_code_format"));
        QCOMPARE(session.receive({}, holder, test::vciInspectOptions(), kQuiet).error().code,
                 QStringLiteral("vci.tx_code_missing"));
        QCOMPARE(issuer.server.hits("/token"), 0);
        auto refused = session.receive("9999", holder, test::vciInspectOptions(), kQuiet);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("vci.token_invalid_grant"));
        QVERIFY(refused.error().message.contains("wrong code"));
        QVERIFY(!refused.error().message.contains("code-1")); // the pre-authorized code
        QCOMPARE(issuer.server.hits("/credential"), 0);
    }

    void whatMustNotBeKeptIsSaidPerCredential()
    {
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        {
            test::LocalVciIssuer issuer; // bound to someone else
            issuer.server.route("/credential", test::LocalVciIssuer::issued(issuer.credentialFor(
                                                   "did:example:someone-else")));
            IssuanceSession session(test::vciLoopbackPolicy(), {});
            VCDESK_VERIFY_OK(session.open(issuer.offer()));
            auto received = session.receive({}, holder, test::vciInspectOptions(), kQuiet);
            VCDESK_VERIFY_OK(received);
            QCOMPARE(received->first().problem.code, QStringLiteral("vci.wrong_key"));
        }
        {
            test::LocalVciIssuer issuer; // a signature that does not hold
            QByteArray credential = issuer.credentialFor(holder.did);
            const qsizetype at = credential.lastIndexOf('.') + 5;
            credential[at] = credential[at] == 'A' ? 'B' : 'A';
            issuer.server.route("/credential", test::LocalVciIssuer::issued(credential));
            IssuanceSession session(test::vciLoopbackPolicy(), {});
            VCDESK_VERIFY_OK(session.open(issuer.offer()));
            auto received = session.receive({}, holder, test::vciInspectOptions(), kQuiet);
            VCDESK_VERIFY_OK(received);
            QCOMPARE(received->first().problem.code, QStringLiteral("vci.credential_not_valid"));
        }
    }

    void aCredentialOtherThanTheOneAgreedToIsNotKept()
    {
        test::LocalVciIssuer issuer;
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{
            {"iss", issuer.signingKey.did},
            {"sub", holder.did},
            {"nbf", now - 60},
            {"exp", now + 3600},
            {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                               {"type", QJsonArray{"VerifiableCredential", "DebtCredential"}},
                               {"credentialSubject", QJsonObject{{"id", holder.did}}}}}};
        issuer.server.route("/credential", test::LocalVciIssuer::issued(test::sign(
                                               issuer.signingKey.key, claims,
                                               QJsonObject{{"kid", issuer.signingKey.kid}})));
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        auto received = session.receive({}, holder, test::vciInspectOptions(), kQuiet);
        VCDESK_VERIFY_OK(received);
        QCOMPARE(received->first().problem.code, QStringLiteral("vci.credential_mismatch"));
    }

    void anOfferIsUsedOnce()
    {
        test::LocalVciIssuer issuer;
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(issuer.credentialFor(holder.did)));
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        VCDESK_VERIFY_OK(session.receive({}, holder, test::vciInspectOptions(), kQuiet));
        auto again = session.receive({}, holder, test::vciInspectOptions(), kQuiet);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("vci.already_used"));
        QCOMPARE(issuer.server.hits("/token"), 1);
        // A failed open() leaves nothing of the earlier offer to receive.
        QVERIFY(!session.open("openid-credential-offer://?credential_offer=%7B%7D"));
        QCOMPARE(session.receive({}, holder, test::vciInspectOptions(), kQuiet).error().code,
                 QStringLiteral("vci.not_open"));
    }

    void secretsTheIssuerEchoesAreTakenOut()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route(
            "/token",
            Response{400, test::compactJson(
                              {{"error", "invalid_grant"},
                               {"error_description", "code code-1 with tx 4321 is not valid"}})});
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer(4)));
        QCOMPARE(session.receive("123", test::vciHolderSigner(), test::vciInspectOptions(), kQuiet)
                     .error()
                     .code,
                 QStringLiteral("vci.tx_code_format")); // 4 digits were announced
        auto refused =
            session.receive("4321", test::vciHolderSigner(), test::vciInspectOptions(), kQuiet);
        QVERIFY(!refused);
        QVERIFY2(!refused.error().message.contains("code-1") &&
                     !refused.error().message.contains("4321") &&
                     !refused.error().serverMessage.contains("4321"),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains("[redacted]"));
    }

    void endpointsThePolicyForbidsEndTheOfferAtOnce()
    {
        test::LocalVciIssuer issuer;
        issuer.metadata.insert("credential_endpoint", "https://169.254.169.254/credential");
        issuer.publish();
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        const Status opened = session.open(issuer.offer());
        QVERIFY(!opened);
        QVERIFY2(opened.error().code.startsWith("net."), qPrintable(opened.error().toString()));
        QCOMPARE(issuer.server.hits("/token"), 0);
    }

    void aDeferredCredentialIsAskedForAgain()
    {
        test::LocalVciIssuer issuer;
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        issuer.server.route(
            "/credential",
            Response{202, test::compactJson({{"transaction_id", "tx-7"}, {"interval", 1}})});
        issuer.server.route("/deferred",
                            test::LocalVciIssuer::issued(issuer.credentialFor(holder.did)));
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        QStringList steps;
        auto received = session.receive({}, holder, test::vciInspectOptions(),
                                        [&](const QString &step) { steps << step; });
        VCDESK_VERIFY_OK(received);
        QCOMPARE(received->size(), 1);
        QCOMPARE(issuer.server.hits("/deferred"), 1);
        QCOMPARE(QJsonDocument::fromJson(issuer.server.lastRequest("/deferred").body)
                     .object()
                     .value("transaction_id")
                     .toString(),
                 QStringLiteral("tx-7"));
        QVERIFY(steps.join('\n').contains("later"));
    }

    void offersThatEndBeforeAnythingIsSpent()
    {
        struct Case
        {
            const char *name;
            std::function<void(test::LocalVciIssuer &)> change;
            std::function<QString(const test::LocalVciIssuer &)> link;
            QString code;
        };
        const auto defaultLink = [](const test::LocalVciIssuer &issuer) { return issuer.offer(); };
        const QList<Case> cases{
            {"another issuer's metadata",
             [](test::LocalVciIssuer &i) {
                 i.metadata.insert("credential_issuer", "https://issuer.example");
                 i.publish();
             },
             defaultLink, "vci.metadata_issuer_mismatch"},
            {"signed metadata nobody asked for",
             [](test::LocalVciIssuer &i) {
                 Response signedMetadata{200, "eyJhbGciOiJFUzI1NiJ9.e30.c2ln"};
                 signedMetadata.contentType = "application/jwt";
                 i.server.route("/.well-known/openid-credential-issuer", signedMetadata);
             },
             defaultLink, "vci.metadata_signed"},
            {"an unknown configuration", [](test::LocalVciIssuer &) {},
             [](const test::LocalVciIssuer &i) {
                 return i.offer(0, {"Membership", "Passport"});
             },
             "vci.unknown_configuration"},
            {"encryption required",
             [](test::LocalVciIssuer &i) {
                 i.metadata.insert("credential_response_encryption",
                                   QJsonObject{{"alg_values_supported", QJsonArray{"ECDH-ES"}},
                                               {"enc_values_supported", QJsonArray{"A128GCM"}},
                                               {"encryption_required", true}});
                 i.publish();
             },
             defaultLink, "vci.encryption_required"},
            {"authorization code only", [](test::LocalVciIssuer &) {},
             [](const test::LocalVciIssuer &i) {
                 const QJsonObject offer{
                     {"credential_issuer", i.identifier()},
                     {"credential_configuration_ids", QJsonArray{"Membership"}},
                     {"grants",
                      QJsonObject{{"authorization_code", QJsonObject{{"issuer_state", "s"}}}}}};
                 return "openid-credential-offer://?credential_offer=" +
                        QString::fromLatin1(
                            QUrl::toPercentEncoding(QString::fromUtf8(test::compactJson(offer))));
             },
             "vci.grant_unsupported"},
            {"an offer that is gone", [](test::LocalVciIssuer &) {},
             [](const test::LocalVciIssuer &i) {
                 return "openid-credential-offer://?credential_offer_uri=" +
                        QString::fromLatin1(
                            QUrl::toPercentEncoding(i.server.url("/offers/used").toString()));
             },
             "vci.offer_gone"},
            {"metadata redirected to another host",
             [](test::LocalVciIssuer &i) {
                 Response away{302, {}};
                 away.location = "http://localhost:1/.well-known/openid-credential-issuer";
                 i.server.route("/.well-known/openid-credential-issuer", away);
             },
             defaultLink, "net.redirect"},
            {"DPoP in an algorithm vcdesk does not sign",
             [](test::LocalVciIssuer &i) {
                 i.serverMetadata.insert("dpop_signing_alg_values_supported", QJsonArray{"PS256"});
                 i.publish();
             },
             defaultLink, "vci.dpop_alg_unsupported"},
        };
        for (const Case &c : cases) {
            test::LocalVciIssuer issuer;
            c.change(issuer);
            IssuanceSession session(test::vciLoopbackPolicy(), {});
            const Status opened = session.open(c.link(issuer));
            QVERIFY2(!opened, c.name);
            QVERIFY2(opened.error().code == c.code,
                     qPrintable(QString("%1: %2").arg(c.name, opened.error().toString())));
            QVERIFY2(issuer.server.hits("/token") == 0, c.name);
        }
    }

    void aKeyTheIssuerCannotBindIsRefusedBeforeTheCodeIsSpent()
    {
        test::LocalVciIssuer issuer;
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        HolderKeyring::Signer ed25519 = test::vciHolderSigner();
        ed25519.key = PrivateKey::generate(KeyType::Ed25519);
        auto refused = session.receive({}, ed25519, test::vciInspectOptions(), kQuiet);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("vci.proof_alg_unsupported"));
        QCOMPARE(issuer.server.hits("/token"), 0);
    }

    void aBatchBindsOneCredentialToEachKey()
    {
        test::LocalVciIssuer issuer;
        issuer.issueBatches(3);
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        const IssuanceSession::Signers keys{test::vciHolderSigner(), test::vciHolderSigner(),
                                            test::vciHolderSigner()};
        auto received = session.receive({}, keys, test::vciInspectOptions(), kQuiet);
        VCDESK_VERIFY_OK(received);
        QCOMPARE(received->size(), 3);
        QSet<QString> subjects;
        for (const ReceivedCredential &credential : received.value()) {
            QCOMPARE(credential.problem.code, QString());
            subjects.insert(credential.record.subject);
        }
        QCOMPARE(subjects, (QSet<QString>{keys[0].did, keys[1].did, keys[2].did}));
        QCOMPARE(issuer.server.hits("/credential"), 1); // one request, three proofs
    }

    void aBatchTheIssuerCannotTakeIsRefusedBeforeTheCodeIsSpent()
    {
        const HolderKeyring::Signer one = test::vciHolderSigner();
        const HolderKeyring::Signer two = test::vciHolderSigner();
        struct Case
        {
            const char *name;
            int batchSize; // 0: the issuer does not issue batches
            IssuanceSession::Signers keys;
            QString code;
        };
        const QList<Case> cases{
            {"no batches", 0, {one, two}, "vci.batch_unsupported"},
            {"batch too small", 2, {one, two, test::vciHolderSigner()}, "vci.batch_too_large"},
            {"a key twice", 3, {one, one}, "vci.duplicate_key"},
            {"no key", 3, {}, "vci.no_key"},
        };
        for (const Case &c : cases) {
            test::LocalVciIssuer issuer;
            if (c.batchSize > 0)
                issuer.issueBatches(c.batchSize);
            IssuanceSession session(test::vciLoopbackPolicy(), {});
            VCDESK_VERIFY_OK(session.open(issuer.offer()));
            auto refused = session.receive({}, c.keys, test::vciInspectOptions(), kQuiet);
            QVERIFY2(!refused, c.name);
            QVERIFY2(refused.error().code == c.code,
                     qPrintable(QString("%1: %2").arg(c.name, refused.error().toString())));
            QVERIFY2(issuer.server.hits("/token") == 0, c.name);
        }
    }

    void aBatchCredentialBoundToAnotherKeyIsNotKept()
    {
        test::LocalVciIssuer issuer;
        issuer.issueBatches(2);
        const HolderKeyring::Signer stranger = test::vciHolderSigner();
        issuer.server.handle("/credential", [&](const TestHttpServer::Request &) {
            QJsonArray credentials{
                QJsonObject{
                    {"credential", QString::fromLatin1(issuer.credentialFor(stranger.did))}},
                QJsonObject{
                    {"credential", QString::fromLatin1(issuer.credentialFor(stranger.did))}}};
            return TestHttpServer::Response{200, test::compactJson({{"credentials", credentials}})};
        });
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        auto received = session.receive(
            {}, IssuanceSession::Signers{test::vciHolderSigner(), test::vciHolderSigner()},
            test::vciInspectOptions(), kQuiet);
        VCDESK_VERIFY_OK(received);
        QCOMPARE(received->size(), 2);
        for (const ReceivedCredential &credential : received.value())
            QCOMPARE(credential.problem.code, QStringLiteral("vci.wrong_key"));
    }

    void aBatchBoundTwiceToOneKeyIsNotKept()
    {
        // Two copies bound to the same key could be linked when shown: not what a batch is for.
        test::LocalVciIssuer issuer;
        issuer.issueBatches(2);
        const IssuanceSession::Signers keys{test::vciHolderSigner(), test::vciHolderSigner()};
        issuer.server.handle("/credential", [&](const TestHttpServer::Request &) {
            const QString same = QString::fromLatin1(issuer.credentialFor(keys[0].did));
            return TestHttpServer::Response{
                200, test::compactJson(
                         {{"credentials", QJsonArray{QJsonObject{{"credential", same}},
                                                     QJsonObject{{"credential", same}}}}})};
        });
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        auto received = session.receive({}, keys, test::vciInspectOptions(), kQuiet);
        VCDESK_VERIFY_OK(received);
        QCOMPARE(received->size(), 2);
        QCOMPARE(received->at(0).problem.code, QString());
        QCOMPARE(received->at(1).problem.code, QStringLiteral("vci.batch_mismatch"));
    }

    void anOversizedAnswerIsRefused()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(QByteArray(2 * 1024 * 1024, 'a')));
        IssuanceSession session(test::vciLoopbackPolicy(), {});
        VCDESK_VERIFY_OK(session.open(issuer.offer()));
        auto refused =
            session.receive({}, test::vciHolderSigner(), test::vciInspectOptions(), kQuiet);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("net.too_large"));
    }
};

QTEST_GUILESS_MAIN(VciFlowTest)
#include "tst_vci_flow.moc"
