#pragma once

#include "core/common/Result.h"
#include "core/store/LogEntry.h"

#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace vcdesk {

class RecordSealer;

/// The kiosk's log, kept for a retention period (30 days unless set): entries older than it
/// are removed whenever one is appended, and by prune().
class VerificationLog
{
    Q_DECLARE_TR_FUNCTIONS(VerificationLog)
public:
    static constexpr int kDefaultRetentionDays = 30;
    static const QStringList &outcomes();

    explicit VerificationLog(const WalletAccess &access)
        : m_access(access)
    {
    }

    /// Details, if any, need the wallet unlocked (they are sealed).
    Result<qint64> append(qint64 profileId, const LogEntry &entry);
    /// Newest first, `limit` rows after the cursor (at, id) of the previous page.
    Result<QList<LogEntry>> page(qint64 profileId, int limit,
                                 std::optional<std::pair<qint64, qint64>> after = {},
                                 const QString &outcome = {}) const;
    Result<qint64> count(qint64 profileId, const QString &outcome = {}) const;
    Result<LogEntry> open(qint64 id) const;
    Result<int> retentionDays() const;
    /// 1 to 3650 days.
    Status setRetentionDays(int days);
    /// Removes what is older than the retention period; returns how many entries went.
    Result<qint64> prune();

private:
    WalletAccess m_access;
};

} // namespace vcdesk
