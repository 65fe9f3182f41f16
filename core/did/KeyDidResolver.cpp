#include "core/did/KeyDidResolver.h"

#include "core/codec/Multibase.h"
#include "core/codec/Varint.h"

#include <QJsonArray>

#include <sodium.h>

namespace vcdesk {

namespace {

constexpr quint64 kEd25519Pub = 0xed;
constexpr quint64 kX25519Pub = 0xec;
constexpr quint64 kSecp256k1Pub = 0xe7;
constexpr quint64 kP256Pub = 0x1200;
constexpr quint64 kP384Pub = 0x1201;
constexpr quint64 kP521Pub = 0x1202;

quint64 codecFor(KeyType type)
{
    switch (type) {
    case KeyType::Ed25519:
        return kEd25519Pub;
    case KeyType::Secp256k1:
        return kSecp256k1Pub;
    case KeyType::P256:
        return kP256Pub;
    }
    return 0;
}

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
    const QByteArray body = Varint::encode(codecFor(key.type())) + key.encoded(true);
    return QStringLiteral("did:key:") + QString::fromLatin1(Multibase::encodeBase58Btc(body));
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
    qsizetype offset = 0;
    auto codec = Varint::read(decoded.value(), offset, true);
    if (!codec)
        return Error{QStringLiteral("did.key.invalid"), codec.error().message};
    KeyType type;
    switch (codec.value()) {
    case kEd25519Pub:
        type = KeyType::Ed25519;
        break;
    case kSecp256k1Pub:
        type = KeyType::Secp256k1;
        break;
    case kP256Pub:
        type = KeyType::P256;
        break;
    case kP384Pub:
    case kP521Pub:
        return Error{QStringLiteral("did.key.unsupported_curve"),
                     tr("did:key with a %1 key: vcdesk verifies P-256, secp256k1 and Ed25519 only")
                         .arg(codec.value() == kP384Pub ? QStringLiteral("P-384")
                                                        : QStringLiteral("P-521"))};
    default:
        return Error{QStringLiteral("did.key.unsupported_curve"),
                     tr("did:key with multicodec 0x%1 is not a supported signature key")
                         .arg(codec.value(), 0, 16)};
    }
    auto key = PublicKey::fromEncoded(type, decoded->sliced(offset));
    if (!key)
        return Error{QStringLiteral("did.key.invalid"), key.error().message};
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
            const QString agreement = QString::fromLatin1(
                Multibase::encodeBase58Btc(Varint::encode(kX25519Pub) + x25519));
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
