#include "core/did/PrismDidResolver.h"

#include "core/codec/Multibase.h"
#include "core/crypto/Jwk.h"
#include "core/did/PrismDid.h"

#include <QJsonArray>

namespace vcdesk {

Result<DidDocument> PrismDidResolver::resolve(const DidUrl &url)
{
    if (url.method() != QLatin1String("prism"))
        return Error{QStringLiteral("did.wrong_method"), tr("not a did:prism")};
    auto prism = PrismDid::decode(url.methodSpecificId());
    if (!prism)
        return prism.error();

    const QString did = url.did();
    QJsonArray methods;
    QHash<QString, QJsonArray> relationships;
    for (const PrismKey &key : prism->keys()) {
        const QString relationship = key.relationship();
        if (relationship.isEmpty())
            continue;
        const QString id = did + QLatin1Char('#') + key.id;
        QJsonObject vm{{QStringLiteral("id"), id},
                       {QStringLiteral("controller"), did},
                       {QStringLiteral("prismKeyUsage"), key.usageName()}};
        if (key.key) {
            QJsonObject jwk = Jwk::fromPublicKey(*key.key);
            vm.insert(QStringLiteral("type"), QStringLiteral("JsonWebKey2020"));
            vm.insert(QStringLiteral("publicKeyJwk"), jwk);
        } else {
            vm.insert(QStringLiteral("type"), QStringLiteral("PrismKey"));
            vm.insert(QStringLiteral("curve"), key.curve);
            vm.insert(QStringLiteral("publicKeyMultibase"),
                      QString::fromLatin1(Multibase::encodeBase58Btc(key.rawKey)));
        }
        methods.append(vm);
        relationships[relationship].append(id);
    }
    QJsonObject json{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"),
                    QStringLiteral("https://w3id.org/security/suites/jws-2020/v1")}},
        {QStringLiteral("id"), did},
        {QStringLiteral("canonicalId"), QStringLiteral("did:prism:") + prism->canonicalHash()},
        {QStringLiteral("verificationMethod"), methods}};
    for (auto it = relationships.cbegin(); it != relationships.cend(); ++it)
        json.insert(it.key(), it.value());
    auto doc = DidDocument::fromJson(json, did);
    if (doc)
        doc.value().setCaveat(tr("read offline from the DID's creation operation; keys added by "
                                 "later updates are known only to a PRISM node"));
    return doc;
}

} // namespace vcdesk
