#pragma once

#include "core/common/Result.h"
#include "core/store/CredentialRecord.h"
#include "core/verify/Inspection.h"

#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace vcdesk {

class RecordSealer;

/// Credentials of the wallet: added one at a time (one transaction each) or in bulk (one
/// transaction for all), read back, tagged, re-verified, removed. The original form is
/// sealed; duplicates (same original form in the same profile) are found by fingerprint.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
public:
    struct BulkResult
    {
        QList<qint64> added;
        QList<qint64> duplicates; // ids already in the wallet, one per skipped input
    };

    static constexpr qsizetype kMaxRawBytes = 1024 * 1024;
    static constexpr qsizetype kMaxTags = 32;

    explicit CredentialStore(const WalletAccess &access)
        : m_access(access)
    {
    }

    /// Error "wallet.duplicate" (with the existing id in the message) for a credential that is
    /// already in the profile.
    Result<qint64> add(qint64 profileId, const CredentialRecord &record);
    /// All or nothing: one transaction; duplicates are skipped and reported.
    Result<BulkResult> addMany(qint64 profileId, const QList<CredentialRecord> &records);
    /// The listing fields (no original form).
    Result<CredentialRecord> get(qint64 id) const;
    /// The listing fields and the original form (needs the wallet unlocked).
    Result<CredentialRecord> open(qint64 id) const;
    Result<qint64> findDuplicate(qint64 profileId, QByteArrayView raw) const;
    Status setTags(qint64 id, const QStringList &tags);
    /// A verdict found later (re-checked), and what a status list said (revoked, suspended).
    Status recordVerdict(qint64 id, Verdict verdict, const QDateTime &at,
                         Revocation revocation = Revocation::None);
    /// What checking the credential again found: its verdict, whether it is revoked or
    /// suspended, and the claims its card shows (filled in for credentials stored before cards
    /// showed claims).
    Status recordCheck(qint64 id, const Inspection &inspection, const QDateTime &at);
    Status remove(qint64 id);

    static QString searchTextOf(const CredentialRecord &record);

private:
    WalletAccess m_access;
};

} // namespace vcdesk
