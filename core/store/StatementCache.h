#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace vcdesk {

/// Statements prepared once per connection, for the hot paths of the wallet (sealing and
/// loading records: thousands of executions of the same few statements). A connection's
/// statements must be forgotten before the connection is removed. Per thread, as connections
/// are (a Qt Sql rule). A statement's result must be read before it runs again.
class StatementCache
{
public:
    /// The prepared statement (forward only), with no values bound yet.
    static Result<QSqlQuery *> get(const QSqlDatabase &db, const QString &sql);
    /// Binds `values` in order and executes the cached statement.
    static Result<QSqlQuery *> run(const QSqlDatabase &db, const QString &sql,
                                   const QVariantList &values);
    static void forget(const QString &connectionName);
};

} // namespace vcdesk
