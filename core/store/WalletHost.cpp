#include "core/store/WalletHost.h"

#include "core/crypto/SecretKey.h"
#include "core/store/WalletBackup.h"

#include <QScopeGuard>

namespace vcdesk {

WalletHost::WalletHost()
    : m_slot(std::make_shared<Slot>())
{
    m_pool.setObjectName(QStringLiteral("vcdesk wallet"));
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread for the wallet's whole life: its connection's
}

WalletHost::~WalletHost()
{
    // The wallet (and its connection) must die on the thread that made it.
    m_pool.start([slot = m_slot] { slot->wallet.reset(); });
    m_pool.waitForDone();
}

Error WalletHost::notOpen()
{
    return Error{QStringLiteral("wallet.not_open"), tr("no wallet is open")};
}

Activity<void> *WalletHost::open(const QString &path, Wallet::Access access, QObject *parent)
{
    auto *activity = new Activity<void>(parent);
    activity->start(
        [slot = m_slot, path, access](const ActivityBase::Context &) -> Status {
            slot->wallet.reset();
            ++slot->opening;
            auto opened = Wallet::open(path, access);
            if (!opened)
                return opened.error();
            slot->wallet = std::move(opened).value();
            return {};
        },
        &m_pool);
    return activity;
}

Activity<void> *WalletHost::create(const QString &path, QByteArray passphrase,
                                   const Wallet::CreateOptions &options, QObject *parent)
{
    auto *activity = new Activity<void>(parent);
    // Wiped however the work ends, even if cancelled before it ran.
    auto secret = sharedSecret(std::move(passphrase));
    activity->start(
        [slot = m_slot, path, secret, options](const ActivityBase::Context &) -> Status {
            slot->wallet.reset();
            ++slot->opening;
            auto created = Wallet::create(path, *secret, options);
            if (!created)
                return created.error();
            slot->wallet = std::move(created).value();
            return {};
        },
        &m_pool);
    return activity;
}

Activity<void> *WalletHost::restore(const QString &backupPath, QByteArray backupPassphrase,
                                    const QString &walletPath, QByteArray walletPassphrase,
                                    const PassphraseKdf::Parameters &walletKdf, QObject *parent)
{
    auto *activity = new Activity<void>(parent);
    // Wiped however the work ends, even if cancelled before it ran.
    auto backupSecret = sharedSecret(std::move(backupPassphrase));
    auto walletSecret = sharedSecret(std::move(walletPassphrase));
    activity->start(
        [slot = m_slot, backupPath, backupSecret, walletPath, walletSecret,
         walletKdf](const ActivityBase::Context &context) -> Status {
            slot->wallet.reset();
            ++slot->opening;
            // A copy of its own to unlock with afterwards (restore() wipes the one it is given).
            QByteArray unlockWith(walletSecret->constData(), walletSecret->size());
            const auto wipeCopy = qScopeGuard([&unlockWith] { wipe(unlockWith); });
            context.report(tr("Restoring the backup"));
            const PassphraseKdf::Parameters kdf =
                walletKdf.salt.isEmpty() ? PassphraseKdf::calibrate() : walletKdf;
            if (auto restored = WalletBackup::restore(backupPath, *backupSecret, walletPath,
                                                      *walletSecret, kdf);
                !restored)
                return restored;
            context.report(tr("Opening the restored wallet"));
            auto opened = Wallet::open(walletPath, Wallet::Access::ReadWrite);
            if (!opened)
                return opened.error();
            if (auto unlocked = opened.value()->unlock(unlockWith); !unlocked)
                return unlocked;
            slot->wallet = std::move(opened).value();
            return {};
        },
        &m_pool);
    return activity;
}

Activity<void> *WalletHost::close(QObject *parent)
{
    auto *activity = new Activity<void>(parent);
    activity->start(
        [slot = m_slot](const ActivityBase::Context &) -> Status {
            slot->wallet.reset();
            ++slot->opening;
            return {};
        },
        &m_pool);
    return activity;
}

} // namespace vcdesk
