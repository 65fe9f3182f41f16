#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace vcdesk {

/// Which JWS "alg" values a caller accepts. Every check refuses "none" in any spelling.
class AlgorithmPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AlgorithmPolicy)
public:
    /// For credentials and presentations: ES256, ES384, ES256K, EdDSA. HMAC is refused because a
    /// shared secret cannot show who issued something; RSA is not used by the ecosystems
    /// vcdesk speaks to.
    static const AlgorithmPolicy &credentials();
    /// General JOSE (e.g. tokens from an OAuth server): the above plus HS256/384/512 and
    /// RS256/384/512.
    static const AlgorithmPolicy &generalJose();

    bool allows(const QString &alg) const { return m_allowed.contains(alg); }
    /// Ok, or an error saying why `alg` is refused ("alg none", HMAC, unknown...).
    Status check(const QString &alg) const;

private:
    QSet<QString> m_allowed;
};

} // namespace vcdesk
