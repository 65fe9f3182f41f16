// Presentation request URIs as holders meet them: every scheme, by reference, by value, signed
// by value, percent-encoding, and every malformed or ambiguous form refused with its code.

#include "core/oid4vp/AuthorizationRequestUri.h"

#include <QtTest>

using namespace vcdesk;
using Kind = AuthorizationRequestUri::Kind;

class Oid4vpUriTest : public QObject
{
    Q_OBJECT

private slots:
    void byReference_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("requestUri");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("clientId");
        // The seed 002 profile, as vcdesk-agent and the seed's example produce it.
        QTest::newRow("openid-vc")
            << "openid-vc://?request_uri=https%3A%2F%2Fverifier-api-url%2Fprivate%2Fsiop%2F"
               "definitions%2FcharacterCredential%2Fauth-requests%2Fc35f4780-8570-4346-9252-"
               "6941747107b5"
            << "openid-vc"
            << "https://verifier-api-url/private/siop/definitions/characterCredential/"
               "auth-requests/"
               "c35f4780-8570-4346-9252-6941747107b5"
            << "get"
            << "";
        QTest::newRow("openid4vp post")
            << "openid4vp://?client_id=decentralized_identifier%3Adid%3Aexample%3A123&request_uri="
               "https%3A%2F%2Fv.example%2Fr%2F1&request_uri_method=post"
            << "openid4vp"
            << "https://v.example/r/1"
            << "post"
            << "decentralized_identifier:did:example:123";
        QTest::newRow("haip")
            << "haip-vp://"
               "?client_id=x509_san_dns%3Av.example&request_uri=https%3A%2F%2Fv.example%2Fr"
            << "haip-vp"
            << "https://v.example/r"
            << "get"
            << "x509_san_dns:v.example";
        QTest::newRow("openid without slashes")
            << "openid:?request_uri=https%3A%2F%2Fv.example%2Fr%3Fid%3D7"
            << "openid"
            << "https://v.example/r?id=7"
            << "get"
            << "";
        QTest::newRow("https link")
            << "https://wallet.example/"
               "authorize?client_id=v&request_uri=https%3A%2F%2Fv.example%2Fr"
            << "https"
            << "https://v.example/r"
            << "get"
            << "v";
        QTest::newRow("loopback agent")
            << "openid-vc://?request_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fr"
            << "openid-vc"
            << "http://127.0.0.1:8080/r"
            << "get"
            << "";
        QTest::newRow("upper-case scheme, whitespace around")
            << "  OPENID4VP://?request_uri=https%3A%2F%2Fv.example%2Fr\n"
            << "openid4vp"
            << "https://v.example/r"
            << "get"
            << "";
    }
    void byReference()
    {
        QFETCH(QString, uri);
        QFETCH(QString, scheme);
        QFETCH(QString, requestUri);
        QFETCH(QString, method);
        QFETCH(QString, clientId);
        auto parsed = AuthorizationRequestUri::parse(uri);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->kind(), Kind::ByReference);
        QCOMPARE(parsed->scheme(), scheme);
        QCOMPARE(parsed->requestUri().toString(), requestUri);
        QCOMPARE(parsed->requestUriMethod(), method);
        QCOMPARE(parsed->clientId(), clientId);
    }

    void byValue()
    {
        auto plain = AuthorizationRequestUri::parse(
            "openid4vp://"
            "?client_id=redirect_uri%3Ahttps%3A%2F%2Fv.example%2Fcb&response_type=vp_token"
            "&nonce=n-0S6_WzA2Mj&response_mode=direct_post&response_uri=https%3A%2F%2Fv.example%"
            "2Fpost"
            "&dcql_query=%7B%22credentials%22%3A%5B%7B%22id%22%3A%22pid%22%7D%5D%7D");
        QVERIFY(plain.ok());
        QCOMPARE(plain->kind(), Kind::ParametersByValue);
        QCOMPARE(plain->clientId(), QStringLiteral("redirect_uri:https://v.example/cb"));
        QCOMPARE(plain->parameters().value("dcql_query"),
                 QStringLiteral(R"({"credentials":[{"id":"pid"}]})"));
        QCOMPARE(plain->parameters().value("nonce"), QStringLiteral("n-0S6_WzA2Mj"));

        // The query is a form: '+' is a space (a DCQL query or a name with spaces), "%2B" a '+'.
        auto spaced = AuthorizationRequestUri::parse(
            "openid4vp://?client_id=x509_san_dns%3Av.example&response_type=vp_token&nonce=a%2Bb"
            "&dcql_query=%7B%22credentials%22%3A+%5B%5D%7D");
        QVERIFY(spaced.ok());
        QCOMPARE(spaced->parameters().value("dcql_query"),
                 QStringLiteral(R"({"credentials": []})"));
        QCOMPARE(spaced->parameters().value("nonce"), QStringLiteral("a+b"));

        auto jwt = AuthorizationRequestUri::parse(
            "openid4vp://?client_id=v&request=eyJhbGciOiJFUzI1NiJ9.e30.c2ln");
        QVERIFY(jwt.ok());
        QCOMPARE(jwt->kind(), Kind::SignedByValue);
        QCOMPARE(jwt->requestJwt(), QStringLiteral("eyJhbGciOiJFUzI1NiJ9.e30.c2ln"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "   "
                               << "oid4vp.empty";
        QTest::newRow("other scheme") << "mailto:?request_uri=https%3A%2F%2Fv.example"
                                      << "oid4vp.scheme";
        QTest::newRow("plain http link") << "http://v.example/?request_uri=https%3A%2F%2Fv.example"
                                         << "oid4vp.scheme";
        QTest::newRow("not a uri") << "just some words"
                                   << "oid4vp.malformed";
        QTest::newRow("non-ascii") << "openid4vp://?request_uri=https://v.example/ä"
                                   << "oid4vp.malformed";
        QTest::newRow("fragment") << "openid4vp://?request_uri=https%3A%2F%2Fv.example%2Fr#x"
                                  << "oid4vp.malformed";
        QTest::newRow("duplicate request_uri")
            << "openid4vp://"
               "?request_uri=https%3A%2F%2Fa.example&request_uri=https%3A%2F%2Fb.example"
            << "oid4vp.duplicate_parameter";
        QTest::newRow("duplicate client_id")
            << "openid4vp://?client_id=a&client_id=b&request_uri=https%3A%2F%2Fv.example"
            << "oid4vp.duplicate_parameter";
        QTest::newRow("request and request_uri")
            << "openid4vp://?request=a.b.c&request_uri=https%3A%2F%2Fv.example"
            << "oid4vp.invalid_request";
        QTest::newRow("request_uri ftp") << "openid4vp://?request_uri=ftp%3A%2F%2Fv.example%2Fr"
                                         << "oid4vp.request_uri";
        QTest::newRow("request_uri relative") << "openid4vp://?request_uri=%2Fr%2F1"
                                              << "oid4vp.request_uri";
        QTest::newRow("request_uri with credentials")
            << "openid4vp://?request_uri=https%3A%2F%2Fu%3Ap%40v.example%2Fr"
            << "oid4vp.request_uri";
        QTest::newRow("request_uri_method put")
            << "openid4vp://?request_uri=https%3A%2F%2Fv.example&request_uri_method=put"
            << "oid4vp.invalid_request";
        QTest::newRow("method without request_uri")
            << "openid4vp://?client_id=a&response_type=vp_token&nonce=n&request_uri_method=post"
            << "oid4vp.invalid_request";
        QTest::newRow("by value without nonce") << "openid4vp://?client_id=a&response_type=vp_token"
                                                << "oid4vp.missing_parameter";
        QTest::newRow("no parameters") << "openid4vp://"
                                       << "oid4vp.missing_parameter";
        QTest::newRow("request not a jwt") << "openid4vp://?request=abc"
                                           << "oid4vp.invalid_request";
        QTest::newRow("nameless parameter") << "openid4vp://?=x&request_uri=https%3A%2F%2Fv.example"
                                            << "oid4vp.malformed";
        QTest::newRow("too long") << "openid4vp://?request_uri=https%3A%2F%2Fv.example&x=" +
                                         QString(70000, 'a')
                                  << "oid4vp.too_large";
    }
    void refused()
    {
        QFETCH(QString, uri);
        QFETCH(QString, code);
        auto parsed = AuthorizationRequestUri::parse(uri);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(Oid4vpUriTest)
#include "tst_oid4vp_uri.moc"
