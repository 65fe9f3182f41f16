#include "models/WalletSession.h"

#include "core/crypto/SecretKey.h"
#include "core/oid4vp/PresentationFlow.h"
#include "core/store/WalletKeychain.h"
#include "models/CredentialListModel.h"
#include "models/OfferListModel.h"
#include "models/RememberedWallets.h"

#include <utility>

namespace vcdesk {

WalletSession::WalletSession(QObject *parent)
    : QObject(parent)
{
}

WalletSession::~WalletSession()
{
    // Queued and running work stops first (network waits, pauses): the host then only waits
    // for what cannot be interrupted (a KDF) instead of, say, a presentation's network calls.
    for (ActivityBase *activity : findChildren<ActivityBase *>())
        activity->cancel();
}

void WalletSession::forgetUnlocked()
{
    ++m_lockCount;
    if (m_unlocked) {
        m_unlocked = false;
        emit locked();
    }
}

void WalletSession::fail(const QString &title, const Error &error)
{
    emit message(title, tr("%1 [%2]").arg(error.message, error.code), MessageKind::Error);
}

ActivityBase *WalletSession::open(const QString &path, Wallet::Access access)
{
    m_path = path;
    forgetUnlocked(); // whatever was open goes away now, rows and all
    m_open = false;
    auto *activity = m_host.open(path, access, this);
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        activity->deleteLater();
        const Status done = activity->result();
        m_open = done.ok();
        m_unlocked = false;
        if (!done)
            return fail(tr("Cannot open the wallet"), done.error());
        emit opened();
    });
    return activity;
}

ActivityBase *WalletSession::create(const QString &path, QByteArray passphrase,
                                    const Wallet::CreateOptions &options)
{
    m_path = path;
    forgetUnlocked();
    m_open = false;
    const quint64 lockCount = m_lockCount;
    auto *activity = m_host.create(path, std::move(passphrase), options, this);
    connect(activity, &ActivityBase::finished, this, [this, activity, lockCount] {
        activity->deleteLater();
        const Status done = activity->result();
        if (!done)
            return fail(tr("Cannot create the wallet"), done.error());
        m_open = true;
        emit opened();
        if (lockCount != m_lockCount) {
            lockOnWalletThread(); // locked while it was being made
            return;
        }
        m_unlocked = true;
        emit unlocked();
    });
    return activity;
}

ActivityBase *WalletSession::unlock(QByteArray passphrase)
{
    // Wiped however the work ends.
    auto secret = sharedSecret(std::move(passphrase));
    const quint64 lockCount = m_lockCount;
    auto *activity = read<bool>([secret](Wallet &wallet, const ActivityBase::Context &context) {
        context.report(tr("Opening your credentials"));
        if (auto done = wallet.unlock(*secret); !done)
            return Result<bool>(done.error());
        return Result<bool>(true);
    });
    connect(activity, &ActivityBase::finished, this, [this, activity, lockCount] {
        activity->deleteLater();
        finishUnlock(activity->result(), lockCount);
    });
    return activity;
}

void WalletSession::finishUnlock(const Result<bool> &result, quint64 lockCount)
{
    if (!result)
        return fail(tr("The wallet stays locked"), result.error());
    if (lockCount != m_lockCount) {
        // Locked (or another wallet opened) while the key was being derived: the person
        // asked for locked last, so the wallet's thread locks again after this unlock.
        lockOnWalletThread();
        return;
    }
    m_unlocked = true;
    emit unlocked();
}

Activity<void> *WalletSession::restore(const QString &backupPath, QByteArray backupPassphrase,
                                       const QString &walletPath, QByteArray newPassphrase,
                                       const PassphraseKdf::Parameters &kdf)
{
    m_path = walletPath;
    forgetUnlocked();
    m_open = false;
    const quint64 lockCount = m_lockCount;
    auto *activity = m_host.restore(backupPath, std::move(backupPassphrase), walletPath,
                                    std::move(newPassphrase), kdf, this);
    connect(activity, &ActivityBase::finished, this, [this, activity, lockCount] {
        activity->deleteLater();
        const Status done = activity->result();
        if (!done)
            return fail(tr("Cannot restore the wallet"), done.error());
        m_open = true;
        emit opened();
        if (lockCount != m_lockCount) {
            lockOnWalletThread(); // locked while it was being restored
            return;
        }
        m_unlocked = true;
        emit unlocked();
    });
    return activity;
}

Activity<bool> *WalletSession::rememberInKeychain(bool remember)
{
    auto *activity = read<bool>([remember](Wallet &wallet, const ActivityBase::Context &context) {
        auto uid = wallet.uid();
        if (!uid)
            return Result<bool>(uid.error());
        if (!remember) {
            context.report(tr("Asking the system keychain to forget the wallet"));
            const Status forgotten = WalletKeychain::forget(uid.value());
            if (!forgotten && forgotten.error().code != QLatin1String("keychain.not_found"))
                return Result<bool>(forgotten.error());
            return Result<bool>(true);
        }
        if (!wallet.isUnlocked())
            return Result<bool>(Error{QStringLiteral("wallet.locked"), tr("the wallet is locked")});
        context.report(tr("Asking the system keychain to remember the wallet"));
        if (auto done = WalletKeychain::remember(uid.value(), wallet.walletKey()); !done)
            return Result<bool>(done.error());
        return Result<bool>(true);
    });
    const QString path = m_path;
    connect(activity, &ActivityBase::finished, this, [this, activity, remember, path] {
        activity->deleteLater();
        const auto done = activity->result();
        if (!done) {
            // The one place that says it (the settings page only puts its box back): one
            // sentence, "title: reason; what now".
            emit message(remember ? tr("The system keychain cannot remember this wallet")
                                  : tr("The system keychain could not forget this wallet"),
                         remember ? tr("%1 [%2]; unlock it with your passphrase as before.")
                                        .arg(done.error().message, done.error().code)
                                  : tr("%1 [%2]; it may still hold the wallet's key.")
                                        .arg(done.error().message, done.error().code),
                         MessageKind::Warning);
            return;
        }
        RememberedWallets::set(path, remember);
        emit message(remember ? tr("The system keychain remembers this wallet")
                              : tr("The system keychain forgot this wallet"),
                     remember ? tr("You can unlock it with the system keychain instead of the "
                                   "passphrase. Keep the passphrase anyway: backups and other "
                                   "computers need it.")
                              : tr("Unlock it with your passphrase from now on."),
                     MessageKind::Information);
    });
    return activity;
}

bool WalletSession::isRememberedInKeychain() const
{
    return RememberedWallets::contains(m_path);
}

Activity<bool> *WalletSession::unlockWithKeychain()
{
    const quint64 lockCount = m_lockCount;
    auto *activity = read<bool>([](Wallet &wallet, const ActivityBase::Context &context) {
        context.report(tr("Asking the system keychain"));
        auto uid = wallet.uid();
        if (!uid)
            return Result<bool>(uid.error());
        auto key = WalletKeychain::recall(uid.value());
        if (!key)
            return Result<bool>(key.error());
        context.report(tr("Opening your credentials"));
        if (auto done = wallet.unlockWithKey(key.value()); !done)
            return Result<bool>(done.error());
        return Result<bool>(true);
    });
    const QString path = m_path;
    connect(activity, &ActivityBase::finished, this, [this, activity, lockCount, path] {
        activity->deleteLater();
        const auto done = activity->result();
        if (!done && done.error().code == QLatin1String("keychain.not_found"))
            RememberedWallets::set(path, false); // nothing left to offer
        finishUnlock(done, lockCount);
    });
    return activity;
}

ActivityBase *WalletSession::lockOnWalletThread()
{
    auto *activity = read<bool>([](Wallet &wallet, const ActivityBase::Context &) {
        wallet.lock();
        return Result<bool>(true);
    });
    connect(activity, &ActivityBase::finished, activity, &QObject::deleteLater);
    return activity;
}

ActivityBase *WalletSession::lock()
{
    // Locked for the window at once: nothing may show what the key opened any more.
    ++m_lockCount;
    m_unlocked = false;
    ActivityBase *activity = lockOnWalletThread();
    emit locked();
    return activity;
}

template<typename Model> Model *WalletSession::reloading(Model *model)
{
    for (auto signal : {&WalletSession::changed, &WalletSession::unlocked, &WalletSession::locked,
                        &WalletSession::opened})
        connect(this, signal, model, &Model::reload);
    return model;
}

CredentialListModel *WalletSession::credentialModel(qint64 profileId, QObject *parent)
{
    return reloading(new CredentialListModel(*this, profileId, parent));
}

OfferListModel *WalletSession::offerModel(qint64 profileId, QObject *parent)
{
    return reloading(new OfferListModel(*this, profileId, parent));
}

PresentationFlow *WalletSession::presentation(qint64 profileId, RequestResolver::Options options,
                                              QObject *parent)
{
    return new PresentationFlow(m_host, profileId, std::move(options), parent);
}

} // namespace vcdesk
