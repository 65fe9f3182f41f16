#pragma once

#include "core/common/Result.h"
#include "core/store/PresentationRecord.h"
#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <utility>

namespace vcdesk {

/// The holder's presentation history: every answer sent to a verifier (shared, declined,
/// refused, failed), newest first. Kept until the holder clears it; sealed like every record.
class PresentationHistory
{
    Q_DECLARE_TR_FUNCTIONS(PresentationHistory)
public:
    /// Longer text is cut, never refused: a record of what happened must not be lost to a
    /// verifier's long name.
    static constexpr qsizetype kMaxText = 2000;
    static constexpr qsizetype kMaxDisclosedBytes = 64 * 1024;

    explicit PresentationHistory(const WalletAccess &access)
        : m_access(access)
    {
    }

    Result<qint64> append(qint64 profileId, const PresentationRecord &record);
    /// Newest first, `limit` rows after the cursor (at, id) of the previous page.
    Result<QList<PresentationRecord>>
    page(qint64 profileId, int limit, std::optional<std::pair<qint64, qint64>> after = {}) const;
    Result<qint64> count(qint64 profileId) const;
    Result<PresentationRecord> get(qint64 id) const;
    /// Removes every record of the profile; returns how many went.
    Result<qint64> clear(qint64 profileId);

private:
    WalletAccess m_access;
};

} // namespace vcdesk
