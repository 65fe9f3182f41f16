#pragma once

#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vcdesk {

class KeyStore;

/// The holder keys a presentation may be signed with, opened for the length of one answer.
/// Picks the key a credential is bound to: the DID of its subject (JWT-VC), or its cnf (jwk
/// thumbprint or kid, SD-JWT VC); the profile's default key signs the SIOPv2 id_token.
class HolderKeyring
{
    Q_DECLARE_TR_FUNCTIONS(HolderKeyring)
public:
    struct Signer
    {
        PrivateKey key;
        QString did;
        QString kid;
    };

    /// Every key of the profile, default first; needs the wallet unlocked.
    static Result<HolderKeyring> load(const KeyStore &keys, qint64 profileId);

    void add(Signer signer) { m_signers.append(std::move(signer)); }
    bool isEmpty() const { return m_signers.isEmpty(); }
    const Signer *defaultSigner() const
    {
        return m_signers.isEmpty() ? nullptr : &m_signers.first();
    }
    const Signer *forDid(const QString &did) const;
    const Signer *forConfirmation(const QJsonObject &cnf) const;

private:
    QList<Signer> m_signers;
};

} // namespace vcdesk
