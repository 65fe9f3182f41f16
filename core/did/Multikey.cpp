#include "core/did/Multikey.h"

#include "core/codec/Varint.h"

namespace vcdesk {

namespace {

// Codes from the multicodec table (https://github.com/multiformats/multicodec).
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
    case KeyType::P384:
        return kP384Pub;
    }
    return 0;
}

} // namespace

Result<PublicKey> Multikey::decode(QByteArrayView multicodec)
{
    qsizetype offset = 0;
    auto codec = Varint::read(multicodec, offset, true);
    if (!codec)
        return codec.error();
    const QByteArrayView raw = multicodec.sliced(offset);
    switch (codec.value()) {
    case kEd25519Pub:
        return PublicKey::fromEncoded(KeyType::Ed25519, raw);
    case kSecp256k1Pub:
        return PublicKey::fromEncoded(KeyType::Secp256k1, raw);
    case kP256Pub:
        return PublicKey::fromEncoded(KeyType::P256, raw);
    case kP384Pub:
        return PublicKey::fromEncoded(KeyType::P384, raw);
    case kP521Pub:
    case kX25519Pub: {
        const QString curve =
            codec.value() == kP521Pub ? QStringLiteral("P-521") : QStringLiteral("X25519");
        return Error{
            QStringLiteral("multikey.unsupported"),
            tr("a %1 key: vcdesk verifies P-256, P-384, secp256k1 and Ed25519 signatures only")
                .arg(curve)};
    }
    default:
        return Error{QStringLiteral("multikey.unsupported"),
                     tr("multicodec key type 0x%1 is not a supported signature key")
                         .arg(codec.value(), 0, 16)};
    }
}

QByteArray Multikey::encode(const PublicKey &key)
{
    return Varint::encode(codecFor(key.type())) + key.encoded(true);
}

QByteArray Multikey::encodeX25519(QByteArrayView key)
{
    return Varint::encode(kX25519Pub) + key.toByteArray();
}

} // namespace vcdesk
