#pragma once

#include "core/common/Result.h"
#include "core/store/SqlTransaction.h"
#include "core/store/WalletAccess.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace vcdesk {

/// One user action on an unlocked wallet: a transaction on the index (where the store's SQL
/// runs) and one on the file. At the outermost commit, every record the action changed
/// (noted by the index's triggers, cascades included) is sealed and written to the file, or
/// deleted from it, together with the secrets put here; then the file commits (the durable
/// point, synchronous=FULL), then the index. Anything that fails before rolls both back, so
/// the file and what the person sees never disagree. Nested transactions are savepoints.
class WalletTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WalletTransaction)
public:
    /// "wallet.locked" or "wallet.read_only" when the wallet cannot be written.
    static Result<WalletTransaction> begin(const WalletAccess &access);
    WalletTransaction(WalletTransaction &&other) noexcept;
    ~WalletTransaction();

    /// Sets the file's sealed `secret` of record `id` in `table` when this commits.
    void putSecret(QLatin1StringView table, qint64 id, const QByteArray &sealed);
    Status commit();

private:
    WalletTransaction(const WalletAccess &access, SqlTransaction index);
    Status flush();

    WalletAccess m_access;
    std::optional<SqlTransaction> m_file;
    std::optional<SqlTransaction> m_index;
    qsizetype m_secretsAtStart = 0;
    bool m_open = true;
};

} // namespace vcdesk
