#pragma once

#include "core/common/Result.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace vcdesk {

/// One statement on a Qt Sql SQLite connection, through SQLite's own C API: for the loops
/// that run a statement tens of thousands of times (opening a wallet's records at unlock),
/// where Qt Sql's per-value binding costs more than SQLite's work. Everything else uses Qt
/// Sql. The connection must be a QSQLITE one (its driver handle is the sqlite3 pointer).
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
public:
    static Result<SqliteStatement> prepare(const QSqlDatabase &db, const QString &sql);

    /// Binds by position (0-based): null, integers, doubles, text (UTF-8) and blobs.
    Status bind(int index, const QVariant &value);
    Status bind(int index, const QCborValue &value);
    /// True when a row is ready, false when done; the statement is reset after done.
    Result<bool> step();
    /// Runs a statement that returns no rows, then resets it for the next values.
    Status run();
    int columnCount() const;
    QString columnName(int index) const;
    QVariant column(int index) const;

private:
    struct Handle;
    std::shared_ptr<Handle> m_handle;
    Error lastError() const;
};

} // namespace vcdesk
