#pragma once

#include "core/common/Result.h"
#include "core/store/Profile.h"

#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace vcdesk {

/// Profiles of one wallet. The first profile created is the default one.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    explicit ProfileStore(const WalletAccess &access)
        : m_access(access)
    {
    }

    /// Error "wallet.profile_exists" for a name in use, "wallet.invalid" for an empty or long one.
    Result<Profile> create(const QString &name);
    Result<QList<Profile>> list() const;
    /// Error "wallet.no_profile" when there is none by that name.
    Result<Profile> byName(const QString &name) const;
    /// The named profile, or the default one when `name` is empty.
    Result<Profile> resolve(const QString &name) const;
    /// Removes a profile and everything in it. The last profile cannot be removed.
    Status remove(qint64 id);

private:
    WalletAccess m_access;
};

} // namespace vcdesk
