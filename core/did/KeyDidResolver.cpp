#include "core/did/KeyDidResolver.h"

#include "core/codec/Multibase.h"
#include "core/did/Multikey.h"

#include <QJsonArray>

#include <sodium.h>

namespace vcdesk {

namespace {

QJsonObject multikey(const QString &id, const QString &controller, const QString &multibase)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), QStringLiteral("Multikey")},
                       {QStringLiteral("controller"), controller},
                       {QStringLiteral("publicKeyMultibase"), multibase}};
}

} // namespace

QString KeyDidResolver::didForKey(const PublicKey &key)
{
    return QStringLiteral("did:key:") +
           QString::fromLatin1(Multibase::encodeBase58Btc(Multikey::encode(key)));
}

Result<DidDocument> KeyDidResolver::resolve(const DidUrl &url)
{
    const QString msid = url.methodSpecificId();
    if (url.method() != QLatin1String("key"))
        return Error{QStringLiteral("did.wrong_method"), tr("not a did:key")};
    if (!msid.startsWith(QLatin1Char('z')) || msid.contains(QLatin1Char(':')))
        return Error{QStringLiteral("did.key.invalid"),
                     tr("a did:key identifier is one base58btc multibase value ('z...')")};
    auto decoded = Multibase::decode(msid.toLatin1());
    if (!decoded)
        return Error{QStringLiteral("did.key.invalid"), decoded.error().message};
    auto key = Multikey::decode(decoded.value());
    if (!key)
        return Error{key.error().code == QLatin1String("multikey.unsupported")
                         ? QStringLiteral("did.key.unsupported_curve")
                         : QStringLiteral("did.key.invalid"),
                     tr("did:key: %1").arg(key.error().message)};
    const KeyType type = key->type();
    // The identifier must be the canonical (compressed) encoding of the key it carries.
    if (didForKey(key.value()) != url.did())
        return Error{QStringLiteral("did.key.invalid"),
                     tr("the did:key is not in canonical form (EC keys must be compressed)")};

    const QString did = url.did();
    const QString vmId = did + QLatin1Char('#') + msid;
    QJsonArray methods{multikey(vmId, did, msid)};
    QString agreementId = vmId;
    if (type == KeyType::Ed25519) {
        QByteArray x25519(crypto_scalarmult_curve25519_BYTES, Qt::Uninitialized);
        if (crypto_sign_ed25519_pk_to_curve25519(
                reinterpret_cast<unsigned char *>(x25519.data()),
                reinterpret_cast<const unsigned char *>(key->encoded().constData())) == 0) {
            const QString agreement =
                QString::fromLatin1(Multibase::encodeBase58Btc(Multikey::encodeX25519(x25519)));
            agreementId = did + QLatin1Char('#') + agreement;
            methods.append(multikey(agreementId, did, agreement));
        }
    }
    const QJsonArray signing{vmId};
    const QJsonObject json{{QStringLiteral("@context"),
                            QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"),
                                       QStringLiteral("https://w3id.org/security/multikey/v1")}},
                           {QStringLiteral("id"), did},
                           {QStringLiteral("verificationMethod"), methods},
                           {DidDocument::kAuthentication, signing},
                           {DidDocument::kAssertionMethod, signing},
                           {DidDocument::kCapabilityInvocation, signing},
                           {DidDocument::kCapabilityDelegation, signing},
                           {DidDocument::kKeyAgreement, QJsonArray{agreementId}}};
    return DidDocument::fromJson(json, did);
}

} // namespace vcdesk
