#include "core/store/SqlTransaction.h"

#include "core/store/Sql.h"

#include <QHash>

namespace vcdesk {

namespace {

// A connection is used by one thread only (Qt Sql), so its nesting depth is per thread.
thread_local QHash<QString, int> openDepth;

QString savepoint(int depth)
{
    return QStringLiteral("vcdesk_%1").arg(depth);
}

} // namespace

Result<SqlTransaction> SqlTransaction::begin(const QSqlDatabase &db)
{
    SqlTransaction transaction(db);
    const int depth = openDepth.value(db.connectionName(), 0);
    const QString sql = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT ") + savepoint(depth);
    if (auto started = Sql::exec(db, sql); !started)
        return started.error();
    transaction.m_depth = depth;
    openDepth[db.connectionName()] = depth + 1;
    return transaction;
}

SqlTransaction::SqlTransaction(SqlTransaction &&other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
{
    other.m_depth = -1;
}

SqlTransaction::~SqlTransaction()
{
    if (m_depth >= 0)
        rollback();
}

void SqlTransaction::rollback()
{
    if (m_depth == 0) {
        (void)Sql::exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)Sql::exec(m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        (void)Sql::exec(m_db, QStringLiteral("RELEASE ") + savepoint(m_depth));
    }
    openDepth[m_db.connectionName()] = m_depth;
    m_depth = -1;
}

Status SqlTransaction::commit()
{
    if (m_depth < 0)
        return Error{QStringLiteral("wallet.sql"), Sql::tr("no transaction to commit")};
    const QString sql =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(m_depth);
    auto committed = Sql::exec(m_db, sql);
    if (!committed)
        return committed; // still open: the destructor rolls back
    openDepth[m_db.connectionName()] = m_depth;
    m_depth = -1;
    return {};
}

} // namespace vcdesk
