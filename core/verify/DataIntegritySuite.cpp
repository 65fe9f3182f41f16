#include "core/verify/DataIntegritySuite.h"

#include "core/crypto/Digest.h"

#include <array>

namespace vcdesk {

namespace {

using C = DataIntegritySuite::Canonicalization;

const std::array<DataIntegritySuite, 4> &suites()
{
    static const std::array<DataIntegritySuite, 4> all{{
        {QStringLiteral("eddsa-jcs-2022"), C::Jcs, false},
        {QStringLiteral("eddsa-rdfc-2022"), C::Rdfc, false},
        {QStringLiteral("ecdsa-jcs-2019"), C::Jcs, true},
        {QStringLiteral("ecdsa-rdfc-2019"), C::Rdfc, true},
    }};
    return all;
}

} // namespace

const DataIntegritySuite *DataIntegritySuite::of(const QJsonObject &proof)
{
    if (proof.value(QStringLiteral("type")).toString() != QLatin1String("DataIntegrityProof"))
        return nullptr;
    const QString name = proof.value(QStringLiteral("cryptosuite")).toString();
    for (const DataIntegritySuite &suite : suites())
        if (suite.name == name)
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
    const bool fits = ecdsa ? type == KeyType::P256 : type == KeyType::Ed25519;
    if (fits)
        return {};
    return Error{QStringLiteral("di.key_type"),
                 ecdsa ? tr("%1 needs a P-256 key, not %2").arg(name, keytype::jwkCurve(type))
                       : tr("%1 needs an Ed25519 key, not %2").arg(name, keytype::jwkCurve(type))};
}

QByteArray DataIntegritySuite::hash(KeyType, QByteArrayView data)
{
    // SHA-384 goes with P-384, which is not a vcdesk key type yet; every key here uses SHA-256.
    return Digest::sha256(data);
}

} // namespace vcdesk
