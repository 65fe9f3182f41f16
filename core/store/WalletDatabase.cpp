#include "core/store/WalletDatabase.h"

#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/StatementCache.h"
#include "core/store/WalletSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sys/stat.h>

namespace vcdesk {

namespace {

QAtomicInteger<quint64> connectionCounter;

/// SQLite's own header, so a file that is not a database is refused before Qt Sql sees it.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

Result<std::unique_ptr<WalletDatabase>> WalletDatabase::open(const QString &path, Access access,
                                                             Mode mode)
{
    const QFileInfo info(path);
    if (mode == Mode::CreateNew) {
        if (info.exists())
            return Error{QStringLiteral("wallet.exists"),
                         tr("%1 already exists; choose another file or remove it first").arg(path)};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{QStringLiteral("wallet.io"),
                         tr("cannot create the folder %1").arg(info.absolutePath())};
        // Owner-only from the first byte; SQLite gives its -wal and -shm files the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{QStringLiteral("wallet.io"),
                         tr("cannot create %1: %2").arg(path, file.errorString())};
    } else {
        if (!info.exists())
            return Error{
                QStringLiteral("wallet.not_found"),
                tr("there is no wallet at %1; create one with \"vcdesk wallet create\"").arg(path)};
        if (info.size() > 0 && !looksLikeSqlite(path))
            return Error{QStringLiteral("wallet.not_a_wallet"),
                         tr("%1 is not a vcdesk wallet").arg(path)};
    }

    // SQLite names its journal after the path it was given: a file with two names (hard
    // links) would get two write-ahead logs, and a commit in one is lost or replayed over the
    // other. Such a file is refused, not opened (symbolic links are resolved by SQLite).
    if (struct stat links = {};
        ::stat(QFile::encodeName(path).constData(), &links) == 0 && links.st_nlink > 1)
        return Error{QStringLiteral("wallet.linked"),
                     tr("%1 has %2 names (hard links); vcdesk opens a wallet only through one "
                        "name, since a second one would lose or corrupt what is written; remove "
                        "the other links (or copy the file) first")
                         .arg(path)
                         .arg(quint64(links.st_nlink))};

    std::unique_ptr<WalletDatabase> wallet(new WalletDatabase);
    wallet->m_path = info.absoluteFilePath();
    wallet->m_access = access;
    if (access == Access::ReadWrite) {
        auto lock = WriterLock::acquire(path);
        if (!lock)
            return lock.error();
        wallet->m_lock = std::move(lock).value();
    }
    wallet->m_connectionName =
        QStringLiteral("vcdesk-wallet-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    wallet->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), wallet->m_connectionName);
    wallet->m_db.setDatabaseName(wallet->m_path);
    if (access == Access::ReadOnly)
        wallet->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!wallet->m_db.open())
        return Error{QStringLiteral("wallet.io"),
                     tr("cannot open %1: %2").arg(path, wallet->m_db.lastError().text())};

    const QSqlDatabase &db = wallet->m_db;
    const QStringList setup{
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        // 32 MiB of page cache: a bulk import's index pages stay in memory instead of being
        // spilled to the WAL and read back.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString &statement : setup) {
        if (auto done = Sql::exec(db, statement); !done)
            return done.error();
    }
    if (access == Access::ReadWrite) {
        // A SQLite file of some other program: never add wallet tables to it.
        auto version = SchemaMigrations::currentVersion(db);
        auto tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!version || !tables || (*version == 0 && tables->toInt() > 0))
            return Error{QStringLiteral("wallet.not_a_wallet"),
                         tr("%1 is not a vcdesk wallet").arg(path)};
        auto journal = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal)
            return journal.error().code == QLatin1String("wallet.sql")
                       ? Error{QStringLiteral("wallet.not_a_wallet"),
                               tr("%1 is not a vcdesk wallet").arg(path)}
                       : journal.error();
        if (journal->toString() != QLatin1String("wal"))
            return Error{
                QStringLiteral("wallet.io"),
                tr("%1 cannot use write-ahead logging (%2)").arg(path, journal->toString())};
        if (*version > SchemaMigrations::latestVersion())
            return Error{QStringLiteral("wallet.too_new"),
                         tr("this wallet was written by a newer vcdesk (schema %1); update vcdesk "
                            "to open it")
                             .arg(*version)};
        // An empty file gets the latest schema; schema 1 is sealed at the first unlock, which
        // has the key that takes (SealingMigration).
        if (*version == 0) {
            if (auto migrated = SchemaMigrations::apply(db, SchemaMigrations::fresh()); !migrated)
                return migrated.error();
        } else if (*version >= WalletSchema::kSealedVersion &&
                   *version < SchemaMigrations::latestVersion()) {
            // Later schemas only add tables: no key needed.
            if (auto migrated = SchemaMigrations::apply(db); !migrated)
                return migrated.error();
        }
    } else {
        auto version = SchemaMigrations::currentVersion(db);
        if (!version)
            return Error{QStringLiteral("wallet.not_a_wallet"),
                         tr("%1 is not a vcdesk wallet").arg(path)};
        if (*version > SchemaMigrations::latestVersion())
            return Error{QStringLiteral("wallet.too_new"),
                         tr("this wallet was written by a newer vcdesk (schema %1); update vcdesk "
                            "to open it")
                             .arg(*version)};
        // A sealed wallet of an older schema reads as it is (the tables it lacks are empty);
        // an unsealed one must be sealed by a writer first.
        if (*version < WalletSchema::kSealedVersion)
            return Error{QStringLiteral("wallet.needs_upgrade"),
                         tr("the wallet uses schema %1; open it for writing once to bring it to "
                            "schema %2")
                             .arg(*version)
                             .arg(SchemaMigrations::latestVersion())};
    }
    return wallet;
}

WalletDatabase::~WalletDatabase()
{
    StatementCache::forget(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace vcdesk
