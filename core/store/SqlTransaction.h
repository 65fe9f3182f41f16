#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace vcdesk {

/// One write transaction (BEGIN IMMEDIATE, so the write lock is taken up front and two
/// writers never deadlock upgrading). Rolled back unless commit() succeeds, so an error or
/// an early return leaves the wallet as it was. Inside another transaction on the same
/// connection it becomes a savepoint, so a store call can be part of a larger user action.
class SqlTransaction
{
public:
    static Result<SqlTransaction> begin(const QSqlDatabase &db);

    SqlTransaction(SqlTransaction &&other) noexcept;
    SqlTransaction &operator=(SqlTransaction &&) = delete;
    SqlTransaction(const SqlTransaction &) = delete;
    ~SqlTransaction();

    Status commit();
    /// True for the outer transaction, false for a savepoint inside one.
    bool isOutermost() const { return m_depth == 0; }

private:
    explicit SqlTransaction(const QSqlDatabase &db)
        : m_db(db)
    {
    }
    void rollback();

    QSqlDatabase m_db;
    int m_depth = -1; // 0: the outer transaction; >0: a savepoint; -1: finished
};

} // namespace vcdesk
