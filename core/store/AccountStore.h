#pragma once

#include "core/common/Result.h"
#include "core/store/Account.h"

#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace vcdesk {

class RecordSealer;

/// The service accounts of a profile. Base URLs must be https, or http to a loopback host
/// (the local vcdesk-agent); secrets are sealed.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    static const QStringList &kinds();

    explicit AccountStore(const WalletAccess &access)
        : m_access(access)
    {
    }

    /// Validates kind, name and URL; seals the secret (needs the wallet unlocked when there
    /// is one). `account.secret` is wiped.
    Result<Account> add(qint64 profileId, Account &account);
    /// Without secrets.
    Result<QList<Account>> list(qint64 profileId) const;
    /// With the secret (needs the wallet unlocked).
    Result<Account> open(qint64 id) const;
    /// By id or name within the profile.
    Result<Account> find(qint64 profileId, const QString &idOrName) const;
    Status remove(qint64 id);

private:
    WalletAccess m_access;
};

} // namespace vcdesk
