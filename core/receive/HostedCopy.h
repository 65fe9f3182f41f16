#pragma once

#include "core/api/HostedWalletClient.h"
#include "core/common/Result.h"
#include "core/store/Account.h"
#include "core/store/CredentialRecord.h"
#include "core/store/HostedCredential.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/Inspection.h"

#include <QCoreApplication>

namespace vcdesk {

class Wallet;

/// Copying a credential a hosted wallet (seed 003) holds into this wallet, in the three steps
/// the window takes: open() reads what it needs from the wallet (the remembered id, its
/// account with the API key); prepare() checks what the hosted wallet sent as every added
/// credential is checked (network: any thread but the wallet's); store() keeps it, source
/// "hosted", and notes the copy, in one write. The seed has no listing, so the wallet's own
/// record of ids (HostedCredentialStore) is what the person sees.
class HostedCopy
{
    Q_DECLARE_TR_FUNCTIONS(HostedCopy)
public:
    static const QString kSourceKind; // "hosted"

    struct Ticket
    {
        HostedCredential remembered;
        Account account; // opened: carries its API key
    };
    struct Stored
    {
        qint64 credentialId = 0;
        bool already = false; // it was in the wallet before: nothing was added
    };

    /// The hosted-wallet account `accountId` of the profile, opened; "wallet.invalid" for an
    /// account of another kind or profile.
    static Result<Account> openAccount(const Wallet &wallet, qint64 profileId, qint64 accountId);
    static Result<Ticket> open(const Wallet &wallet, qint64 profileId, qint64 hostedId);
    /// What a copy's source says: the account's name and the hosted wallet's id.
    static QString sourceRef(const Account &account, const QString &remoteId);
    /// The credential in `stored` as a wallet record with its verdict; `inspection`, when
    /// given, receives the report.
    static Result<CredentialRecord> prepare(const HostedWalletClient::StoredCredential &stored,
                                            const Ticket &ticket, const InspectOptions &options,
                                            Inspection *inspection = nullptr);
    /// Adds `record` to the profile and notes it as the copy of `hostedId`; a credential
    /// already in the profile is not added twice: the existing one becomes the copy.
    static Result<Stored> store(Wallet &wallet, qint64 profileId, qint64 hostedId,
                                const CredentialRecord &record);
};

} // namespace vcdesk
