#include "core/jose/JwkSet.h"

#include <QJsonArray>
#include <QSet>

namespace vcdesk {

Result<JwkSet> JwkSet::fromJson(const QJsonObject &set)
{
    const QJsonValue keys = set.value(QStringLiteral("keys"));
    if (!keys.isArray() || keys.toArray().isEmpty())
        return Error{QStringLiteral("jwks.invalid"),
                     tr("a JWK Set needs a non-empty \"keys\" array")};
    JwkSet out;
    QSet<QString> kids;
    bool symmetric = false;
    bool asymmetric = false;
    for (const QJsonValue &value : keys.toArray()) {
        auto key = JsonWebKey::fromJson(value.toObject());
        if (!key)
            return key.error();
        if (!key->keyId().isEmpty()) {
            if (kids.contains(key->keyId()))
                return Error{
                    QStringLiteral("jwks.duplicate_kid"),
                    tr("the JWK Set has two keys with kid \"%1\"").arg(key->keyId().left(64))};
            kids.insert(key->keyId());
        }
        (key->kind() == JsonWebKey::Kind::Hmac ? symmetric : asymmetric) = true;
        out.m_keys.append(key.value());
    }
    if (symmetric && asymmetric)
        return Error{QStringLiteral("jwks.mixed"),
                     tr("the JWK Set mixes shared secrets with public keys; refusing it")};
    return out;
}

Result<JsonWebKey> JwkSet::select(const CompactJws &jws) const
{
    const QString kid = jws.keyId();
    if (kid.isEmpty()) {
        if (m_keys.size() == 1)
            return m_keys.first();
        return Error{QStringLiteral("jwks.kid_missing"),
                     tr("the token has no kid and the JWK Set has %1 keys").arg(m_keys.size())};
    }
    for (const JsonWebKey &key : m_keys) {
        if (key.keyId() == kid)
            return key;
    }
    return Error{QStringLiteral("jwks.kid_not_found"),
                 tr("the JWK Set has no key with kid \"%1\"").arg(kid.left(64))};
}

Status JwkSet::verify(const CompactJws &jws, const AlgorithmPolicy &policy) const
{
    auto key = select(jws);
    if (!key)
        return key.error();
    return key->verify(jws, policy);
}

} // namespace vcdesk
