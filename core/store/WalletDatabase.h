#pragma once

#include "core/common/Result.h"
#include "core/store/WriterLock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace vcdesk {

/// One SQLite connection to a wallet file, set up the same way every time: WAL journal,
/// synchronous=FULL (a committed action survives a power cut), foreign keys on, a busy
/// timeout, schema migrated forward. Writers hold the process-wide WriterLock. A connection
/// belongs to the thread that opened it (a Qt Sql rule).
class WalletDatabase
{
    Q_DECLARE_TR_FUNCTIONS(WalletDatabase)
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Mode { OpenExisting, CreateNew };

    static Result<std::unique_ptr<WalletDatabase>> open(const QString &path, Access access,
                                                        Mode mode = Mode::OpenExisting);
    ~WalletDatabase();
    WalletDatabase(const WalletDatabase &) = delete;
    WalletDatabase &operator=(const WalletDatabase &) = delete;

    const QSqlDatabase &connection() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

private:
    WalletDatabase() = default;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    Access m_access = Access::ReadWrite;
    WriterLock m_lock;
};

} // namespace vcdesk
