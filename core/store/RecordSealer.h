#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretKey.h"

#include <QCoreApplication>

namespace vcdesk {

/// Seals the wallet's secrets (private keys, account secrets, credentials, offer claims)
/// under the wallet key. Each sealed value is bound to its table and record uid as
/// associated data, so a ciphertext copied into another row does not open. Two subkeys are
/// derived from the wallet key (libsodium KDF): one for encryption, one for fingerprints.
class RecordSealer
{
    Q_DECLARE_TR_FUNCTIONS(RecordSealer)
public:
    explicit RecordSealer(const SecretKey &walletKey);

    Result<QByteArray> seal(QLatin1StringView table, const QString &uid,
                            QByteArrayView plaintext) const;
    /// Error "wallet.corrupt" when the value does not open (tampered, moved, wrong key).
    Result<QByteArray> open(QLatin1StringView table, const QString &uid,
                            QByteArrayView sealed) const;
    /// A keyed BLAKE2b-256 of `data`: finds duplicates without revealing the content to
    /// someone who can guess it and holds only the file.
    QByteArray fingerprint(QByteArrayView data) const;
    /// A keyed BLAKE2b-256 for WalletIntegrity (its own subkey).
    QByteArray integrityHash(QByteArrayView data) const;

    const SecretKey &walletKey() const { return m_walletKey; }

private:
    static QByteArray keyedHash(const SecretKey &key, QByteArrayView data);

    SecretKey m_walletKey;
    SecretKey m_encryptionKey;
    SecretKey m_fingerprintKey;
    SecretKey m_integrityKey;
};

} // namespace vcdesk
