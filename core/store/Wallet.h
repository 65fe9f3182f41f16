#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/crypto/SecretKey.h"
#include "core/store/AccountStore.h"
#include "core/store/CredentialSearch.h"
#include "core/store/CredentialStore.h"
#include "core/store/HostedCredentialStore.h"
#include "core/store/KeyStore.h"
#include "core/store/OfferStore.h"
#include "core/store/PresentationHistory.h"
#include "core/store/ProfileStore.h"
#include "core/store/VerificationLog.h"
#include "core/store/WalletAccess.h"
#include "core/store/WalletDatabase.h"

#include <QCoreApplication>

#include <memory>

namespace vcdesk {

class RecordSealer;
class WalletIndex;

/// One wallet file: open (read-only or as the one writer), unlock with the passphrase, and
/// reach its stores. Locked, it reveals nothing but its format, KDF parameters and row counts:
/// every record is sealed (WalletSchema). unlock() opens them into an in-memory index that
/// every store and list queries; lock() drops it. Used from one thread.
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
    /// Where a person's wallet lives unless they say otherwise (the app's data folder).
    static QString defaultPath();
    ~Wallet();

    /// Error "wallet.wrong_passphrase": nothing changes. A damaged or tampered record is
    /// "wallet.corrupt" (the wallet stays locked). A schema-1 wallet opened for writing is
    /// sealed first (SealingMigration). The passphrase is wiped.
    Status unlock(QByteArray &passphrase);
    /// Unlocks with the wallet key itself (from the OS keychain): accepted only when it opens
    /// the wallet's keys. Error "wallet.wrong_key" otherwise.
    Status unlockWithKey(const SecretKey &walletKey);
    /// The wallet key, while unlocked (for the keychain); null otherwise.
    SecretKey walletKey() const;
    /// A random id fixed at creation (kept by backups), naming the wallet in the keychain.
    Result<QString> uid() const;
    void lock();
    bool isUnlocked() const { return bool(m_sealer) && bool(m_index); }
    /// Rewraps the wallet key only. Both passphrases are wiped.
    Status changePassphrase(QByteArray &current, QByteArray &next,
                            const PassphraseKdf::Parameters &parameters);

    const QString &path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    /// The file (sealed records only).
    const QSqlDatabase &database() const { return m_database->connection(); }
    /// The unlocked records, for list models; not open while locked.
    QSqlDatabase index() const;
    /// Null while locked.
    const RecordSealer *sealer() const { return m_sealer.get(); }
    WalletAccess access() const;

    ProfileStore profiles() const { return ProfileStore(access()); }
    KeyStore keys() const { return KeyStore(access()); }
    CredentialStore credentials() const { return CredentialStore(access()); }
    CredentialSearch search() const { return CredentialSearch(index()); }
    AccountStore accounts() const { return AccountStore(access()); }
    OfferStore offers() const { return OfferStore(access()); }
    VerificationLog log() const { return VerificationLog(access()); }
    PresentationHistory presentations() const { return PresentationHistory(access()); }
    HostedCredentialStore hosted() const { return HostedCredentialStore(access()); }

    /// Rewrites the file without free pages (after large deletions).
    Status vacuum();

private:
    explicit Wallet(std::unique_ptr<WalletDatabase> database);
    /// Opens the records with `walletKey` (sealing a schema-1 wallet first).
    Status openRecords(const SecretKey &walletKey);

    std::unique_ptr<WalletDatabase> m_database;
    std::unique_ptr<RecordSealer> m_sealer;
    std::unique_ptr<WalletIndex> m_index;
};

} // namespace vcdesk
