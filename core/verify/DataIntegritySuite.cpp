#include "core/verify/DataIntegritySuite.h"

#include "core/crypto/Digest.h"

#include <array>

namespace vcdesk {

namespace {

using C = DataIntegritySuite::Canonicalization;

const std::array<DataIntegritySuite, 5> &suites()
{
    static const std::array<DataIntegritySuite, 5> all{{
        {QStringLiteral("eddsa-jcs-2022"), C::Jcs, false},
        {QStringLiteral("eddsa-rdfc-2022"), C::Rdfc, false},
        {QStringLiteral("ecdsa-jcs-2019"), C::Jcs, true},
        {QStringLiteral("ecdsa-rdfc-2019"), C::Rdfc, true},
        {QStringLiteral("Ed25519Signature2020"), C::Rdfc, false, true},
    }};
    return all;
}

} // namespace

const DataIntegritySuite *DataIntegritySuite::of(const QJsonObject &proof)
{
    const QString type = proof.value(QStringLiteral("type")).toString();
    const bool dataIntegrityProof = type == QLatin1String("DataIntegrityProof");
    // An older proof type with a cryptosuite beside it is neither one thing nor the other.
    if (!dataIntegrityProof && proof.contains(QStringLiteral("cryptosuite")))
        return nullptr;
    const QString name =
        dataIntegrityProof ? proof.value(QStringLiteral("cryptosuite")).toString() : type;
    for (const DataIntegritySuite &suite : suites())
        if (suite.name == name && suite.namedByProofType != dataIntegrityProof)
            return &suite;
    return nullptr;
}

QStringList DataIntegritySuite::names()
{
    QStringList out;
    for (const DataIntegritySuite &suite : suites())
        out << suite.name;
    return out;
}

Status DataIntegritySuite::acceptsKey(KeyType type) const
{
    const bool fits =
        ecdsa ? type == KeyType::P256 || type == KeyType::P384 : type == KeyType::Ed25519;
    if (fits)
        return {};
    return Error{
        QStringLiteral("di.key_type"),
        ecdsa ? tr("%1 needs a P-256 or P-384 key, not %2").arg(name, keytype::jwkCurve(type))
              : tr("%1 needs an Ed25519 key, not %2").arg(name, keytype::jwkCurve(type))};
}

QByteArray DataIntegritySuite::hash(KeyType type, QByteArrayView data)
{
    // vc-di-ecdsa: SHA-384 with P-384 keys, SHA-256 with every other key.
    return type == KeyType::P384 ? Digest::sha384(data) : Digest::sha256(data);
}

} // namespace vcdesk
