#pragma once

#include "core/common/Result.h"
#include "core/kiosk/KioskLogEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

namespace vcdesk {

/// The kiosks' verification log in SQL: a local SQLite file, or one PostgreSQL database
/// shared by the kiosks of a site (Qt's QPSQL driver). The same schema on both, created and
/// moved forward by the log itself (table kiosk_log_schema holds the version). Appending is
/// idempotent on the entry's uid, so an entry sent again after a lost answer is kept once.
///
/// A connection belongs to the thread that opened it: open, use and close a log on one
/// thread (the kiosk's log thread, or the command line's).
class KioskLog
{
    Q_DECLARE_TR_FUNCTIONS(KioskLog)
public:
    static constexpr int kSchemaVersion = 1;

    struct PostgreSql
    {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString database;
        QString user;
        QString password;
        int connectTimeoutSeconds = 5;
    };

    ~KioskLog();
    KioskLog(const KioskLog &) = delete;
    KioskLog &operator=(const KioskLog &) = delete;

    /// Errors "kiosk.log_unavailable" (cannot open or reach it), "kiosk.log_schema" (written
    /// by a newer vcdesk).
    static Result<std::unique_ptr<KioskLog>> openSqlite(const QString &path);
    static Result<std::unique_ptr<KioskLog>> openPostgreSql(const PostgreSql &where);
    /// The default file: kiosk-log.db in the application's data folder.
    static QString defaultSqlitePath();

    /// Kept, or already there (the same uid): both are success.
    Status append(const KioskLogEntry &entry);
    /// Oldest first, from `sinceMs` on, at most `limit`.
    Result<QList<KioskLogEntry>> since(qint64 sinceMs, int limit) const;
    Result<qint64> count() const;
    /// Removes these entries (an outbox, once they are in the shared log).
    Status remove(const QStringList &uids);
    /// Removes entries older than `days` before `nowMs` (on PostgreSQL, before the server's
    /// clock when that is earlier); returns how many went.
    Result<qint64> prune(int days, qint64 nowMs);
    /// Whether the connection still answers (a PostgreSQL server may go away).
    bool isReachable() const;
    bool isPostgreSql() const { return m_postgres; }

private:
    KioskLog() = default;
    static Result<std::unique_ptr<KioskLog>> finishOpening(std::unique_ptr<KioskLog> log);
    Status migrate();
    Error sqlError(const QString &what, const QSqlError &error = {}) const;

    QString m_connection;
    QSqlDatabase m_db;
    bool m_postgres = false;
};

} // namespace vcdesk
