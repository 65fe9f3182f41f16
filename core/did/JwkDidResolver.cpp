#include "core/did/JwkDidResolver.h"

#include "core/codec/Base64Url.h"
#include "core/codec/StrictJson.h"
#include "core/crypto/Jwk.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

QString JwkDidResolver::didForKey(const PublicKey &key)
{
    const QByteArray json = QJsonDocument(Jwk::fromPublicKey(key)).toJson(QJsonDocument::Compact);
    return QStringLiteral("did:jwk:") + QString::fromLatin1(Base64Url::encode(json));
}

Result<DidDocument> JwkDidResolver::resolve(const DidUrl &url)
{
    if (url.method() != QLatin1String("jwk"))
        return Error{QStringLiteral("did.wrong_method"), tr("not a did:jwk")};
    auto bytes = Base64Url::decode(url.methodSpecificId().toLatin1());
    if (!bytes)
        return Error{QStringLiteral("did.jwk.invalid"), bytes.error().message};
    JsonLimits limits;
    limits.maxBytes = 4096;
    limits.maxDepth = 4;
    auto jwk = StrictJson::parseObject(bytes.value(), limits);
    if (!jwk)
        return Error{QStringLiteral("did.jwk.invalid"), jwk.error().message};
    if (Jwk::hasPrivatePart(jwk.value()))
        return Error{QStringLiteral("did.jwk.private_key"),
                     tr("the did:jwk contains private key material; refusing it")};
    auto key = Jwk::toPublicKey(jwk.value());
    if (!key)
        return Error{QStringLiteral("did.jwk.invalid"), key.error().message};

    const QString did = url.did();
    const QString vmId = did + QStringLiteral("#0");
    QJsonObject vm{{QStringLiteral("id"), vmId},
                   {QStringLiteral("type"), QStringLiteral("JsonWebKey2020")},
                   {QStringLiteral("controller"), did},
                   {QStringLiteral("publicKeyJwk"), jwk.value()}};
    QJsonObject json{{QStringLiteral("@context"),
                      QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"),
                                 QStringLiteral("https://w3id.org/security/suites/jws-2020/v1")}},
                     {QStringLiteral("id"), did},
                     {QStringLiteral("verificationMethod"), QJsonArray{vm}}};
    const QString use = jwk->value(QStringLiteral("use")).toString();
    const QJsonArray refs{vmId};
    if (use != QLatin1String("enc")) {
        for (const QString &rel :
             {DidDocument::kAssertionMethod, DidDocument::kAuthentication,
              DidDocument::kCapabilityInvocation, DidDocument::kCapabilityDelegation})
            json.insert(rel, refs);
    }
    if (use != QLatin1String("sig"))
        json.insert(DidDocument::kKeyAgreement, refs);
    return DidDocument::fromJson(json, did);
}

} // namespace vcdesk
