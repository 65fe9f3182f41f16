// What an OpenID4VCI issuer and its authorization server say about themselves: the well-known
// URLs, the specification's own metadata examples, the display in the person's language, the
// claims a consent screen lists, and every malformed or contradictory document refused with
// its code.

#include "core/oid4vci/AuthorizationServerMetadata.h"
#include "core/oid4vci/IssuerMetadata.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"

#include <QJsonDocument>
#include <QtTest>

using namespace vcdesk;

namespace {

IssuerIdentifier identifier(const QString &text)
{
    auto parsed = IssuerIdentifier::parse(text, "test");
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return parsed.value();
}

const IssuerIdentifier kIssuer = identifier("https://issuer.example.com");

QJsonObject sdJwtConfiguration()
{
    return QJsonObject{
        {"format", "dc+sd-jwt"},
        {"vct", "urn:eudi:pid:1"},
        {"cryptographic_binding_methods_supported", QJsonArray{"jwk"}},
        {"proof_types_supported",
         QJsonObject{
             {"jwt", QJsonObject{{"proof_signing_alg_values_supported", QJsonArray{"ES256"}}}}}},
    };
}

QByteArray metadata(const QJsonObject &changes = {}, const QStringList &remove = {})
{
    QJsonObject json{
        {"credential_issuer", kIssuer.text()},
        {"credential_endpoint", "https://issuer.example.com/credential"},
        {"credential_configurations_supported", QJsonObject{{"Pid", sdJwtConfiguration()}}},
    };
    for (auto it = changes.begin(); it != changes.end(); ++it)
        json.insert(it.key(), it.value());
    for (const QString &name : remove)
        json.remove(name);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray withConfiguration(const QJsonObject &configuration)
{
    return metadata(
        QJsonObject{{"credential_configurations_supported", QJsonObject{{"Pid", configuration}}}});
}

QJsonObject withClaims(const QJsonArray &claims)
{
    QJsonObject configuration = sdJwtConfiguration();
    configuration.insert("credential_metadata", QJsonObject{{"claims", claims}});
    return configuration;
}

QJsonObject claim(const QJsonArray &path)
{
    return QJsonObject{{"path", path}};
}

QByteArray asMetadata(const QJsonObject &changes = {}, const QStringList &remove = {})
{
    QJsonObject json{{"issuer", kIssuer.text()},
                     {"token_endpoint", "https://issuer.example.com/token"}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        json.insert(it.key(), it.value());
    for (const QString &name : remove)
        json.remove(name);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class VciMetadataTest : public QObject
{
    Q_OBJECT

private slots:
    void wellKnownUrls_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("inserted");
        QTest::addColumn<QString>("appended");
        QTest::newRow("host only")
            << "https://issuer.example.com"
            << "https://issuer.example.com/.well-known/openid-credential-issuer"
            << "https://issuer.example.com/.well-known/openid-credential-issuer";
        QTest::newRow("trailing slash")
            << "https://issuer.example.com/"
            << "https://issuer.example.com/.well-known/openid-credential-issuer"
            << "https://issuer.example.com/.well-known/openid-credential-issuer";
        QTest::newRow("tenant")
            << "https://issuer.example.com/tenant"
            << "https://issuer.example.com/.well-known/openid-credential-issuer/tenant"
            << "https://issuer.example.com/tenant/.well-known/openid-credential-issuer";
        QTest::newRow("port and encoded path")
            << "https://issuer.example.com:8443/a%20b/c"
            << "https://issuer.example.com:8443/.well-known/openid-credential-issuer/a%20b/c"
            << "https://issuer.example.com:8443/a%20b/c/.well-known/openid-credential-issuer";
    }
    void wellKnownUrls()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, inserted);
        QFETCH(QString, appended);
        const IssuerIdentifier id = identifier(issuer);
        QCOMPARE(id.text(), issuer); // kept exactly: metadata must repeat it
        QCOMPARE(id.wellKnown("openid-credential-issuer").toString(QUrl::FullyEncoded), inserted);
        QCOMPARE(id.wellKnownAppended("openid-credential-issuer").toString(QUrl::FullyEncoded),
                 appended);
    }

    void theSpecificationsLongExample()
    {
        const IssuerIdentifier issuer = identifier("https://credential-issuer.example.com");
        auto read = IssuerMetadata::parse(
            test::readData("oid4vci/credential_issuer_metadata_sd_jwt_long.json"), issuer);
        VCDESK_VERIFY_OK(read);
        QCOMPARE(read->authorizationServers().size(), 1);
        QCOMPARE(read->authorizationServers().first().text(),
                 QStringLiteral("https://server.example.com"));
        QCOMPARE(read->credentialEndpoint().toString(),
                 QStringLiteral("https://credential-issuer.example.com/credential"));
        QCOMPARE(read->nonceEndpoint().path(), QStringLiteral("/nonce"));
        QCOMPARE(read->deferredCredentialEndpoint().path(), QStringLiteral("/deferred_credential"));
        QCOMPARE(read->notificationEndpoint().path(), QStringLiteral("/notification"));
        QCOMPARE(read->batchSize(), 10);
        QVERIFY(read->requiresRequestEncryption());
        QVERIFY(read->requiresResponseEncryption());
        // The person's language, then the same language elsewhere, then the first.
        QCOMPARE(read->display().pick({"fr-FR"}).name, QStringLiteral("Example Université"));
        QCOMPARE(read->display().pick({"fr-CH", "en"}).name, QStringLiteral("Example Université"));
        QCOMPARE(read->display().pick({"de-DE"}).name, QStringLiteral("Example University"));
        QCOMPARE(read->display().pick({"fr-FR"}).logoAltText,
                 QStringLiteral("Un logo universitaire carré"));

        QCOMPARE(read->configurations().size(), 1);
        const CredentialConfiguration &pid = read->configurations().first();
        QCOMPARE(pid.format(), QStringLiteral("dc+sd-jwt"));
        QVERIFY(pid.isSupportedFormat());
        QVERIFY(pid.isSdJwt());
        QCOMPARE(pid.vct(), QStringLiteral("SD_JWT_VC_example_in_OpenID4VCI"));
        QCOMPARE(pid.bindingMethods(), QStringList{"jwk"});
        QVERIFY(pid.requiresKeyBinding());
        QCOMPARE(pid.proofTypes().value("jwt").signingAlgorithms, QStringList{"ES256"});
        QVERIFY(pid.proofTypes().value("jwt").keyAttestationRequired);
        const auto shown = pid.display().pick({"en-US"});
        QCOMPARE(shown.name, QStringLiteral("IdentityCredential"));
        QCOMPARE(shown.backgroundColor, QStringLiteral("#12107c"));
        QCOMPARE(shown.textColor, QStringLiteral("#FFFFFF"));
        QCOMPARE(pid.claims().claims().size(), 13);
        QCOMPARE(pid.claims().claims().at(1).display.pick({"de-DE"}).name,
                 QStringLiteral("Nachname"));
        QCOMPARE(pid.claims().claims().at(5).path, (QJsonArray{"address", "street_address"}));
    }

    void theSpecificationsJwtVcConfiguration()
    {
        const QJsonObject fragment = test::readJson("oid4vci/credential_metadata_jwt_vc_json.json");
        auto read = IssuerMetadata::parse(
            metadata(QJsonObject{{"credential_configurations_supported",
                                  fragment.value("credential_configurations_supported")}}),
            kIssuer);
        VCDESK_VERIFY_OK(read);
        const CredentialConfiguration degree =
            read->configurations().value("UniversityDegreeCredential");
        QCOMPARE(degree.format(), QStringLiteral("jwt_vc_json"));
        QVERIFY(degree.isSupportedFormat());
        QVERIFY(!degree.isSdJwt());
        QCOMPARE(degree.types(),
                 (QStringList{"VerifiableCredential", "UniversityDegreeCredential"}));
        QCOMPARE(degree.scope(), QStringLiteral("UniversityDegree"));
        QCOMPARE(degree.claims().claims().size(), 4);
        QVERIFY(degree.claims().claims().at(3).mandatory);
        QVERIFY(!degree.claims().claims().at(0).mandatory);
        QCOMPARE(degree.display().pick({"de"}).name, QStringLiteral("University Credential"));
    }

    void whatMetadataMayLeaveOutOrAdd()
    {
        // A bearer credential (no key binding), an mdoc vcdesk does not keep, a draft's
        // display at the configuration's top level, a draft 13 claims map, colours that are
        // not plain hex (dropped, not refused), unknown members.
        QJsonObject bearer{
            {"format", "jwt_vc_json"},
            {"credential_definition", QJsonObject{{"type", QJsonArray{"VerifiableCredential"}}}},
            {"display",
             QJsonArray{QJsonObject{{"name", "Draft display"}, {"background_color", "red; x"}}}},
            {"claims", QJsonObject{{"given_name", QJsonObject{}}}},
            {"x-unknown", true}};
        QJsonObject mdoc{{"format", "mso_mdoc"},
                         {"doctype", "org.iso.18013.5.1.mDL"},
                         {"credential_signing_alg_values_supported", QJsonArray{-7}}};
        auto read = IssuerMetadata::parse(
            metadata(QJsonObject{{"credential_configurations_supported",
                                  QJsonObject{{"bearer", bearer}, {"mdl", mdoc}}},
                                 {"x-vendor", QJsonObject{}}}),
            kIssuer);
        VCDESK_VERIFY_OK(read);
        QVERIFY(!read->configurations().value("bearer").requiresKeyBinding());
        QCOMPARE(read->configurations().value("bearer").display().pick({}).name,
                 QStringLiteral("Draft display"));
        QVERIFY(
            read->configurations().value("bearer").display().pick({}).backgroundColor.isEmpty());
        QVERIFY(read->configurations().value("bearer").claims().isEmpty());
        QVERIFY(!read->configurations().value("mdl").isSupportedFormat());
        QVERIFY(read->authorizationServers().isEmpty());
        QCOMPARE(read->batchSize(), 0);
        QVERIFY(!read->requiresResponseEncryption());
    }

    void badMetadata_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("<html>") << "vci.metadata_json";
        QTest::newRow("duplicate member")
            << QByteArray("{\"credential_issuer\":\"https://issuer.example.com\","
                          "\"credential_issuer\":\"https://evil.example\"}")
            << "vci.metadata_json";
        QTest::newRow("another issuer")
            << metadata(QJsonObject{{"credential_issuer", "https://evil.example"}})
            << "vci.metadata_issuer_mismatch";
        QTest::newRow("a trailing slash is another issuer")
            << metadata(QJsonObject{{"credential_issuer", "https://issuer.example.com/"}})
            << "vci.metadata_issuer_mismatch";
        QTest::newRow("no issuer")
            << metadata({}, {"credential_issuer"}) << "vci.metadata_malformed";
        QTest::newRow("no credential endpoint")
            << metadata({}, {"credential_endpoint"}) << "vci.metadata_malformed";
        QTest::newRow("http credential endpoint")
            << metadata(QJsonObject{{"credential_endpoint", "http://issuer.example.com/c"}})
            << "vci.not_https";
        QTest::newRow("nonce endpoint not a URL")
            << metadata(QJsonObject{{"nonce_endpoint", "/nonce"}}) << "vci.url";
        QTest::newRow("authorization server http")
            << metadata(QJsonObject{{"authorization_servers", QJsonArray{"http://as.example"}}})
            << "vci.not_https";
        QTest::newRow("authorization servers empty")
            << metadata(QJsonObject{{"authorization_servers", QJsonArray{}}})
            << "vci.metadata_malformed";
        QTest::newRow("batch size 1")
            << metadata(QJsonObject{{"batch_credential_issuance", QJsonObject{{"batch_size", 1}}}})
            << "vci.metadata_malformed";
        QTest::newRow("batch size missing")
            << metadata(QJsonObject{{"batch_credential_issuance", QJsonObject{}}})
            << "vci.metadata_malformed";
        QTest::newRow("encryption_required a string")
            << metadata(QJsonObject{
                   {"credential_response_encryption", QJsonObject{{"encryption_required", "yes"}}}})
            << "vci.metadata_malformed";
        QTest::newRow("no configurations")
            << metadata({}, {"credential_configurations_supported"}) << "vci.metadata_malformed";
        QTest::newRow("empty configurations")
            << metadata(QJsonObject{{"credential_configurations_supported", QJsonObject{}}})
            << "vci.metadata_malformed";
        QTest::newRow("configuration not an object")
            << metadata(QJsonObject{
                   {"credential_configurations_supported", QJsonObject{{"Pid", "dc+sd-jwt"}}}})
            << "vci.metadata_malformed";
        QTest::newRow("two display entries for one language")
            << metadata(QJsonObject{{"display", QJsonArray{QJsonObject{{"locale", "en"}},
                                                           QJsonObject{{"locale", "EN"}}}}})
            << "vci.metadata_malformed";
        QTest::newRow("logo without uri")
            << metadata(QJsonObject{{"display", QJsonArray{QJsonObject{{"logo", QJsonObject{}}}}}})
            << "vci.metadata_malformed";

        QJsonObject configuration = sdJwtConfiguration();
        configuration.remove("format");
        QTest::newRow("no format")
            << withConfiguration(configuration) << "vci.metadata_configuration";
        configuration = sdJwtConfiguration();
        configuration.remove("vct");
        QTest::newRow("sd-jwt without vct")
            << withConfiguration(configuration) << "vci.metadata_configuration";
        configuration = sdJwtConfiguration();
        configuration.remove("proof_types_supported");
        QTest::newRow("bound but no proof type")
            << withConfiguration(configuration) << "vci.metadata_configuration";
        configuration = sdJwtConfiguration();
        configuration.insert("proof_types_supported",
                             QJsonObject{{"jwt", QJsonObject{{"proof_signing_alg_values_supported",
                                                              QJsonArray{}}}}});
        QTest::newRow("proof type without algorithms")
            << withConfiguration(configuration) << "vci.metadata_configuration";
        QTest::newRow("jwt_vc_json without type")
            << withConfiguration(QJsonObject{{"format", "jwt_vc_json"}})
            << "vci.metadata_configuration";
        configuration = sdJwtConfiguration();
        configuration.insert("credential_metadata",
                             QJsonObject{{"display", QJsonArray{QJsonObject{{"locale", "en"}}}}});
        QTest::newRow("credential display without a name")
            << withConfiguration(configuration) << "vci.metadata_configuration";
        QTest::newRow("claim path empty")
            << withConfiguration(withClaims({claim({})})) << "vci.metadata_configuration";
        QTest::newRow("claim path with a float")
            << withConfiguration(withClaims({claim({"a", 1.5})})) << "vci.metadata_configuration";
        QTest::newRow("claim described twice")
            << withConfiguration(withClaims({claim({"a", "b"}), claim({"a", "b"})}))
            << "vci.metadata_configuration";
        QTest::newRow("whole array beside one element")
            << withConfiguration(withClaims({claim({"n", QJsonValue::Null}), claim({"n", 0})}))
            << "vci.metadata_configuration";
        QTest::newRow("array and object")
            << withConfiguration(withClaims({claim({"a", 0}), claim({"a", "b"})}))
            << "vci.metadata_configuration";
        QTest::newRow("mandatory a string")
            << withConfiguration(
                   withClaims({QJsonObject{{"path", QJsonArray{"a"}}, {"mandatory", "true"}}}))
            << "vci.metadata_configuration";
    }
    void badMetadata()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto read = IssuerMetadata::parse(json, kIssuer);
        // A broken configuration leaves the rest of the metadata usable: it is set apart with
        // its reason (and refused when an offer names it), the others are read.
        if (code == QLatin1String("vci.metadata_configuration")) {
            VCDESK_VERIFY_OK(read);
            QVERIFY(!read->configurations().contains("Pid"));
            QCOMPARE(read->unreadableConfigurations().value("Pid").code, code);
            QVERIFY(!read->unreadableConfigurations().value("Pid").message.isEmpty());
            return;
        }
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
        QVERIFY(!read.error().message.isEmpty());
    }

    void oneBrokenConfigurationLeavesTheOthers()
    {
        QJsonObject broken = sdJwtConfiguration();
        broken.remove("vct");
        auto read = IssuerMetadata::parse(
            metadata(QJsonObject{{"credential_configurations_supported",
                                  QJsonObject{{"Pid", sdJwtConfiguration()}, {"Broken", broken}}}}),
            kIssuer);
        VCDESK_VERIFY_OK(read);
        QCOMPARE(read->configurations().keys(), QStringList{"Pid"});
        QCOMPARE(read->unreadableConfigurations().keys(), QStringList{"Broken"});
    }

    void claimsThatMayStandSideBySide()
    {
        // A claim and one inside it, two elements of one array, two members of one object.
        auto read = IssuerMetadata::parse(
            withConfiguration(withClaims(
                {claim({"address"}), claim({"address", "street"}), claim({"n", 0}), claim({"n", 1}),
                 claim({"m", QJsonValue::Null, "x"}), claim({"m", QJsonValue::Null, "y"})})),
            kIssuer);
        VCDESK_VERIFY_OK(read);
        QCOMPARE(read->configurations().value("Pid").claims().claims().size(), 6);
    }

    void authorizationServerMetadata()
    {
        auto read = AuthorizationServerMetadata::parse(
            asMetadata(QJsonObject{
                {"authorization_endpoint", "https://issuer.example.com/authorize"},
                {"pushed_authorization_request_endpoint", "https://issuer.example.com/par"},
                {"require_pushed_authorization_requests", true},
                {"grant_types_supported",
                 QJsonArray{"urn:ietf:params:oauth:grant-type:pre-authorized_code"}},
                {"code_challenge_methods_supported", QJsonArray{"S256"}},
                {"dpop_signing_alg_values_supported", QJsonArray{"ES256", "EdDSA"}},
                {"pre-authorized_grant_anonymous_access_supported", true}}),
            kIssuer);
        VCDESK_VERIFY_OK(read);
        QCOMPARE(read->tokenEndpoint().path(), QStringLiteral("/token"));
        QVERIFY(read->requiresPushedAuthorizationRequests());
        QVERIFY(read->supportsGrant("urn:ietf:params:oauth:grant-type:pre-authorized_code"));
        QVERIFY(!read->supportsGrant("authorization_code"));
        QCOMPARE(read->dpopSigningAlgorithms(), (QStringList{"ES256", "EdDSA"}));
        QVERIFY(read->allowsAnonymousPreAuthorizedAccess());

        auto defaults = AuthorizationServerMetadata::parse(asMetadata(), kIssuer);
        VCDESK_VERIFY_OK(defaults);
        QVERIFY(defaults->supportsGrant("authorization_code")); // RFC 8414's default
        QVERIFY(defaults->dpopSigningAlgorithms().isEmpty());
        QVERIFY(!defaults->allowsAnonymousPreAuthorizedAccess());
    }

    void badAuthorizationServerMetadata_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("") << "vci.as_metadata_json";
        QTest::newRow("another issuer") << asMetadata(QJsonObject{{"issuer", "https://as.evil"}})
                                        << "vci.as_metadata_issuer_mismatch";
        QTest::newRow("no issuer") << asMetadata({}, {"issuer"}) << "vci.as_metadata_malformed";
        QTest::newRow("no token endpoint")
            << asMetadata({}, {"token_endpoint"}) << "vci.as_metadata_malformed";
        QTest::newRow("http token endpoint")
            << asMetadata(QJsonObject{{"token_endpoint", "http://as.example/token"}})
            << "vci.not_https";
        QTest::newRow("par required without endpoint")
            << asMetadata(QJsonObject{{"require_pushed_authorization_requests", true}})
            << "vci.as_metadata_malformed";
        QTest::newRow("dpop algorithms not strings")
            << asMetadata(QJsonObject{{"dpop_signing_alg_values_supported", QJsonArray{1}}})
            << "vci.as_metadata_malformed";
    }
    void badAuthorizationServerMetadata()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto read = AuthorizationServerMetadata::parse(json, kIssuer);
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
        QVERIFY(!read.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(VciMetadataTest)
#include "tst_vci_metadata.moc"
