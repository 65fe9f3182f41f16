#include "core/store/WalletIndex.h"

#include "core/store/SchemaMigrations.h"
#include "core/store/SealedRecord.h"
#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/SqliteStatement.h"
#include "core/store/StatementCache.h"
#include "core/store/WalletIntegrity.h"
#include "core/store/WalletSchema.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <cstdio>

namespace vcdesk {

namespace {

QAtomicInteger<quint64> indexCounter;

} // namespace

Result<std::unique_ptr<WalletIndex>> WalletIndex::createTables()
{
    std::unique_ptr<WalletIndex> index(new WalletIndex);
    index->m_connectionName =
        QStringLiteral("vcdesk-index-%1").arg(indexCounter.fetchAndAddRelaxed(1));
    index->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), index->m_connectionName);
    index->m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!index->m_db.open())
        return Error{QStringLiteral("wallet.io"),
                     tr("cannot open the wallet's index: %1").arg(index->m_db.lastError().text())};
    for (const QString &statement : WalletSchema::indexTableStatements())
        if (auto done = Sql::exec(index->m_db, statement); !done)
            return done.error();
    return index;
}

Result<std::unique_ptr<WalletIndex>> WalletIndex::createEmpty()
{
    auto index = createTables();
    if (!index)
        return index;
    if (auto done = index.value()->finishLoad(); !done)
        return done.error();
    return index;
}

Status WalletIndex::finishLoad()
{
    for (const QString &statement : WalletSchema::indexLookupStatements())
        if (auto done = Sql::exec(m_db, statement); !done)
            return done;
    return {};
}

Result<std::unique_ptr<WalletIndex>> WalletIndex::load(const QSqlDatabase &file,
                                                       const RecordSealer &sealer)
{
    auto index = createTables();
    if (!index)
        return index.error();
    const QSqlDatabase &db = index.value()->m_db;
    SealedRecord::Inserter inserter(db);
    auto transaction = SqlTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    QByteArray digest(WalletIntegrity::kBytes, '\0');
    auto version = SchemaMigrations::currentVersion(file);
    if (!version)
        return version.error();
    for (const WalletSchema::Table &table : WalletSchema::tablesOf(version.value())) {
        auto rows = SqliteStatement::prepare(
            file,
            QStringLiteral("SELECT id, uid, sealed, secret FROM %1 ORDER BY id").arg(table.name));
        if (!rows)
            return rows.error();
        for (;;) {
            auto more = rows.value().step();
            if (!more)
                return more.error();
            if (!more.value())
                break;
            const qint64 id = rows.value().column(0).toLongLong();
            const QString uid = rows.value().column(1).toString();
            const QByteArray sealed = rows.value().column(2).toByteArray();
            WalletIntegrity::combine(
                digest, WalletIntegrity::ofValues(sealer, table.name, id, uid, sealed,
                                                  rows.value().column(3).toByteArray()));
            auto record = SealedRecord::open(sealer, table, uid, sealed);
            if (!record)
                return record.error();
            if (auto done = inserter.insert(table, id, record.value()); !done)
                return Error{QStringLiteral("wallet.corrupt"),
                             tr("the wallet's %1 record %2 cannot be read: %3")
                                 .arg(table.name)
                                 .arg(id)
                                 .arg(done.error().message)};
        }
    }
    // Every record opened; are they all there, each where it was written?
    auto stored = WalletIntegrity::stored(file, sealer);
    if (!stored)
        return stored.error();
    if (stored.value() != digest)
        return WalletIntegrity::mismatch();
    // A credential's types are derived from its "types" column, not sealed twice.
    if (auto done = Sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO credential_types(type,"
                                                 " credential_id) SELECT j.value, c.id FROM"
                                                 " credentials c, json_each(c.types) j"));
        !done)
        return done.error();
    if (auto done = index.value()->finishLoad(); !done)
        return done.error();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    if (auto tracking = index.value()->startTracking(); !tracking)
        return tracking.error();
    return index;
}

Status WalletIndex::startTracking()
{
    for (const QString &statement : WalletSchema::trackingStatements())
        if (auto done = Sql::exec(m_db, statement); !done)
            return done;
    return Sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

WalletIndex::~WalletIndex()
{
    StatementCache::forget(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace vcdesk
