#include "core/jose/JwsVerifier.h"

#include <QJsonArray>

namespace vcdesk {

Status JwsVerifier::checkHeader(const CompactJws &jws, const AlgorithmPolicy &policy)
{
    if (auto alg = policy.check(jws.algorithm()); !alg)
        return alg;
    const QJsonObject &header = jws.header();
    if (header.contains(QStringLiteral("crit"))) {
        const QJsonValue crit = header.value(QStringLiteral("crit"));
        if (!crit.isArray() || crit.toArray().isEmpty())
            return Error{QStringLiteral("jws.crit_invalid"),
                         tr("\"crit\" must be a non-empty array of header names")};
        QStringList names;
        for (const QJsonValue &name : crit.toArray())
            names << name.toString(QStringLiteral("?"));
        return Error{QStringLiteral("jws.crit_unsupported"),
                     tr("the token requires header extensions vcdesk does not implement: %1")
                         .arg(names.join(QStringLiteral(", ")).left(200))};
    }
    if (header.contains(QStringLiteral("b64")))
        return Error{QStringLiteral("jws.b64_unsupported"),
                     tr("unencoded payloads (\"b64\") are not accepted")};
    return {};
}

Status JwsVerifier::verify(const CompactJws &jws, const PublicKey &key,
                           const AlgorithmPolicy &policy, CryptoBackend backend)
{
    if (auto header = checkHeader(jws, policy); !header)
        return header;
    const QString expected = keytype::jwsAlgorithm(key.type());
    if (jws.algorithm() != expected)
        return Error{QStringLiteral("jws.alg_key_mismatch"),
                     tr("the token says alg %1 but the key is a %2 key (alg %3)")
                         .arg(jws.algorithm().left(16), keytype::jwkCurve(key.type()), expected)};
    if (jws.isUnsigned())
        return Error{QStringLiteral("jws.unsigned"), tr("the token has an empty signature")};
    return key.verify(jws.signingInput(), jws.signature(), backend);
}

} // namespace vcdesk
