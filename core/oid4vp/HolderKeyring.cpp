#include "core/oid4vp/HolderKeyring.h"

#include "core/crypto/Jwk.h"
#include "core/did/DidUrl.h"
#include "core/store/KeyStore.h"

namespace vcdesk {

Result<HolderKeyring> HolderKeyring::load(const KeyStore &keys, qint64 profileId)
{
    auto listed = keys.list(profileId);
    if (!listed)
        return listed.error();
    std::stable_sort(
        listed.value().begin(), listed.value().end(),
        [](const HolderKey &a, const HolderKey &b) { return a.isDefault && !b.isDefault; });
    HolderKeyring ring;
    for (const HolderKey &key : std::as_const(listed.value())) {
        auto secret = keys.privateKey(key.id);
        if (!secret)
            return secret.error();
        ring.add(Signer{secret.value(), key.did, key.kid});
    }
    if (ring.isEmpty())
        return Error{QStringLiteral("wallet.no_key"),
                     tr("the profile has no holder key to sign a presentation with")};
    return ring;
}

const HolderKeyring::Signer *HolderKeyring::forDid(const QString &did) const
{
    const QString wanted = DidUrl::didOf(did);
    for (const Signer &signer : m_signers)
        if (!wanted.isEmpty() && signer.did == wanted)
            return &signer;
    return nullptr;
}

const HolderKeyring::Signer *HolderKeyring::forConfirmation(const QJsonObject &cnf) const
{
    if (cnf.value(QStringLiteral("jwk")).isObject()) {
        auto wanted = Jwk::thumbprint(cnf.value(QStringLiteral("jwk")).toObject());
        for (const Signer &signer : m_signers)
            if (wanted && Jwk::thumbprint(signer.key.publicKey()) == wanted.value())
                return &signer;
        return nullptr;
    }
    const QString kid = cnf.value(QStringLiteral("kid")).toString();
    for (const Signer &signer : m_signers)
        if (!kid.isEmpty() && (signer.kid == kid || signer.did == kid))
            return &signer;
    return nullptr;
}

} // namespace vcdesk
