#include "core/crypto/KeyType.h"

namespace vcdesk::keytype {

QString jwsAlgorithm(KeyType type)
{
    // QStringLiteral data is static: returning it allocates nothing.
    switch (type) {
    case KeyType::P256:
        return QStringLiteral("ES256");
    case KeyType::Secp256k1:
        return QStringLiteral("ES256K");
    case KeyType::Ed25519:
        return QStringLiteral("EdDSA");
    case KeyType::P384:
        return QStringLiteral("ES384");
    }
    return {};
}
QString jwkCurve(KeyType type)
{
    switch (type) {
    case KeyType::P256:
        return QStringLiteral("P-256");
    case KeyType::Secp256k1:
        return QStringLiteral("secp256k1");
    case KeyType::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyType::P384:
        return QStringLiteral("P-384");
    }
    return {};
}

QString jwkKeyType(KeyType type)
{
    return type == KeyType::Ed25519 ? QStringLiteral("OKP") : QStringLiteral("EC");
}

std::optional<KeyType> fromJwkCurve(const QString &crv)
{
    if (crv == QLatin1String("P-256"))
        return KeyType::P256;
    if (crv == QLatin1String("secp256k1"))
        return KeyType::Secp256k1;
    if (crv == QLatin1String("Ed25519"))
        return KeyType::Ed25519;
    if (crv == QLatin1String("P-384"))
        return KeyType::P384;
    return std::nullopt;
}

CryptoBackend resolveBackend(KeyType type, CryptoBackend backend)
{
    // Measured with tests/bench/bench_signatures (see core/README.md):
    // libsecp256k1 verifies ES256K ~10x faster than OpenSSL 3.0, libsodium verifies Ed25519
    // ~2x faster; for P-256 and P-384 OpenSSL is the only choice, whatever the caller asks for.
    switch (type) {
    case KeyType::P256:
    case KeyType::P384:
        return CryptoBackend::OpenSsl;
    case KeyType::Secp256k1:
        return backend == CryptoBackend::OpenSsl ? backend : CryptoBackend::LibSecp256k1;
    case KeyType::Ed25519:
        return backend == CryptoBackend::OpenSsl ? backend : CryptoBackend::LibSodium;
    }
    return CryptoBackend::OpenSsl;
}

QString backendName(CryptoBackend backend)
{
    switch (backend) {
    case CryptoBackend::Default:
        return QStringLiteral("default");
    case CryptoBackend::OpenSsl:
        return QStringLiteral("OpenSSL");
    case CryptoBackend::LibSecp256k1:
        return QStringLiteral("libsecp256k1");
    case CryptoBackend::LibSodium:
        return QStringLiteral("libsodium");
    }
    return {};
}

bool isHolderKeyType(KeyType type)
{
    switch (type) {
    case KeyType::P256:
    case KeyType::Secp256k1:
    case KeyType::Ed25519:
        return true;
    case KeyType::P384:
        return false;
    }
    return false;
}

int ecCoordinateBytes(KeyType type)
{
    // A switch, so that a new curve must say its size (-Wswitch).
    switch (type) {
    case KeyType::P384:
        return 48;
    case KeyType::P256:
    case KeyType::Secp256k1:
    case KeyType::Ed25519:
        return 32;
    }
    return 32;
}

int signatureBytes(KeyType type)
{
    return 2 * ecCoordinateBytes(type);
}

} // namespace vcdesk::keytype
