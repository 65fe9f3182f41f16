#include "core/store/SealingMigration.h"

#include "core/crypto/SecretKey.h"
#include "core/store/RecordSealer.h"
#include "core/store/SealedRecord.h"
#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletIndex.h"
#include "core/store/WalletIntegrity.h"
#include "core/store/WalletSchema.h"

#include <QSqlRecord>

namespace vcdesk {

namespace {

/// Where schema 1 kept each table's secret.
QString legacySecretColumn(QStringView table)
{
    if (table == u"keys" || table == u"accounts")
        return QStringLiteral("sealed_secret");
    if (table == u"credentials")
        return QStringLiteral("sealed_raw");
    if (table == u"offers")
        return QStringLiteral("sealed_claims");
    if (table == u"verification_log")
        return QStringLiteral("sealed_details");
    return {};
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList out;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

/// Copies the plain rows of one schema-1 table into the index (the columns both share).
Status copyRows(const QSqlDatabase &file, const QSqlDatabase &index, const QString &table)
{
    const QStringList wanted = columnsOf(index, table);
    QStringList shared;
    for (const QString &column : columnsOf(file, table))
        if (wanted.contains(column))
            shared << column;
    const bool addUid =
        wanted.contains(QStringLiteral("uid")) && !shared.contains(QStringLiteral("uid"));
    auto rows = Sql::run(
        file,
        QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(shared.join(QLatin1Char(',')), table));
    if (!rows)
        return rows.error();
    QStringList columns = shared;
    if (addUid)
        columns << QStringLiteral("uid");
    const QString insert =
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1Char(',')),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    while (rows.value().next()) {
        QVariantList values;
        for (int i = 0; i < shared.size(); ++i)
            values << rows.value().value(i);
        if (addUid)
            values << WalletErrors::newUid();
        if (auto done = Sql::exec(index, insert, values); !done)
            return done;
    }
    return {};
}

} // namespace

Status SealingMigration::apply(const QSqlDatabase &file, const RecordSealer &sealer)
{
    auto failed = [](const Error &error) {
        return Error{QStringLiteral("wallet.migration_failed"),
                     tr("could not seal the wallet's records (schema 2): %1; it is unchanged")
                         .arg(error.message)};
    };
    // Only the key that opens the wallet's own keys may seal it.
    {
        auto firstKey = Sql::run(
            file, QStringLiteral("SELECT uid, sealed_secret FROM keys ORDER BY id LIMIT 1"));
        if (!firstKey)
            return failed(firstKey.error());
        if (firstKey.value().next()) {
            auto opened =
                sealer.open(QLatin1StringView("keys"), firstKey.value().value(0).toString(),
                            firstKey.value().value(1).toByteArray());
            if (!opened)
                return opened.error();
            wipe(opened.value());
        }
    } // no statement may stay open on the file: its tables are dropped below
    // Read everything as it is, into an index of the new shape.
    auto index = WalletIndex::createEmpty();
    if (!index)
        return failed(index.error());
    const QSqlDatabase &memory = index.value()->connection();
    for (const QString &table :
         {QStringLiteral("profiles"), QStringLiteral("keys"), QStringLiteral("accounts"),
          QStringLiteral("credentials"), QStringLiteral("credential_types"),
          QStringLiteral("credential_tags"), QStringLiteral("offers"),
          QStringLiteral("offer_states"), QStringLiteral("verification_log")})
        if (auto copied = copyRows(file, memory, table); !copied)
            return failed(copied.error());

    auto transaction = SqlTransaction::begin(file);
    if (!transaction)
        return failed(transaction.error());
    for (const WalletSchema::Table &table : WalletSchema::tables()) {
        const QString name = table.name;
        if (auto done = Sql::exec(file, QStringLiteral("CREATE TABLE %1_sealed (id INTEGER PRIMARY"
                                                       " KEY, uid TEXT NOT NULL UNIQUE,"
                                                       " sealed BLOB NOT NULL, secret BLOB)")
                                            .arg(name));
            !done)
            return failed(done.error());
        auto ids = Sql::run(memory, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(name));
        if (!ids)
            return failed(ids.error());
        const QString secret = legacySecretColumn(name);
        while (ids.value().next()) {
            const qint64 id = ids.value().value(0).toLongLong();
            auto record = SealedRecord::read(memory, table, id);
            if (!record)
                return failed(record.error());
            const QString uid = record->value(QStringLiteral("uid")).toString();
            auto sealed = SealedRecord::seal(sealer, table, uid, record.value());
            if (!sealed)
                return failed(sealed.error());
            const QString copySecret =
                secret.isEmpty()
                    ? QStringLiteral("NULL")
                    : QStringLiteral("(SELECT %1 FROM %2 WHERE id = ?)").arg(secret, name);
            QVariantList values{id, uid, sealed.value()};
            if (!secret.isEmpty())
                values << id;
            if (auto done =
                    Sql::exec(file,
                              QStringLiteral("INSERT INTO %1_sealed(id, uid, sealed, secret)"
                                             " VALUES (?, ?, ?, %2)")
                                  .arg(name, copySecret),
                              values);
                !done)
                return failed(done.error());
        }
    }
    // Children before parents (foreign keys are on); dropping a table drops its indexes and
    // triggers, and secure_delete zeroes what it frees.
    for (const char *table :
         {"credentials_fts", "credential_types", "credential_tags", "offer_states", "offers",
          "verification_log", "credentials", "keys", "accounts", "profiles"})
        if (auto done = Sql::exec(file, QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
            !done)
            return failed(done.error());
    for (const WalletSchema::Table &table : WalletSchema::tables())
        if (auto done = Sql::exec(
                file,
                QStringLiteral("ALTER TABLE %1_sealed RENAME TO %1").arg(QString(table.name)));
            !done)
            return failed(done.error());
    // The version first: the digest covers the tables of the schema the file now has.
    if (auto done =
            Sql::exec(file, QStringLiteral("PRAGMA user_version = %1").arg(WalletSchema::kVersion));
        !done)
        return failed(done.error());
    auto digest = WalletIntegrity::compute(file, sealer);
    if (!digest)
        return failed(digest.error());
    if (auto done = WalletIntegrity::store(file, sealer, digest.value()); !done)
        return failed(done.error());
    if (auto done = transaction.value().commit(); !done)
        return failed(done.error());
    // The old plaintext may still sit in the log or in free pages: rewrite both.
    if (auto done = Sql::exec(file, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !done)
        return done;
    return Sql::exec(file, QStringLiteral("VACUUM"));
}

} // namespace vcdesk
