#pragma once

#include "core/jose/SdJwt.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// KeyBinding for an SD-JWT that carries a KB-JWT: typ kb+jwt, signed by the holder key the
/// issuer bound in "cnf.jwk" (a public key: one with its private part binds nothing),
/// sd_hash over the presented SD-JWT, iat neither in the future nor before the credential's
/// own iat, and nonce and aud present.
class KeyBindingCheck
{
    Q_DECLARE_TR_FUNCTIONS(KeyBindingCheck)
public:
    static void run(const SdJwt &sdJwt, const QJsonObject &issuerClaims,
                    const InspectOptions &options, ValidationReport &report);
};

} // namespace vcdesk
