// Request objects and verifier authentication (OpenID4VP 1.0 section 5, drafts 18-21 where
// they differ): every client identifier prefix, fetched over real loopback HTTP, and each way
// a request can be wrong refused with its own code before anything is sent.

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/oid4vp/RequestResolver.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"
#include "support/TestHttpServer.h"
#include "support/TokenFactory.h"

#include <QSslCertificate>
#include <QtTest>

using namespace vcdesk;

namespace {

const QJsonObject kDcql{
    {"credentials", QJsonArray{QJsonObject{
                        {"id", "pid"},
                        {"format", "dc+sd-jwt"},
                        {"meta", QJsonObject{{"vct_values", QJsonArray{"urn:pid"}}}},
                        {"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"given_name"}}}}}}}}};

QByteArray unsignedJwt(const QJsonObject &claims)
{
    return Base64Url::encode(R"({"alg":"none"})") + '.' +
           Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
}

QString der64(const QByteArray &pem)
{
    return QString::fromLatin1(QSslCertificate(pem).toDer().toBase64());
}

} // namespace

class Oid4vpRequestTest : public QObject
{
    Q_OBJECT

    test::Issuer m_verifier = test::Issuer::make(KeyType::P256);
    test::TestHttpServer m_server;

    QString didClientId() const { return "decentralized_identifier:" + m_verifier.did; }

    /// An openid4vp:// link to a request object, `extra` parameters before request_uri.
    static QString link(const QString &clientId, const QString &requestUri,
                        const QString &extra = {})
    {
        return "openid4vp://?client_id=" + QUrl::toPercentEncoding(clientId) + '&' + extra +
               "request_uri=" + QUrl::toPercentEncoding(requestUri);
    }

    QJsonObject claims(const QString &clientId) const
    {
        return QJsonObject{{"client_id", clientId},
                           {"response_type", "vp_token"},
                           {"response_mode", "direct_post"},
                           {"response_uri", m_server.url("/response").toString()},
                           {"nonce", "n-0S6_WzA2Mj"},
                           {"state", "s1"},
                           {"dcql_query", kDcql}};
    }

    QByteArray signByDid(const QJsonObject &payload,
                         const QString &typ = "oauth-authz-req+jwt") const
    {
        return test::sign(m_verifier.key, payload,
                          QJsonObject{{"typ", typ}, {"kid", m_verifier.kid}});
    }

    RequestResolver::Options options() const
    {
        RequestResolver::Options o;
        o.policy = test::loopbackPolicy();
        o.trust.didResolver = MultiMethodDidResolver::createDefault(o.policy);
        o.trust.x509Anchors.systemStore = false;
        o.trust.x509Anchors.pem = {test::readData("x509/ca.crt")};
        return o;
    }

    Result<AuthorizationRequest> fromObject(const QByteArray &jwt, const QString &uriClientId,
                                            const RequestResolver::Options &o)
    {
        const QString uri = link(uriClientId, m_server.url("/req").toString());
        auto parsed = AuthorizationRequestUri::parse(uri);
        if (!parsed)
            return parsed.error();
        return RequestResolver::fromRequestObject(parsed.value(), jwt, {}, o);
    }
    Result<AuthorizationRequest> fromObject(const QByteArray &jwt, const QString &uriClientId)
    {
        return fromObject(jwt, uriClientId, options());
    }

    QByteArray signByCertificate(const QJsonObject &payload) const
    {
        const auto key = Jwk::toPrivateKey(test::readJson("x509/verifier.jwk")).value();
        return test::sign(key, payload,
                          QJsonObject{{"typ", "oauth-authz-req+jwt"},
                                      {"x5c", QJsonArray{der64(test::readData("x509/verifier.crt")),
                                                         der64(test::readData("x509/ca.crt"))}}});
    }

private slots:
    void signedByReferenceIsFetchedAndAuthenticated()
    {
        m_server.route("/req",
                       {200, signByDid(claims(didClientId())), "application/oauth-authz-req+jwt"});
        const QString uri = link(didClientId(), m_server.url("/req").toString());
        auto request =
            RequestResolver::resolve(AuthorizationRequestUri::parse(uri).value(), options());
        VCDESK_VERIFY_OK(request);
        QCOMPARE(request->client.prefix(), ClientIdentifier::Prefix::DecentralizedIdentifier);
        QVERIFY(!request->client.isLegacy());
        QVERIFY(request->identity.signedRequest);
        QVERIFY(request->identity.authenticatedBy.contains(m_verifier.kid));
        QCOMPARE(request->queryLanguage, AuthorizationRequest::QueryLanguage::Dcql);
        QCOMPARE(request->nonce, QStringLiteral("n-0S6_WzA2Mj"));
        QCOMPARE(request->responseUri, m_server.url("/response"));
        QVERIFY(m_server.lastRequest("/req").head.contains("application/oauth-authz-req+jwt"));
    }

    void nullExpiryReadsAsNone()
    {
        // What @openid4vc/oauth2 0.4 writes when a verifier sets no lifetime (NaN -> null).
        QJsonObject payload = claims(didClientId());
        payload.insert("exp", QJsonValue(QJsonValue::Null));
        m_server.route("/req-null-exp",
                       {200, signByDid(payload), "application/oauth-authz-req+jwt"});
        const QString uri = link(didClientId(), m_server.url("/req-null-exp").toString());
        VCDESK_VERIFY_OK(
            RequestResolver::resolve(AuthorizationRequestUri::parse(uri).value(), options()));
    }

    void postSendsAWalletNonceThatMustComeBack()
    {
        // The server answers a stale object (no wallet_nonce): a replay, refused.
        m_server.route("/post-req", {200, signByDid(claims(didClientId()))});
        const QString uri =
            link(didClientId(), m_server.url("/post-req").toString(), "request_uri_method=post&");
        auto request =
            RequestResolver::resolve(AuthorizationRequestUri::parse(uri).value(), options());
        QCOMPARE(request.error().code, QStringLiteral("oid4vp.invalid_request_object"));
        const auto sent = m_server.lastRequest("/post-req");
        QCOMPARE(sent.method, QByteArray("POST"));
        QVERIFY(sent.body.contains("wallet_nonce="));
        QVERIFY(sent.body.contains("wallet_metadata="));
        // An object that echoes the nonce is accepted.
        QJsonObject echoed = claims(didClientId());
        echoed.insert("wallet_nonce", "abc");
        auto parsed = AuthorizationRequestUri::parse(uri).value();
        VCDESK_VERIFY_OK(
            RequestResolver::fromRequestObject(parsed, signByDid(echoed), "abc", options()));
    }

    void redirectsAreNotFollowed()
    {
        m_server.route("/moved",
                       {302, {}, "text/plain", 0, m_server.url("/req").toString().toLatin1()});
        const QString uri = link(didClientId(), m_server.url("/moved").toString());
        auto request =
            RequestResolver::resolve(AuthorizationRequestUri::parse(uri).value(), options());
        QCOMPARE(request.error().code, QStringLiteral("oid4vp.request_uri_unreachable"));
    }

    void hostileRequestUris()
    {
        const auto resolveFrom = [&](const QByteArray &path) {
            const QString uri =
                link(didClientId(), m_server.url(QString::fromLatin1(path)).toString());
            return RequestResolver::resolve(AuthorizationRequestUri::parse(uri).value(), options());
        };
        m_server.route("/huge", {200, QByteArray(300 * 1024, 'a'), "application/jwt"});
        auto huge = resolveFrom("/huge");
        QCOMPARE(huge.error().code, QStringLiteral("oid4vp.request_uri_unreachable"));
        m_server.route("/gone", {404, R"({"error":"not_found"})"});
        QCOMPARE(resolveFrom("/gone").error().httpStatus, 404);
        m_server.route("/html", {200, "<html><body>Sign in</body></html>", "text/html"});
        QCOMPARE(resolveFrom("/html").error().code,
                 QStringLiteral("oid4vp.invalid_request_object"));
        // A JWT whose claims are not strict JSON (a duplicate member could hide a second nonce).
        const QByteArray duplicate = Base64Url::encode(R"({"alg":"none"})") + '.' +
                                     Base64Url::encode(R"({"nonce":"a","nonce":"b"})") + '.';
        m_server.route("/duplicate", {200, duplicate, "application/jwt"});
        QCOMPARE(resolveFrom("/duplicate").error().code,
                 QStringLiteral("oid4vp.invalid_request_object"));
        // The policy refuses plain http to a host that is not this computer before connecting.
        const QString remote = link(didClientId(), "http://verifier.example/req");
        QCOMPARE(RequestResolver::resolve(AuthorizationRequestUri::parse(remote).value(), options())
                     .error()
                     .code,
                 QStringLiteral("oid4vp.request_uri_unreachable"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<QString>("uriClientId");
        QTest::addColumn<QString>("code");
        const QString id = didClientId();
        const auto with = [&](const char *name, const QJsonValue &value) {
            QJsonObject c = claims(id);
            c.insert(name, value);
            return c;
        };
        const auto without = [&](const char *name) {
            QJsonObject c = claims(id);
            c.remove(name);
            return c;
        };
        const test::Issuer stranger = test::Issuer::make(KeyType::P256);
        QTest::newRow("client_id differs from the link")
            << signByDid(claims(id)) << "decentralized_identifier:did:key:zOther"
            << "oid4vp.client_id_mismatch";
        QTest::newRow("signed by another key")
            << test::sign(stranger.key, claims(id),
                          {{"typ", "oauth-authz-req+jwt"}, {"kid", m_verifier.kid}})
            << id << "oid4vp.invalid_request_signature";
        QTest::newRow("kid of another DID")
            << test::sign(stranger.key, claims(id),
                          {{"typ", "oauth-authz-req+jwt"}, {"kid", stranger.kid}})
            << id << "oid4vp.invalid_request_object";
        QTest::newRow("no nonce") << signByDid(without("nonce")) << id << "oid4vp.invalid_request";
        QTest::newRow("redirect_uri with direct_post")
            << signByDid(with("redirect_uri", m_server.url("/cb").toString())) << id
            << "oid4vp.invalid_request";
        QTest::newRow("transaction_data")
            << signByDid(with("transaction_data", QJsonArray{"eyJ0eXBlIjoicGF5bWVudCJ9"})) << id
            << "oid4vp.invalid_transaction_data";
        QTest::newRow("both query languages")
            << signByDid(with("presentation_definition", QJsonObject{{"id", "x"}})) << id
            << "oid4vp.invalid_request";
        QTest::newRow("no query") << signByDid(without("dcql_query")) << id
                                  << "oid4vp.invalid_request";
        QTest::newRow("fragment response mode") << signByDid(with("response_mode", "fragment"))
                                                << id << "oid4vp.unsupported_response_mode";
        QTest::newRow("encrypted response mode without a key")
            << signByDid(with("response_mode", "direct_post.jwt")) << id
            << "oid4vp.unsupported_response_encryption";
        QTest::newRow("code flow")
            << signByDid(with("response_type", "code")) << id << "oid4vp.unsupported_response_type";
        QTest::newRow("plain http answer address")
            << signByDid(with("response_uri", "http://verifier.example/response")) << id
            << "oid4vp.insecure_response_uri";
        QTest::newRow("typ JWT under a 1.0 prefix")
            << signByDid(claims(id), "JWT") << id << "oid4vp.invalid_request_object";
        QTest::newRow("expired") << signByDid(with("exp", 1000)) << id << "oid4vp.expired_request";
        // A time that is not a usable NumericDate is an invalid time, never "expired" and never
        // "no expiry" (issue 11, items 3 and 23).
        QTest::newRow("exp 1e19") << signByDid(with("exp", 1e19)) << id
                                  << "oid4vp.invalid_request_object";
        QTest::newRow("exp as text")
            << signByDid(with("exp", "2099-01-01")) << id << "oid4vp.invalid_request_object";
        QTest::newRow("exp negative")
            << signByDid(with("exp", -5)) << id << "oid4vp.invalid_request_object";
        QTest::newRow("unsigned DID client")
            << unsignedJwt(claims(id)) << id << "oid4vp.unsigned_request";
        QTest::newRow("unknown prefix") << signByDid(claims("acme:verifier")) << "acme:verifier"
                                        << "oid4vp.unsupported_client_id_prefix";
        QTest::newRow("origin prefix")
            << unsignedJwt(claims("origin:https://rp.example")) << "origin:https://rp.example"
            << "oid4vp.unsupported_client_id_prefix";
        QTest::newRow("verifier attestation")
            << signByDid(claims("verifier_attestation:rp")) << "verifier_attestation:rp"
            << "oid4vp.unsupported_client_id_prefix";
        const QString redirectId = "redirect_uri:" + m_server.url("/response").toString();
        QTest::newRow("signed redirect_uri client")
            << signByDid(claims(redirectId)) << redirectId << "oid4vp.invalid_request";
        QJsonObject elsewhere = claims(redirectId);
        elsewhere.insert("response_uri", m_server.url("/elsewhere").toString());
        QTest::newRow("redirect_uri client answering elsewhere")
            << unsignedJwt(elsewhere) << redirectId << "oid4vp.invalid_client";
        QTest::newRow("not pre-registered") << signByDid(claims("kiosk-7")) << "kiosk-7"
                                            << "oid4vp.unknown_client";
        QTest::newRow("not a JWT") << QByteArray("<html>") << id << "oid4vp.invalid_request_object";
        QTest::newRow("legacy unknown scheme") << signByDid(with("client_id_scheme", "entity_id"))
                                               << id << "oid4vp.unsupported_client_id_prefix";
    }

    void refusals()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(QString, uriClientId);
        QFETCH(QString, code);
        auto request = fromObject(jwt, uriClientId);
        QVERIFY2(!request.ok(), "a bad request was accepted");
        QCOMPARE(request.error().code, code);
        QVERIFY(!request.error().message.isEmpty());
        QCOMPARE(m_server.hits("/response"), 0); // nothing is ever sent while reading a request
    }

    void redirectUriClientByValue()
    {
        const QString target = m_server.url("/response").toString();
        const QString uri =
            "openid4vp://?client_id=" + QUrl::toPercentEncoding("redirect_uri:" + target) +
            "&response_type=vp_token&response_mode=direct_post&response_uri=" +
            QUrl::toPercentEncoding(target) + "&nonce=abc&dcql_query=" +
            QUrl::toPercentEncoding(QJsonDocument(kDcql).toJson(QJsonDocument::Compact));
        auto request =
            RequestResolver::resolve(AuthorizationRequestUri::parse(uri).value(), options());
        VCDESK_VERIFY_OK(request);
        QCOMPARE(request->client.prefix(), ClientIdentifier::Prefix::RedirectUri);
        QVERIFY(!request->identity.signedRequest);
        QVERIFY(request->identity.authenticatedBy.contains("not authenticated"));
        // A query that is not JSON is refused.
        auto broken =
            RequestResolver::resolve(AuthorizationRequestUri::parse(
                                         uri.left(uri.indexOf("&dcql_query=")) + "&dcql_query=%7B")
                                         .value(),
                                     options());
        QCOMPARE(broken.error().code, QStringLiteral("oid4vp.invalid_request"));
    }

    void legacySiopPostToRedirectUri()
    {
        // SIOPv2 before OpenID4VP 1.0: an id_token only, response_mode post to the redirect_uri,
        // the client_id being that URL; haip-vp:// carries it the same way.
        const QString target = m_server.url("/cb").toString();
        for (const QString scheme : {"openid:", "haip-vp://"}) {
            const QString uri = scheme + "?client_id=" + QUrl::toPercentEncoding(target) +
                                "&response_type=id_token&response_mode=post&redirect_uri=" +
                                QUrl::toPercentEncoding(target) + "&nonce=n1&state=s1";
            auto request =
                RequestResolver::resolve(AuthorizationRequestUri::parse(uri).value(), options());
            VCDESK_VERIFY_OK(request);
            QVERIFY(request->wantsIdToken());
            QVERIFY(!request->wantsVpToken());
            QCOMPARE(request->responseUri, QUrl(target));
            QVERIFY(request->client.isLegacy());
        }
        // post needs a redirect_uri, and not a response_uri besides.
        const QString both = "openid:?client_id=" + QUrl::toPercentEncoding(target) +
                             "&response_type=id_token&response_mode=post&response_uri=" +
                             QUrl::toPercentEncoding(target) + "&nonce=n1";
        QCOMPARE(RequestResolver::resolve(AuthorizationRequestUri::parse(both).value(), options())
                     .error()
                     .code,
                 QStringLiteral("oid4vp.invalid_request"));
    }

    void encryptedResponsesNeedAUsableKey()
    {
        const QJsonObject encKey =
            Jwk::fromPublicKey(PrivateKey::generate(KeyType::P256).publicKey());
        const auto withMetadata = [&](const QJsonObject &metadata) {
            QJsonObject c = claims(didClientId());
            c.insert("response_mode", "direct_post.jwt");
            c.insert("client_metadata", metadata);
            return fromObject(signByDid(c), didClientId());
        };
        QJsonObject keyed = encKey;
        keyed.insert("kid", "e1");
        keyed.insert("use", "enc");
        auto ok = withMetadata({{"jwks", QJsonObject{{"keys", QJsonArray{keyed}}}}});
        VCDESK_VERIFY_OK(ok);
        QCOMPARE(ok->encryptionEnc, QStringLiteral("A128GCM")); // the 1.0 default
        QCOMPARE(ok->encryptionJwk.value("kid").toString(), QStringLiteral("e1"));
        QCOMPARE(withMetadata({{"jwks", QJsonObject{{"keys", QJsonArray{keyed}}}},
                               {"encrypted_response_enc_values_supported",
                                QJsonArray{"A192GCM", "A256GCM"}}})
                     ->encryptionEnc,
                 QStringLiteral("A256GCM"));
        QJsonObject signing = keyed;
        signing.insert("use", "sig");
        const QJsonObject ed =
            Jwk::fromPublicKey(PrivateKey::generate(KeyType::Ed25519).publicKey());
        for (const QJsonObject &metadata :
             {QJsonObject{}, QJsonObject{{"jwks", QJsonObject{{"keys", QJsonArray{signing}}}}},
              QJsonObject{{"jwks", QJsonObject{{"keys", QJsonArray{ed}}}}},
              QJsonObject{{"jwks", QJsonObject{{"keys", QJsonArray{keyed}}}},
                          {"authorization_encrypted_response_alg", "RSA-OAEP-256"}},
              QJsonObject{
                  {"jwks", QJsonObject{{"keys", QJsonArray{keyed}}}},
                  {"encrypted_response_enc_values_supported", QJsonArray{"A128CBC-HS256"}}}})
            QCOMPARE(withMetadata(metadata).error().code,
                     QStringLiteral("oid4vp.unsupported_response_encryption"));
    }

    void x509SanDnsAndHash()
    {
        QJsonObject c = claims("x509_san_dns:localhost");
        c.insert("response_uri",
                 "http://localhost:" + QString::number(m_server.port()) + "/response");
        auto dns = fromObject(signByCertificate(c), "x509_san_dns:localhost");
        VCDESK_VERIFY_OK(dns);
        QVERIFY(dns->identity.authenticatedBy.contains("localhost verifier"));

        // The same chain without its CA as an anchor: untrusted.
        auto noAnchor = options();
        noAnchor.trust.x509Anchors.pem.clear();
        QCOMPARE(fromObject(signByCertificate(c), "x509_san_dns:localhost", noAnchor).error().code,
                 QStringLiteral("oid4vp.invalid_client"));
        // A name the certificate does not carry.
        QJsonObject other = c;
        other.insert("client_id", "x509_san_dns:verifier.example");
        QCOMPARE(fromObject(signByCertificate(other), "x509_san_dns:verifier.example").error().code,
                 QStringLiteral("oid4vp.invalid_client"));
        // The right name but the answer goes to another host.
        QJsonObject away = claims("x509_san_dns:localhost");
        QCOMPARE(fromObject(signByCertificate(away), "x509_san_dns:localhost").error().code,
                 QStringLiteral("oid4vp.invalid_client")); // 127.0.0.1 is not "localhost"

        const QString hash = QString::fromLatin1(Base64Url::encode(
            Digest::sha256(QSslCertificate(test::readData("x509/verifier.crt")).toDer())));
        const QString hashId = "x509_hash:" + hash;
        VCDESK_VERIFY_OK(fromObject(signByCertificate(claims(hashId)), hashId));
        const QString wrong = "x509_hash:" + QString(hash).replace(0, 2, "AA");
        QCOMPARE(fromObject(signByCertificate(claims(wrong)), wrong).error().code,
                 QStringLiteral("oid4vp.invalid_client"));
    }

    void preRegisteredVerifierAccount()
    {
        auto o = options();
        Account kiosk;
        kiosk.name = "kiosk-7";
        kiosk.kind = "verifier";
        kiosk.baseUrl = m_server.url("/").toString();
        o.trust.verifierAccounts << kiosk;
        auto request = fromObject(unsignedJwt(claims("kiosk-7")), "kiosk-7", o);
        VCDESK_VERIFY_OK(request);
        QCOMPARE(request->identity.name, QStringLiteral("kiosk-7"));
        QJsonObject away = claims("kiosk-7");
        away.insert("response_uri", "http://127.0.0.2:9/response");
        QCOMPARE(fromObject(unsignedJwt(away), "kiosk-7", o).error().code,
                 QStringLiteral("oid4vp.invalid_client"));
    }

    void legacyDidSchemeAndTrustListName()
    {
        QJsonObject c = claims(m_verifier.did);
        c.insert("client_id_scheme", "did");
        c.remove("dcql_query");
        c.insert("presentation_definition",
                 QJsonObject{{"id", "d"}, {"input_descriptors", QJsonArray{}}});
        auto o = options();
        TrustList list;
        VCDESK_VERIFY_OK(list.add(m_verifier.did, "Test Kiosk"));
        o.trustList = list;
        const QString uri =
            "openid-vc://?request_uri=" + QUrl::toPercentEncoding(m_server.url("/req").toString());
        auto request = RequestResolver::fromRequestObject(
            AuthorizationRequestUri::parse(uri).value(), signByDid(c, "JWT"), {}, o);
        VCDESK_VERIFY_OK(request);
        QVERIFY(request->client.isLegacy());
        QCOMPARE(request->identity.trustName, QStringLiteral("Test Kiosk"));
        QCOMPARE(request->queryLanguage, AuthorizationRequest::QueryLanguage::PresentationExchange);
    }
};

QTEST_GUILESS_MAIN(Oid4vpRequestTest)
#include "tst_oid4vp_request.moc"
