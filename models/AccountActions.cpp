#include "models/AccountActions.h"

#include "core/common/Activity.h"
#include "core/receive/AccountCheck.h"
#include "core/store/Wallet.h"
#include "models/WalletSession.h"

namespace vcdesk {

AccountActions::AccountActions(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
{
}

void AccountActions::add(Account account)
{
    auto *writing = m_session.write<Account>(
        [account, profileId = m_profileId](Wallet &wallet, const ActivityBase::Context &) mutable {
            auto added = wallet.accounts().add(profileId, account);
            account.secret.fill('\0');
            return added;
        });
    account.secret.fill('\0');
    connect(writing, &ActivityBase::finished, this, [this, writing] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(writing->result().error().message);
        emit added(writing->result()->name);
    });
}

void AccountActions::remove(qint64 accountId)
{
    auto *writing = m_session.write<int>(
        [accountId](Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
            if (auto done = wallet.accounts().remove(accountId); !done)
                return done.error();
            return 1;
        });
    connect(writing, &ActivityBase::finished, this, [this, writing] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(writing->result().error().message);
        emit removed();
    });
}

void AccountActions::check(qint64 accountId)
{
    auto *reading =
        m_session.read<Account>([accountId](Wallet &wallet, const ActivityBase::Context &) {
            return wallet.accounts().open(accountId);
        });
    connect(reading, &ActivityBase::finished, this, [this, reading, accountId] {
        reading->deleteLater();
        if (!reading->result())
            return emit checked(accountId, false, reading->result().error().message);
        auto *checking = new Activity<QString>(this);
        checking->start([account = reading->result().value(),
                         policy = m_policy](const ActivityBase::Context &) {
            return AccountCheck::run(account, policy);
        });
        emit working(checking, tr("Testing the connection…"));
        connect(checking, &ActivityBase::finished, this, [this, checking, accountId] {
            checking->deleteLater();
            if (!checking->result())
                return emit checked(accountId, false, checking->result().error().message);
            emit checked(accountId, true, checking->result().value());
        });
    });
}

} // namespace vcdesk
