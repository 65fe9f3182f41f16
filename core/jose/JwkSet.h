#pragma once

#include "core/jose/JsonWebKey.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// A JWK Set (RFC 7517 section 5). Refused as ambiguous: two keys with one "kid", and sets
/// that mix symmetric (oct) with asymmetric keys (a classic algorithm-confusion setup).
class JwkSet
{
    Q_DECLARE_TR_FUNCTIONS(JwkSet)
public:
    static Result<JwkSet> fromJson(const QJsonObject &set);

    const QList<JsonWebKey> &keys() const { return m_keys; }
    /// The key the token names by "kid" (or the only key when the set has one).
    Result<JsonWebKey> select(const CompactJws &jws) const;
    Status verify(const CompactJws &jws, const AlgorithmPolicy &policy) const;

private:
    QList<JsonWebKey> m_keys;
};

} // namespace vcdesk
