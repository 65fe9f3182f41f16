#pragma once

#include "core/common/Activity.h"
#include "core/store/Wallet.h"

#include <QThreadPool>

#include <memory>

namespace vcdesk {

/// Owns one open Wallet on a thread of its own, where everything that touches it runs: a Qt
/// Sql connection belongs to the thread that made it, and the thread a person waits on (the
/// GUI's) must never wait for the disk or the KDF. The thread is a one-thread pool whose
/// thread never expires, so work queues up in order and always finds the same connection.
///
/// Every call returns an Activity (owned by `parent`) at once. Work given to withWallet()
/// receives the wallet on the wallet's thread and must not keep a reference to it.
class WalletHost
{
    Q_DECLARE_TR_FUNCTIONS(WalletHost)
public:
    WalletHost();
    /// Closes the wallet on its thread and waits for queued work to end.
    ~WalletHost();
    WalletHost(const WalletHost &) = delete;
    WalletHost &operator=(const WalletHost &) = delete;

    /// Opens `path` (closing any wallet open before).
    Activity<void> *open(const QString &path, Wallet::Access access, QObject *parent);
    /// Creates a wallet at `path` and keeps it open, unlocked. The passphrase is wiped.
    Activity<void> *create(const QString &path, QByteArray passphrase,
                           const Wallet::CreateOptions &options, QObject *parent);
    /// Restores the backup into `walletPath` (a file that does not exist yet; WalletBackup),
    /// then keeps the restored wallet open and unlocked with `walletPassphrase`. A `walletKdf`
    /// without a salt is calibrated for this machine. Both passphrases are wiped.
    Activity<void> *restore(const QString &backupPath, QByteArray backupPassphrase,
                            const QString &walletPath, QByteArray walletPassphrase,
                            const PassphraseKdf::Parameters &walletKdf, QObject *parent);
    Activity<void> *close(QObject *parent);

    /// Runs `work` with the open wallet; "wallet.not_open" when there is none.
    template<typename T>
    Activity<T> *withWallet(std::function<Result<T>(Wallet &, const ActivityBase::Context &)> work,
                            QObject *parent)
    {
        return withOpened<T>(
            [work = std::move(work)](Wallet &wallet, quint64, const ActivityBase::Context &c) {
                return work(wallet, c);
            },
            parent);
    }
    /// The same, with the number of the opening the wallet belongs to: it changes with every
    /// open(), create() and close(), so work that spans several activities (a presentation)
    /// can tell that the wallet it started with is still the one open.
    template<typename T>
    Activity<T> *
    withOpened(std::function<Result<T>(Wallet &, quint64, const ActivityBase::Context &)> work,
               QObject *parent)
    {
        auto *activity = new Activity<T>(parent);
        activity->start(
            [slot = m_slot, work = std::move(work)](const ActivityBase::Context &context) {
                if (!slot->wallet)
                    return Result<T>(notOpen());
                return work(*slot->wallet, slot->opening, context);
            },
            &m_pool);
        return activity;
    }

    QThreadPool *pool() { return &m_pool; }
    static Error notOpen();

private:
    struct Slot
    {
        std::unique_ptr<Wallet> wallet;
        quint64 opening = 0;
    };
    // Shared with queued work, which may outlive a call; touched only on the wallet's thread.
    std::shared_ptr<Slot> m_slot;
    QThreadPool m_pool;
};

} // namespace vcdesk
