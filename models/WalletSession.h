#pragma once

#include "core/common/Activity.h"
#include "core/oid4vp/RequestResolver.h"
#include "core/store/WalletHost.h"

#include <QObject>

namespace vcdesk {

class CredentialListModel;
class OfferListModel;
class PresentationFlow;

/// The one object between an open wallet and the window (in the spirit of Bitcoin Core's
/// WalletModel/WalletController): it owns the wallet on a thread of its own (WalletHost, with
/// that thread's database connection), so the GUI thread never waits for the disk or the KDF;
/// it hands out list models that load through it; it says "changed" after every write so every
/// list refreshes, "unlocked"/"locked" as the key comes and goes, and message() for anything a
/// person must read. Pages never touch a store or a QSqlDatabase themselves.
class WalletSession : public QObject
{
    Q_OBJECT
public:
    enum class MessageKind { Information, Warning, Error };
    Q_ENUM(MessageKind)

    explicit WalletSession(QObject *parent = nullptr);
    ~WalletSession() override;

    /// Opens the wallet file (locked). opened() or message(Error) follow.
    ActivityBase *open(const QString &path, Wallet::Access access);
    /// Makes a new wallet at `path` (a file that does not exist yet) with one profile and a
    /// holder key, and keeps it open and unlocked: opened() and unlocked() follow, or
    /// message(Error). The passphrase is wiped.
    ActivityBase *create(const QString &path, QByteArray passphrase,
                         const Wallet::CreateOptions &options = {});
    /// The passphrase is wiped (pass a buffer you alone hold: std::move it). unlocked() or
    /// message() follow ("wallet.wrong_passphrase": the wallet stays locked and nothing
    /// changes). A lock() before it ends wins: the wallet ends locked.
    ActivityBase *unlock(QByteArray passphrase);
    /// Drops the key and the unlocked index at once; locked() follows.
    ActivityBase *lock();

    /// Makes a new wallet at `walletPath` (a file that does not exist yet) from a backup
    /// (core/store/WalletBackup: all or nothing), under `newPassphrase`, and keeps it open and
    /// unlocked: opened() and unlocked() follow, or message(Error) and nothing changes (a wrong
    /// backup passphrase, a damaged file, not a backup, the target exists; the result's code
    /// says which). `kdf`: how the new passphrase is stretched (no salt: calibrated here; tests
    /// make it cheap). Both passphrases are wiped.
    Activity<void> *restore(const QString &backupPath, QByteArray backupPassphrase,
                            const QString &walletPath, QByteArray newPassphrase,
                            const PassphraseKdf::Parameters &kdf = {});

    /// Asks the system keychain to remember (or forget) this wallet's key, on the wallet's
    /// thread (the keychain answers on the GUI thread meanwhile). Remembering needs the wallet
    /// unlocked. On success the wallet is marked remembered (RememberedWallets) and an
    /// information message says so; otherwise message(Warning) in a sentence, nothing else
    /// changes (no keychain service: "keychain.unavailable").
    Activity<bool> *rememberInKeychain(bool remember);
    /// Whether the keychain was asked to remember the open wallet (a setting: no keychain
    /// call).
    bool isRememberedInKeychain() const;
    /// Unlocks with the key the system keychain remembers for this wallet: unlocked() or
    /// message() follow, as for unlock(). A key the keychain no longer holds
    /// ("keychain.not_found") unmarks the wallet. A lock() before it ends wins.
    Activity<bool> *unlockWithKeychain();

    bool isOpen() const { return m_open; }
    bool isUnlocked() const { return m_unlocked; }
    const QString &path() const { return m_path; }

    /// Reads on the wallet's thread; the result arrives with the activity's finished(). The
    /// activity is a child of the session: delete it (deleteLater) once its result is read.
    template<typename T>
    Activity<T> *read(std::function<Result<T>(Wallet &, const ActivityBase::Context &)> work)
    {
        return m_host.withWallet<T>(std::move(work), this);
    }
    /// Writes on the wallet's thread; changed() follows a write that succeeded.
    template<typename T>
    Activity<T> *write(std::function<Result<T>(Wallet &, const ActivityBase::Context &)> work)
    {
        auto *activity = m_host.withWallet<T>(std::move(work), this);
        connect(activity, &ActivityBase::finished, this, [this, activity] {
            if (activity->result())
                emit changed();
        });
        return activity;
    }

    /// The credentials of a profile, loading page by page through this session and reloading
    /// after every change, lock and unlock. Owned by `parent`.
    CredentialListModel *credentialModel(qint64 profileId, QObject *parent);
    /// The profile's offer inbox, loading the same way.
    OfferListModel *offerModel(qint64 profileId, QObject *parent);
    /// A presentation from one of the profile's credentials, run on the wallet's thread. A
    /// lock() or open() in between makes it refuse to send (oid4vp.not_open). Owned by
    /// `parent`.
    PresentationFlow *presentation(qint64 profileId, RequestResolver::Options options,
                                   QObject *parent);

signals:
    void opened();
    void unlocked();
    void locked();
    void changed();
    void message(const QString &title, const QString &text,
                 vcdesk::WalletSession::MessageKind kind);

private:
    /// Reloads `model` after every change, lock, unlock and open.
    template<typename Model> Model *reloading(Model *model);
    void fail(const QString &title, const Error &error);
    /// Drops what the window shows of an unlocked wallet, at once.
    void forgetUnlocked();
    ActivityBase *lockOnWalletThread();
    /// Ends an unlock (passphrase or keychain): unlocked(), or the message, or locked again
    /// when a lock() came in between.
    void finishUnlock(const Result<bool> &result, quint64 lockCount);

    WalletHost m_host;
    quint64 m_lockCount = 0; // every lock (and open): an unlock begun before it is void
    QString m_path;
    bool m_open = false;
    bool m_unlocked = false;
};

} // namespace vcdesk
