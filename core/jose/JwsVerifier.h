#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"
#include "core/jose/AlgorithmPolicy.h"
#include "core/jose/CompactJws.h"

#include <QCoreApplication>

namespace vcdesk {

/// Verifies a parsed JWS against a key the caller already trusts.
///
/// Header rules: "alg" must pass the policy and match the key's type and curve; "crit" must
/// list only extensions vcdesk implements (none today, so any "crit" is refused, as RFC 7515
/// section 4.1.11 requires); "b64": false is refused. "jku", "x5u" and "jwk" are never used
/// to find the key: a key named by the token itself proves nothing.
class JwsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(JwsVerifier)
public:
    static Status checkHeader(const CompactJws &jws,
                              const AlgorithmPolicy &policy = AlgorithmPolicy::credentials());
    static Status verify(const CompactJws &jws, const PublicKey &key,
                         const AlgorithmPolicy &policy = AlgorithmPolicy::credentials(),
                         CryptoBackend backend = CryptoBackend::Default);
};

} // namespace vcdesk
