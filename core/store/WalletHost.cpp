#include "core/store/WalletHost.h"

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
