#pragma once

#include "core/common/Result.h"
#include "core/store/HostedCredential.h"
#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// The credentials the holder's hosted-wallet accounts hold, by id. The seed's API has no
/// listing, so the wallet remembers the ids it learns: those issued through vcdesk and those
/// the holder gives. Removing an account forgets its ids.
class HostedCredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(HostedCredentialStore)
public:
    explicit HostedCredentialStore(const WalletAccess &access)
        : m_access(access)
    {
    }

    /// Remembers `remoteId` for the account (again: updates the title); returns the record id.
    /// Error "wallet.invalid" for an empty or overlong id, or an account of another kind.
    Result<qint64> remember(qint64 accountId, const QString &remoteId, const QString &title = {});
    /// Newest first.
    Result<QList<HostedCredential>> list(qint64 accountId) const;
    Result<HostedCredential> get(qint64 id) const;
    /// Notes the local copy of a remembered credential.
    Status setCopy(qint64 id, qint64 credentialId);
    Status forget(qint64 id);

    static constexpr qsizetype kMaxIdLength = 200;

private:
    WalletAccess m_access;
};

} // namespace vcdesk
