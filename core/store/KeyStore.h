#pragma once

#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"
#include "core/store/HolderKey.h"

#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace vcdesk {

class RecordSealer;

/// The holder keys of a profile and the DIDs made from them (did:key or did:jwk). One key
/// per profile is the default; private keys are sealed and open only while unlocked.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
public:
    enum class DidMethod { Key, Jwk };

    explicit KeyStore(const WalletAccess &access)
        : m_access(access)
    {
    }

    /// A fresh key; the profile's first key becomes its default.
    Result<HolderKey> generate(qint64 profileId, KeyType type, DidMethod method);
    /// Stores an existing private key (restores, migrations from other wallets).
    Result<HolderKey> add(qint64 profileId, const PrivateKey &key, DidMethod method);
    Result<QList<HolderKey>> list(qint64 profileId) const;
    Result<HolderKey> get(qint64 keyId) const;
    /// Error "wallet.no_key" when the profile has none.
    Result<HolderKey> defaultKey(qint64 profileId) const;
    Status setDefault(qint64 keyId);
    /// Needs the wallet unlocked ("wallet.locked" otherwise).
    Result<PrivateKey> privateKey(qint64 keyId) const;
    Status remove(qint64 keyId);

    static QString didFor(const PublicKey &key, DidMethod method);
    static QString kidFor(const PublicKey &key, DidMethod method);

private:
    WalletAccess m_access;
};

} // namespace vcdesk
