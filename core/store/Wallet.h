#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/crypto/SecretKey.h"
#include "core/store/AccountStore.h"
#include "core/store/CredentialSearch.h"
#include "core/store/CredentialStore.h"
#include "core/store/KeyStore.h"
#include "core/store/OfferStore.h"
#include "core/store/ProfileStore.h"
#include "core/store/VerificationLog.h"
#include "core/store/WalletDatabase.h"

#include <QCoreApplication>

#include <memory>

namespace vcdesk {

class RecordSealer;

/// One wallet file: open (read-only or as the one writer), unlock with the passphrase, and
/// reach its stores. Listing works while locked; anything that needs a secret (keys, account
/// secrets, credential contents, offer claims) needs unlock(). Used from one thread.
class Wallet
{
    Q_DECLARE_TR_FUNCTIONS(Wallet)
public:
    using Access = WalletDatabase::Access;

    struct CreateOptions
    {
        /// Left without a salt, create() calibrates for this machine (about half a second).
        PassphraseKdf::Parameters kdf;
        QString profileName = QStringLiteral("Personal");
        KeyType keyType = KeyType::P256;
        KeyStore::DidMethod didMethod = KeyStore::DidMethod::Key;
    };

    /// A new wallet with one profile and one default key, unlocked. The passphrase is wiped.
    static Result<std::unique_ptr<Wallet>> create(const QString &path, QByteArray &passphrase,
                                                  const CreateOptions &options);
    static Result<std::unique_ptr<Wallet>> open(const QString &path, Access access);
    ~Wallet();

    /// Error "wallet.wrong_passphrase": nothing changes. The passphrase is wiped.
    Status unlock(QByteArray &passphrase);
    /// Unlocks with the wallet key itself (from the OS keychain): accepted only when it opens
    /// the wallet's keys. Error "wallet.wrong_key" otherwise.
    Status unlockWithKey(const SecretKey &walletKey);
    /// The wallet key, while unlocked (for the keychain); null otherwise.
    SecretKey walletKey() const;
    /// A random id fixed at creation (kept by backups), naming the wallet in the keychain.
    Result<QString> uid() const;
    void lock();
    bool isUnlocked() const { return bool(m_sealer); }
    /// Rewraps the wallet key only. Both passphrases are wiped.
    Status changePassphrase(QByteArray &current, QByteArray &next,
                            const PassphraseKdf::Parameters &parameters);

    const QString &path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    const QSqlDatabase &database() const { return m_database->connection(); }
    /// Null while locked.
    const RecordSealer *sealer() const { return m_sealer.get(); }

    ProfileStore profiles() const { return ProfileStore(database()); }
    KeyStore keys() const { return KeyStore(database(), sealer()); }
    CredentialStore credentials() const { return CredentialStore(database(), sealer()); }
    CredentialSearch search() const { return CredentialSearch(database()); }
    AccountStore accounts() const { return AccountStore(database(), sealer()); }
    OfferStore offers() const { return OfferStore(database(), sealer()); }
    VerificationLog log() const { return VerificationLog(database(), sealer()); }

    /// Rewrites the file without free pages (after large deletions).
    Status vacuum();

private:
    explicit Wallet(std::unique_ptr<WalletDatabase> database);
    std::unique_ptr<WalletDatabase> m_database;
    std::unique_ptr<RecordSealer> m_sealer;
};

} // namespace vcdesk
