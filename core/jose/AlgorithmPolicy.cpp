#include "core/jose/AlgorithmPolicy.h"

namespace vcdesk {

// Built once: verification is a hot path (a kiosk re-verifies thousands of credentials).
const AlgorithmPolicy &AlgorithmPolicy::credentials()
{
    static const AlgorithmPolicy policy = [] {
        AlgorithmPolicy p;
        p.m_allowed = {QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES256K"),
                       QStringLiteral("EdDSA")};
        return p;
    }();
    return policy;
}

const AlgorithmPolicy &AlgorithmPolicy::generalJose()
{
    static const AlgorithmPolicy policy = [] {
        AlgorithmPolicy p = credentials();
        for (const char *alg : {"HS256", "HS384", "HS512", "RS256", "RS384", "RS512"})
            p.m_allowed.insert(QString::fromLatin1(alg));
        return p;
    }();
    return policy;
}

Status AlgorithmPolicy::check(const QString &alg) const
{
    if (m_allowed.contains(alg))
        return {};
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || alg.trimmed().isEmpty())
        return Error{QStringLiteral("jws.alg_none"),
                     tr("the token is unsigned (alg \"%1\"); unsigned tokens are never accepted")
                         .arg(alg.left(16))};
    if (alg.startsWith(QLatin1String("HS"), Qt::CaseInsensitive))
        return Error{QStringLiteral("jws.alg_hmac"),
                     tr("alg %1 uses a shared secret, which cannot prove who issued a credential")
                         .arg(alg.left(16))};
    return Error{QStringLiteral("jws.alg_unsupported"),
                 tr("signature algorithm \"%1\" is not accepted here").arg(alg.left(32))};
}

} // namespace vcdesk
