#include "core/verify/KeyBindingCheck.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/NumericDate.h"
#include "core/verify/CheckName.h"

namespace vcdesk {

void KeyBindingCheck::run(const SdJwt &sdJwt, const QJsonObject &issuerClaims,
                          const InspectOptions &options, ValidationReport &report)
{
    if (!sdJwt.keyBindingJwt())
        return;
    const QString name = CheckName::KeyBinding;
    using Outcome = CheckResult::Outcome;
    auto fail = [&](const QString &why) { report.add(name, Outcome::Fail, why); };
    const CompactJws &kb = *sdJwt.keyBindingJwt();

    const QJsonObject jwk = issuerClaims.value(QStringLiteral("cnf"))
                                .toObject()
                                .value(QStringLiteral("jwk"))
                                .toObject();
    if (jwk.isEmpty())
        return fail(tr("the presentation has a key-binding JWT, but the credential names no holder "
                       "key (cnf.jwk)"));
    if (Jwk::hasPrivatePart(jwk))
        return fail(tr("the credential's holder key (cnf.jwk) includes its private part, so "
                       "anyone who has seen the credential can make key-binding JWTs"));
    auto holderKey = Jwk::toVerificationKey(jwk);
    if (!holderKey)
        return fail(
            tr("the credential's holder key is unusable: %1").arg(holderKey.error().message));
    if (kb.type() != QLatin1String("kb+jwt"))
        return fail(tr("the key-binding JWT has typ \"%1\", not kb+jwt").arg(kb.type().left(32)));
    if (auto verified = JwsVerifier::verify(kb, holderKey.value()); !verified)
        return fail(tr("the key-binding JWT is not signed by the holder key: %1")
                        .arg(verified.error().message));
    auto claims = kb.payloadObject();
    if (!claims)
        return fail(claims.error().message);
    const QString expectedHash = QString::fromLatin1(
        Base64Url::encode(Digest::sha256(sdJwt.presentationWithoutKeyBinding())));
    if (claims->value(QStringLiteral("sd_hash")).toString() != expectedHash)
        return fail(tr("sd_hash does not match the presented credential and disclosures"));
    const QJsonValue iatValue = claims->value(QStringLiteral("iat"));
    if (iatValue.isUndefined())
        return fail(tr("the key-binding JWT has no iat"));
    auto iat = NumericDate::read(iatValue, QStringLiteral("iat"));
    if (!iat)
        return fail(tr("the key-binding JWT's iat: %1").arg(iat.error().message));
    if (iat->toSecsSinceEpoch() > options.now().toSecsSinceEpoch() + options.clockSkewSeconds)
        return fail(tr("the key-binding JWT was made in the future"));
    // It signs a hash over the issuer's JWT, so it cannot be older than that JWT: an earlier
    // iat (1970, say) is a lie meant to pass a freshness window somewhere.
    if (auto issued =
            NumericDate::read(issuerClaims.value(QStringLiteral("iat")), QStringLiteral("iat"));
        issued && iat->toSecsSinceEpoch() + options.clockSkewSeconds < issued->toSecsSinceEpoch())
        return fail(tr("the key-binding JWT claims to be made before the credential was issued"));
    const QString nonce = claims->value(QStringLiteral("nonce")).toString();
    const QString audience = claims->value(QStringLiteral("aud")).toString();
    if (nonce.isEmpty() || audience.isEmpty())
        return fail(tr("the key-binding JWT lacks nonce or aud"));
    report.add(
        name, Outcome::Pass,
        tr("presented by the holder key for %1 (nonce %2)").arg(audience.left(80), nonce.left(40)));
}

} // namespace vcdesk
