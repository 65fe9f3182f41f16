#pragma once

#include "core/common/Result.h"
#include "core/store/StoredOffer.h"

#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace vcdesk {

class RecordSealer;

/// Offers per account and agent record id. Recording an offer again updates it; each change of
/// state is kept in its history with the time it was seen.
class OfferStore
{
    Q_DECLARE_TR_FUNCTIONS(OfferStore)
public:
    struct StateChange
    {
        QString state;
        qint64 at = 0;
    };

    explicit OfferStore(const WalletAccess &access)
        : m_access(access)
    {
    }

    /// Insert or update by (account, record id); needs the wallet unlocked (claims are sealed).
    Result<StoredOffer> record(qint64 profileId, const StoredOffer &offer);
    /// Newest first, `limit` rows after the cursor (updatedAt, id) of the previous page.
    Result<QList<StoredOffer>> page(qint64 profileId, int limit,
                                    std::optional<std::pair<qint64, qint64>> after = {},
                                    const QString &state = {}) const;
    Result<qint64> count(qint64 profileId, const QString &state = {}) const;
    /// The offer an account's record id names, without its claims; nullopt when none is kept.
    Result<std::optional<StoredOffer>> find(qint64 accountId, const QString &recordId) const;
    /// With the claims (needs the wallet unlocked).
    Result<StoredOffer> open(qint64 id) const;
    Result<QList<StateChange>> history(qint64 id) const;
    Status linkCredential(qint64 offerId, qint64 credentialId);
    Status remove(qint64 id);

private:
    WalletAccess m_access;
};

} // namespace vcdesk
