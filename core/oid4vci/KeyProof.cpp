#include "core/oid4vci/KeyProof.h"

#include "core/common/Clock.h"
#include "core/crypto/Jwk.h"
#include "core/crypto/KeyType.h"
#include "core/jose/CompactJws.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk {

namespace {

/// "did:jwk" for "did:jwk:eyJ...".
QString didMethodOf(const QString &did)
{
    return did.section(QLatin1Char(':'), 0, 1);
}

} // namespace

Result<KeyProof::KeyReference> KeyProof::referenceFor(const HolderKeyring::Signer &signer,
                                                      const CredentialConfiguration &configuration)
{
    const QString algorithm = keytype::jwsAlgorithm(signer.key.type());
    const auto jwt = configuration.proofTypes().constFind(QStringLiteral("jwt"));
    if (jwt == configuration.proofTypes().constEnd())
        return Error{
            QStringLiteral("vci.proof_type_unsupported"),
            tr("the issuer wants a kind of key proof vcdesk cannot give (%1)")
                .arg(configuration.proofTypes().keys().join(QStringLiteral(", ")).left(80))};
    if (!jwt->signingAlgorithms.contains(algorithm))
        return Error{
            QStringLiteral("vci.proof_alg_unsupported"),
            tr("the issuer does not accept %1 keys (it accepts %2): pick another key")
                .arg(algorithm, jwt->signingAlgorithms.join(QStringLiteral(", ")).left(80))};
    if (jwt->keyAttestationRequired)
        return Error{QStringLiteral("vci.key_attestation_required"),
                     tr("the issuer requires an attestation of the key's storage, which a "
                        "desktop wallet cannot give")};
    const QStringList &methods = configuration.bindingMethods();
    const bool hasDid = !signer.did.isEmpty() && !signer.kid.isEmpty();
    // No method listed (proof types only): the key by its DID URL when it has one.
    if (methods.isEmpty())
        return hasDid ? KeyReference::DidUrl : KeyReference::Jwk;
    if (hasDid &&
        (methods.contains(didMethodOf(signer.did)) || methods.contains(QStringLiteral("did"))))
        return KeyReference::DidUrl;
    if (methods.contains(QStringLiteral("jwk")))
        return KeyReference::Jwk;
    return Error{QStringLiteral("vci.binding_unsupported"),
                 tr("the credential can be bound to %1, and this key is %2: pick another key")
                     .arg(methods.join(QStringLiteral(", ")).left(80),
                          signer.did.isEmpty() ? tr("a bare key") : didMethodOf(signer.did))};
}

Result<QByteArray> KeyProof::sign(const HolderKeyring::Signer &signer,
                                  const CredentialConfiguration &configuration,
                                  const QString &audience, const QString &nonce,
                                  const QString &clientId)
{
    auto reference = referenceFor(signer, configuration);
    if (!reference)
        return reference.error();
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("openid4vci-proof+jwt")}};
    if (reference.value() == KeyReference::DidUrl)
        header.insert(QStringLiteral("kid"), signer.kid);
    else
        header.insert(QStringLiteral("jwk"), Jwk::fromPublicKey(signer.key.publicKey()));
    QJsonObject payload{{QStringLiteral("aud"), audience},
                        {QStringLiteral("iat"), Clock::nowSeconds()}};
    if (!nonce.isEmpty())
        payload.insert(QStringLiteral("nonce"), nonce);
    if (!clientId.isEmpty())
        payload.insert(QStringLiteral("iss"), clientId);
    return CompactJws::sign(header, QJsonDocument(payload).toJson(QJsonDocument::Compact),
                            signer.key);
}

} // namespace vcdesk
