#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace vcdesk {

class RecordSealer;

/// The unlocked wallet's records as plain tables in an in-memory SQLite database (see
/// WalletSchema): opened from the sealed file at unlock, queried by every store and list
/// model, dropped (and its memory freed) at lock. A record that does not open stops the load:
/// a damaged or tampered file is an error ("wallet.corrupt"), never a shorter list.
class WalletIndex
{
    Q_DECLARE_TR_FUNCTIONS(WalletIndex)
public:
    /// Reads every sealed record of `file` (schema 2).
    static Result<std::unique_ptr<WalletIndex>> load(const QSqlDatabase &file,
                                                     const RecordSealer &sealer);
    /// An empty index, to be filled by the caller (migration from schema 1).
    static Result<std::unique_ptr<WalletIndex>> createEmpty();
    ~WalletIndex();
    WalletIndex(const WalletIndex &) = delete;
    WalletIndex &operator=(const WalletIndex &) = delete;

    const QSqlDatabase &connection() const { return m_db; }
    /// Starts noting changes for the next commit (after loading).
    Status startTracking();

private:
    WalletIndex() = default;
    static Result<std::unique_ptr<WalletIndex>> createTables();
    Status finishLoad();

    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace vcdesk
