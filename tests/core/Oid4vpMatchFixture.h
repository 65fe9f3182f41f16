#pragma once

// What the matching tests share: a wallet of four credentials (an SD-JWT PID bound to the
// holder's key, a JWT-VC membership for the holder's DID, someone else's PID, a JSON-LD
// credential), the holder's keyring, and requests built around a DCQL query or a presentation
// definition.

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/jose/JwsVerifier.h"
#include "core/oid4vp/ClaimsPath.h"
#include "core/oid4vp/ConsentSummary.h"
#include "core/oid4vp/DcqlMatcher.h"
#include "core/oid4vp/JsonPath.h"
#include "core/oid4vp/PresentationBuilder.h"
#include "core/oid4vp/PresentationExchangeMatcher.h"
#include "core/oid4vp/PresentationReceipt.h"
#include "core/verify/CredentialInspector.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"

#include <QtTest>

namespace vcdesk::test {

class Oid4vpMatchFixture : public QObject
{
protected:
    static QByteArray encode(const QJsonArray &array)
    {
        return Base64Url::encode(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }

    static QString digestOf(const QByteArray &disclosure)
    {
        return QString::fromLatin1(SdJwt::digest(disclosure));
    }

    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }

    static QStringList disclosedNames(const QByteArray &presentation)
    {
        QStringList names;
        const SdJwt parsed = SdJwt::parse(presentation).value(); // kept alive for the loop
        for (const SdJwtDisclosure &d : parsed.disclosures())
            names << (d.isArrayElement ? d.value.toString() : d.name);
        names.sort();
        return names;
    }

    test::Issuer m_issuer = test::Issuer::make(KeyType::P256);
    HolderKeyring::Signer m_holder;
    QList<HeldCredential> m_wallet;

    HeldCredential held(qint64 id, const QByteArray &raw, const QString &format,
                        const QString &title)
    {
        CredentialRecord record;
        record.id = id;
        record.raw = raw;
        record.format = format;
        record.title = title;
        record.issuer = m_issuer.did;
        record.verdict = Verdict::Valid;
        auto credential = HeldCredential::fromRecord(record);
        if (!credential)
            qFatal("%s", qPrintable(credential.error().toString()));
        return credential.value();
    }

    /// An SD-JWT VC (vct urn:pid) bound to `holder`: given_name, family_name, email and address
    /// (with street_address inside) disclosable, nationalities with one disclosable element.
    QByteArray sdJwt(const PublicKey &holder) const
    {
        const QByteArray given = encode({"s1", "given_name", "Erika"});
        const QByteArray family = encode({"s2", "family_name", "Mustermann"});
        const QByteArray email = encode({"s3", "email", "erika@example.com"});
        const QByteArray street = encode({"s4", "street_address", "Heidestrasse 17"});
        const QByteArray address =
            encode({"s5", "address",
                    QJsonObject{{"_sd", QJsonArray{digestOf(street)}}, {"locality", "Köln"}}});
        const QByteArray de = encode({"s6", "DE"});
        const QJsonObject claims{
            {"iss", m_issuer.did},
            {"vct", "urn:pid"},
            {"iat", QDateTime::currentSecsSinceEpoch() - 60},
            {"_sd_alg", "sha-256"},
            {"cnf", QJsonObject{{"jwk", Jwk::fromPublicKey(holder)}}},
            {"_sd", QJsonArray{digestOf(given), digestOf(family), digestOf(email),
                               digestOf(address), "decoy0000000000000000000000000000000000000"}},
            {"nationalities",
             QJsonArray{QJsonObject{{"...", "decoy1111111111111111111111111111111111111"}},
                        QJsonObject{{"...", digestOf(de)}}, "FR"}}};
        return test::sign(m_issuer.key, claims,
                          QJsonObject{{"typ", "dc+sd-jwt"}, {"kid", m_issuer.kid}}) +
               '~' + given + '~' + family + '~' + email + '~' + street + '~' + address + '~' + de +
               '~';
    }

    QByteArray jwtVc(const QString &subject, const QString &type) const
    {
        QJsonObject claims =
            test::credentialClaims(m_issuer.did, QDateTime::currentSecsSinceEpoch() - 60,
                                   QDateTime::currentSecsSinceEpoch() + 86400);
        claims.insert("sub", subject);
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("type", QJsonArray{"VerifiableCredential", type});
        vc.insert("credentialSubject",
                  QJsonObject{{"id", subject}, {"name", "Erika"}, {"member", true}});
        claims.insert("vc", vc);
        return test::sign(m_issuer.key, claims, QJsonObject{{"kid", m_issuer.kid}});
    }

    AuthorizationRequest request(const QJsonObject &dcql = {}, const QJsonObject &pe = {}) const
    {
        AuthorizationRequest r;
        r.client = ClientIdentifier::parse("redirect_uri:https://rp.example/cb", {}).value();
        r.responseTypes = {"vp_token"};
        r.responseMode = "direct_post";
        r.responseUri = QUrl("https://rp.example/cb");
        r.nonce = "nonce-123";
        r.state = "st";
        r.queryLanguage = dcql.isEmpty() ? AuthorizationRequest::QueryLanguage::PresentationExchange
                                         : AuthorizationRequest::QueryLanguage::Dcql;
        r.dcqlQuery = dcql;
        r.presentationDefinition = pe;
        return r;
    }

    HolderKeyring keyring() const
    {
        HolderKeyring ring;
        ring.add(m_holder);
        return ring;
    }

    static QJsonObject pidQuery(const QJsonArray &claims)
    {
        QJsonObject q{{"id", "pid"},
                      {"format", "dc+sd-jwt"},
                      {"meta", QJsonObject{{"vct_values", QJsonArray{"urn:pid"}}}}};
        if (!claims.isEmpty())
            q.insert("claims", claims);
        return QJsonObject{{"credentials", QJsonArray{q}}};
    }

    /// The wallet and the holder's key, made once per test case.
    void makeWallet()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        m_holder = HolderKeyring::Signer{key, KeyDidResolver::didForKey(key.publicKey()), {}};
        m_holder.kid = m_holder.did + '#' + m_holder.did.mid(8);
        m_wallet << held(1, sdJwt(key.publicKey()), "dc+sd-jwt", "PID")
                 << held(2, jwtVc(m_holder.did, "MembershipCredential"), "jwt_vc_json",
                         "Membership")
                 << held(3, sdJwt(PrivateKey::generate(KeyType::P256).publicKey()), "dc+sd-jwt",
                         "Someone else's PID")
                 << held(4, test::readData("vc-di-eddsa/signedJCS.json"), "ldp_vc", "JSON-LD");
    }
};

} // namespace vcdesk::test
