// OpenID4VCI credential offers as holders meet them: form decoding ('+' is a space), the
// openid-credential-offer:// and https links by value and by reference, the specification's
// own examples, and every malformed, ambiguous or hostile offer refused with its code.

#include "core/codec/FormUrlEncoding.h"
#include "core/oid4vci/CredentialOffer.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vcdesk;
using Kind = CredentialOfferLink::Kind;

namespace {

QByteArray offerJson(const QJsonObject &changes = {}, const QStringList &remove = {})
{
    QJsonObject offer{
        {"credential_issuer", "https://issuer.example.com"},
        {"credential_configuration_ids", QJsonArray{"Pid"}},
        {"grants", QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code",
                                QJsonObject{{"pre-authorized_code", "code-1"}}}}},
    };
    for (auto it = changes.begin(); it != changes.end(); ++it)
        offer.insert(it.key(), it.value());
    for (const QString &name : remove)
        offer.remove(name);
    return QJsonDocument(offer).toJson(QJsonDocument::Compact);
}

QJsonObject preAuthorizedGrant(const QJsonObject &grant)
{
    return QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code", grant}};
}

} // namespace

class VciOfferTest : public QObject
{
    Q_OBJECT

private slots:
    void formDecodingReadsPlusAsASpace()
    {
        auto pairs = FormUrlEncoding::decode("a=Jane+Doe&b=1%2B1&c=%C3%A9t%C3%A9&&d=&e");
        VCDESK_VERIFY_OK(pairs);
        QCOMPARE(pairs->size(), 5);
        QCOMPARE(pairs->at(0), (QPair<QString, QString>{"a", "Jane Doe"}));
        QCOMPARE(pairs->at(1).second, QStringLiteral("1+1"));
        QCOMPARE(pairs->at(2).second, QStringLiteral("été"));
        QCOMPARE(pairs->at(3), (QPair<QString, QString>{"d", ""}));
        QCOMPARE(pairs->at(4), (QPair<QString, QString>{"e", ""}));
    }

    void formDecodingRefusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated escape") << QByteArray("a=%4") << "codec.form_escape";
        QTest::newRow("escape at end") << QByteArray("a=%") << "codec.form_escape";
        QTest::newRow("not hex") << QByteArray("a=%zz") << "codec.form_escape";
        QTest::newRow("not utf-8") << QByteArray("a=%C3%28") << "codec.form_utf8";
        QTest::newRow("no name") << QByteArray("=value") << "codec.form_name";
    }
    void formDecodingRefusesWhatItCannotRead()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto pairs = FormUrlEncoding::decode(text);
        QVERIFY(!pairs);
        QCOMPARE(pairs.error().code, code);
        QVERIFY(!pairs.error().message.isEmpty());
    }

    void theSpecificationsLinkByValue()
    {
        // OpenID4VCI 1.0 section 4.1.2, joined without its display line breaks.
        const QString link =
            "openid-credential-offer://?credential_offer=%7B%22credential_issuer%22:%22https://"
            "credential-issuer.example.com%22,%22credential_configuration_ids%22:%5B%22org.iso."
            "18013.5.1.mDL%22%5D,%22grants%22:%7B%22urn:ietf:params:oauth:grant-type:pre-"
            "authorized_code%22:%7B%22pre-authorized_code%22:%22oaKazRN8I0IbtZ0C7JuMn5%22,%22tx_"
            "code%22:%7B%22input_mode%22:%22text%22,%22description%22:%22Please%20enter%20the%"
            "20serial%20number%20of%20your%20physical%20drivers%20license%22%7D%7D%7D%7D";
        auto parsed = CredentialOfferLink::parse(link);
        VCDESK_VERIFY_OK(parsed);
        QCOMPARE(parsed->kind(), Kind::ByValue);
        auto offer = CredentialOffer::parse(parsed->offerJson());
        VCDESK_VERIFY_OK(offer);
        QCOMPARE(offer->issuer().text(), QStringLiteral("https://credential-issuer.example.com"));
        QCOMPARE(offer->configurationIds(), QStringList{"org.iso.18013.5.1.mDL"});
        QVERIFY(offer->preAuthorized());
        QCOMPARE(offer->preAuthorized()->preAuthorizedCode,
                 QStringLiteral("oaKazRN8I0IbtZ0C7JuMn5"));
        QVERIFY(offer->preAuthorized()->transactionCode);
        QCOMPARE(offer->preAuthorized()->transactionCode->inputMode,
                 TransactionCodeSpec::InputMode::Text);
        QCOMPARE(offer->preAuthorized()->transactionCode->description,
                 QStringLiteral("Please enter the serial number of your physical drivers license"));
        QVERIFY(CredentialOfferLink::looksLikeOffer(link));
    }

    void aPlusInTheLinkIsASpaceInTheOffer()
    {
        // A form encoder (an HTML form, Java's URLEncoder) writes spaces as '+'.
        const QString link =
            "openid-credential-offer://?credential_offer=" +
            QString::fromLatin1(
                QUrl::toPercentEncoding(QString::fromUtf8(offerJson(QJsonObject{
                    {"grants", preAuthorizedGrant(QJsonObject{
                                   {"pre-authorized_code", "abc"},
                                   {"tx_code", QJsonObject{{"description", "Sent by SMS"}}}})}}))))
                .replace("%20", "+");
        QVERIFY(link.contains("Sent+by+SMS"));
        auto parsed = CredentialOfferLink::parse(link);
        VCDESK_VERIFY_OK(parsed);
        auto offer = CredentialOffer::parse(parsed->offerJson());
        VCDESK_VERIFY_OK(offer);
        QCOMPARE(offer->preAuthorized()->transactionCode->description,
                 QStringLiteral("Sent by SMS"));
    }

    void byReference_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("uri");
        QTest::newRow("spec example")
            << "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fserver%2Eexample%"
               "2Ecom%2Fcredential-offer%2FGkurKxf5T0Y-mnPFCHqWOMiZi4VS138cQO_V7PZHAdM"
            << "https://server.example.com/credential-offer/"
               "GkurKxf5T0Y-mnPFCHqWOMiZi4VS138cQO_V7PZHAdM";
        QTest::newRow("no slashes")
            << "openid-credential-offer:?credential_offer_uri=https%3A%2F%2Fa.example%2Fo%2F1"
            << "https://a.example/o/1";
        QTest::newRow("https link")
            << "https://wallet.example/offer?foo=bar&credential_offer_uri=https%3A%2F%2Fa."
               "example%2Fo%3Fid%3D7"
            << "https://a.example/o?id=7";
        QTest::newRow("loopback http")
            << "OPENID-CREDENTIAL-OFFER://?credential_offer_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fo"
            << "http://127.0.0.1:8080/o";
    }
    void byReference()
    {
        QFETCH(QString, link);
        QFETCH(QString, uri);
        auto parsed = CredentialOfferLink::parse(link);
        VCDESK_VERIFY_OK(parsed);
        QCOMPARE(parsed->kind(), Kind::ByReference);
        QCOMPARE(parsed->offerUri().toString(), uri);
        QVERIFY(CredentialOfferLink::looksLikeOffer(link));
    }

    void badLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("code");
        const QString value = "credential_offer=" + QUrl::toPercentEncoding(offerJson());
        QTest::newRow("empty") << "  "
                               << "vci.link_empty";
        QTest::newRow("presentation request")
            << "openid4vp://?request_uri=https%3A%2F%2Fv.example%2Fr"
            << "vci.link_scheme";
        QTest::newRow("no scheme") << "credential_offer_uri=https://a.example"
                                   << "vci.link_scheme";
        QTest::newRow("no query") << "openid-credential-offer://"
                                  << "vci.link_missing_offer";
        QTest::newRow("neither") << "openid-credential-offer://?foo=1"
                                 << "vci.link_missing_offer";
        QTest::newRow("both") << "openid-credential-offer://?" + value +
                                     "&credential_offer_uri=https%3A%2F%2Fa.example%2Fo"
                              << "vci.link_both";
        QTest::newRow("twice") << "openid-credential-offer://?" + value + "&" + value
                               << "vci.link_duplicate_parameter";
        QTest::newRow("empty value") << "openid-credential-offer://?credential_offer="
                                     << "vci.link_missing_offer";
        QTest::newRow("reference over http")
            << "openid-credential-offer://?credential_offer_uri=http%3A%2F%2Fa.example%2Fo"
            << "vci.link_offer_uri";
        QTest::newRow("reference relative")
            << "openid-credential-offer://?credential_offer_uri=%2Fo%2F1"
            << "vci.link_offer_uri";
        QTest::newRow("reference with user")
            << "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fu%40a.example%2Fo"
            << "vci.link_offer_uri";
        QTest::newRow("fragment")
            << "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fa.example#x"
            << "vci.link_malformed";
        QTest::newRow("space") << "openid-credential-offer://?credential_offer_uri=https://a b"
                               << "vci.link_malformed";
        QTest::newRow("control")
            << QString("openid-credential-offer://?credential_offer_uri=https://a\x1b[31m")
            << "vci.link_malformed";
        QTest::newRow("bad escape") << "openid-credential-offer://?credential_offer=%7"
                                    << "vci.link_malformed";
        QTest::newRow("too long") << "openid-credential-offer://?credential_offer=" +
                                         QString(CredentialOfferLink::kMaxLength, 'a')
                                  << "vci.link_too_large";
    }
    void badLinks()
    {
        QFETCH(QString, link);
        QFETCH(QString, code);
        auto parsed = CredentialOfferLink::parse(link);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void looksLikeOfferIsNotFooledByOtherLinks()
    {
        QVERIFY(!CredentialOfferLink::looksLikeOffer("openid4vp://?request_uri=x"));
        QVERIFY(!CredentialOfferLink::looksLikeOffer("https://v.example/r?request_uri=x"));
        QVERIFY(!CredentialOfferLink::looksLikeOffer("https://v.example/?my_credential_offer=1"));
        QVERIFY(CredentialOfferLink::looksLikeOffer(" openid-credential-offer://x"));
    }

    void theSpecificationsOffers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("configurations");
        QTest::addColumn<bool>("preAuthorized");
        QTest::addColumn<bool>("authorizationCode");
        QTest::addColumn<int>("txLength");
        QTest::newRow("pre-authorized")
            << "credential_offer_pre-authz_code.json" << 1 << true << false << 0;
        QTest::newRow("multiple") << "credential_offer_multiple_credentials.json" << 2 << true
                                  << false << 4;
    }
    void theSpecificationsOffers()
    {
        QFETCH(QString, file);
        QFETCH(int, configurations);
        QFETCH(bool, preAuthorized);
        QFETCH(bool, authorizationCode);
        QFETCH(int, txLength);
        auto offer = CredentialOffer::parse(test::readData("oid4vci/" + file));
        VCDESK_VERIFY_OK(offer);
        QCOMPARE(offer->configurationIds().size(), configurations);
        QCOMPARE(bool(offer->preAuthorized()), preAuthorized);
        QCOMPARE(bool(offer->authorizationCode()), authorizationCode);
        QVERIFY(offer->preAuthorized()->transactionCode);
        QCOMPARE(offer->preAuthorized()->transactionCode->length, txLength);
        QCOMPARE(offer->preAuthorized()->transactionCode->inputMode,
                 TransactionCodeSpec::InputMode::Numeric);
    }

    void theSpecificationsAuthorizationCodeOffer()
    {
        QByteArray text = test::readData("oid4vci/credential_offer_authz_code.txt");
        text = text.mid(text.indexOf("\n{") + 1); // after the HTTP header lines
        auto offer = CredentialOffer::parse(text);
        VCDESK_VERIFY_OK(offer);
        QVERIFY(!offer->preAuthorized());
        QVERIFY(offer->authorizationCode());
        QCOMPARE(offer->authorizationCode()->issuerState,
                 QStringLiteral("eyJhbGciOiJSU0Et...FYUaBy"));
    }

    void whatAnOfferMayLeaveOut()
    {
        // No grants: the issuer's metadata decides. Unknown grants and members: ignored.
        auto bare = CredentialOffer::parse(offerJson({}, {"grants"}));
        VCDESK_VERIFY_OK(bare);
        QVERIFY(!bare->hasGrants());
        auto unknown = CredentialOffer::parse(offerJson(QJsonObject{
            {"grants", QJsonObject{{"urn:example:grant", QJsonObject{}}}}, {"x-extra", 1}}));
        VCDESK_VERIFY_OK(unknown);
        QVERIFY(!unknown->hasGrants());
        // An empty tx_code object still means a code is required, numeric, length unknown.
        auto emptyTx = CredentialOffer::parse(
            offerJson(QJsonObject{{"grants", preAuthorizedGrant({{"pre-authorized_code", "c"},
                                                                 {"tx_code", QJsonObject{}}})}}));
        VCDESK_VERIFY_OK(emptyTx);
        QVERIFY(emptyTx->preAuthorized()->transactionCode);
        QCOMPARE(emptyTx->preAuthorized()->transactionCode->length, 0);
        // A local issuer in development.
        auto loopback = CredentialOffer::parse(
            offerJson(QJsonObject{{"credential_issuer", "http://127.0.0.1:8080/issuer"}}));
        VCDESK_VERIFY_OK(loopback);
        QCOMPARE(
            loopback->issuer().wellKnown("openid-credential-issuer").toString(),
            QStringLiteral("http://127.0.0.1:8080/.well-known/openid-credential-issuer/issuer"));
    }

    void badOffers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("{") << "vci.offer_json";
        QTest::newRow("array") << QByteArray("[]") << "vci.offer_json";
        QTest::newRow("duplicate member")
            << QByteArray("{\"credential_issuer\":\"https://a.example\",\"credential_issuer\":"
                          "\"https://b.example\",\"credential_configuration_ids\":[\"x\"]}")
            << "vci.offer_json";
        QTest::newRow("too large")
            << offerJson(QJsonObject{{"x", QString(CredentialOffer::kMaxBytes, 'a')}})
            << "vci.offer_json";
        QTest::newRow("no issuer") << offerJson({}, {"credential_issuer"}) << "vci.offer_malformed";
        QTest::newRow("issuer not a string")
            << offerJson(QJsonObject{{"credential_issuer", 7}}) << "vci.offer_malformed";
        QTest::newRow("http issuer")
            << offerJson(QJsonObject{{"credential_issuer", "http://issuer.example.com"}})
            << "vci.not_https";
        QTest::newRow("issuer with query")
            << offerJson(QJsonObject{{"credential_issuer", "https://issuer.example.com/?a=1"}})
            << "vci.url";
        QTest::newRow("issuer with fragment")
            << offerJson(QJsonObject{{"credential_issuer", "https://issuer.example.com/#a"}})
            << "vci.url";
        QTest::newRow("issuer not a URL")
            << offerJson(QJsonObject{{"credential_issuer", "issuer.example.com"}}) << "vci.url";
        QTest::newRow("javascript issuer")
            << offerJson(QJsonObject{{"credential_issuer", "javascript:alert(1)"}}) << "vci.url";
        QTest::newRow("no ids") << offerJson({}, {"credential_configuration_ids"})
                                << "vci.offer_malformed";
        QTest::newRow("empty ids")
            << offerJson(QJsonObject{{"credential_configuration_ids", QJsonArray{}}})
            << "vci.offer_malformed";
        QTest::newRow("ids not strings")
            << offerJson(QJsonObject{{"credential_configuration_ids", QJsonArray{1}}})
            << "vci.offer_malformed";
        QTest::newRow("empty id") << offerJson(QJsonObject{
                                         {"credential_configuration_ids", QJsonArray{""}}})
                                  << "vci.offer_malformed";
        QTest::newRow("repeated id")
            << offerJson(QJsonObject{{"credential_configuration_ids", QJsonArray{"a", "a"}}})
            << "vci.offer_malformed";
        QJsonArray many;
        for (int i = 0; i <= CredentialOffer::kMaxConfigurations; ++i)
            many << QString::number(i);
        QTest::newRow("too many ids")
            << offerJson(QJsonObject{{"credential_configuration_ids", many}})
            << "vci.offer_malformed";
        QTest::newRow("grants not an object")
            << offerJson(QJsonObject{{"grants", QJsonArray{}}}) << "vci.offer_malformed";
        QTest::newRow("pre-authorized not an object")
            << offerJson(QJsonObject{
                   {"grants",
                    QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code", "code"}}}})
            << "vci.offer_grant";
        QTest::newRow("no pre-authorized code")
            << offerJson(QJsonObject{{"grants", preAuthorizedGrant({})}}) << "vci.offer_grant";
        QTest::newRow("pre-authorized code a number")
            << offerJson(QJsonObject{{"grants", preAuthorizedGrant({{"pre-authorized_code", 5}})}})
            << "vci.offer_grant";
        QTest::newRow("tx_code not an object")
            << offerJson(QJsonObject{{"grants", preAuthorizedGrant({{"pre-authorized_code", "c"},
                                                                    {"tx_code", true}})}})
            << "vci.offer_grant";
        const auto tx = [](const QJsonObject &spec) {
            return offerJson(QJsonObject{
                {"grants", preAuthorizedGrant({{"pre-authorized_code", "c"}, {"tx_code", spec}})}});
        };
        QTest::newRow("input mode unknown") << tx({{"input_mode", "emoji"}}) << "vci.offer_tx_code";
        QTest::newRow("length zero") << tx({{"length", 0}}) << "vci.offer_tx_code";
        QTest::newRow("length negative") << tx({{"length", -4}}) << "vci.offer_tx_code";
        QTest::newRow("length huge") << tx({{"length", 1e12}}) << "vci.offer_tx_code";
        QTest::newRow("length fraction") << tx({{"length", 4.5}}) << "vci.offer_tx_code";
        QTest::newRow("length a string") << tx({{"length", "4"}}) << "vci.offer_tx_code";
        QTest::newRow("description long")
            << tx({{"description", QString(TransactionCodeSpec::kMaxDescription + 1, 'd')}})
            << "vci.offer_tx_code";
        QTest::newRow("description not text")
            << tx({{"description", QJsonArray{}}}) << "vci.offer_tx_code";
        QTest::newRow("issuer_state a number")
            << offerJson(QJsonObject{{"grants", QJsonObject{{"authorization_code",
                                                             QJsonObject{{"issuer_state", 1}}}}}})
            << "vci.offer_grant";
    }
    void badOffers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto offer = CredentialOffer::parse(json);
        QVERIFY(!offer);
        QCOMPARE(offer.error().code, code);
        QVERIFY(!offer.error().message.isEmpty());
    }

    void theCodeIsNotInAnyMessage()
    {
        // The pre-authorized code is a secret: an error about the offer never repeats it.
        auto offer = CredentialOffer::parse(offerJson(QJsonObject{
            {"grants", preAuthorizedGrant({{"pre-authorized_code", "SECRET-CODE-42"},
                                           {"tx_code", QJsonObject{{"length", -1}}}})}}));
        QVERIFY(!offer);
        QVERIFY(!offer.error().message.contains("SECRET-CODE-42"));
    }
};

QTEST_GUILESS_MAIN(VciOfferTest)
#include "tst_vci_offer.moc"
