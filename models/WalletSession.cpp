#include "models/WalletSession.h"

#include "core/crypto/SecretKey.h"
#include "core/oid4vp/PresentationFlow.h"
#include "models/CredentialListModel.h"
#include "models/OfferListModel.h"

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
        const auto unlockedNow = activity->result();
        if (!unlockedNow)
            return fail(tr("The wallet stays locked"), unlockedNow.error());
        if (lockCount != m_lockCount) {
            // Locked (or another wallet opened) while the key was being derived: the person
            // asked for locked last, so the wallet's thread locks again after this unlock.
            lockOnWalletThread();
            return;
        }
        m_unlocked = true;
        emit unlocked();
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
