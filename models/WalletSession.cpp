#include "models/WalletSession.h"

#include "models/CredentialListModel.h"

namespace vcdesk {

WalletSession::WalletSession(QObject *parent)
    : QObject(parent)
{
}

WalletSession::~WalletSession() = default;

void WalletSession::fail(const QString &title, const Error &error)
{
    emit message(title, tr("%1 [%2]").arg(error.message, error.code), MessageKind::Error);
}

ActivityBase *WalletSession::open(const QString &path, Wallet::Access access)
{
    m_path = path;
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

ActivityBase *WalletSession::unlock(QByteArray passphrase)
{
    // Wiped however the work ends.
    std::shared_ptr<QByteArray> secret(new QByteArray(std::move(passphrase)), [](QByteArray *p) {
        p->fill('\0');
        delete p;
    });
    auto *activity = read<bool>([secret](Wallet &wallet, const ActivityBase::Context &context) {
        context.report(tr("Opening your credentials"));
        if (auto done = wallet.unlock(*secret); !done)
            return Result<bool>(done.error());
        return Result<bool>(true);
    });
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        activity->deleteLater();
        const auto unlockedNow = activity->result();
        if (!unlockedNow)
            return fail(tr("The wallet stays locked"), unlockedNow.error());
        m_unlocked = true;
        emit unlocked();
    });
    return activity;
}

ActivityBase *WalletSession::lock()
{
    auto *activity = read<bool>([](Wallet &wallet, const ActivityBase::Context &) {
        wallet.lock();
        return Result<bool>(true);
    });
    // Locked for the window at once: nothing may show what the key opened any more.
    m_unlocked = false;
    emit locked();
    connect(activity, &ActivityBase::finished, activity, &QObject::deleteLater);
    return activity;
}

CredentialListModel *WalletSession::credentialModel(qint64 profileId, QObject *parent)
{
    auto *model = new CredentialListModel(*this, profileId, parent);
    for (auto signal : {&WalletSession::changed, &WalletSession::unlocked, &WalletSession::locked})
        connect(this, signal, model, &CredentialListModel::reload);
    return model;
}

} // namespace vcdesk
