#include "core/store/WalletIntegrity.h"

#include "core/store/RecordSealer.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/SqliteStatement.h"
#include "core/store/StatementCache.h"
#include "core/store/WalletMeta.h"
#include "core/store/WalletSchema.h"

#include <QtEndian>

namespace vcdesk {

namespace {

const QString kMeta = QStringLiteral("integrity");

void appendField(QByteArray &out, QByteArrayView field)
{
    // Length-prefixed, so fields cannot run into each other.
    const quint32 size = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char *>(&size), sizeof size);
    out.append(field.data(), field.size());
}

} // namespace

QByteArray WalletIntegrity::ofValues(const RecordSealer &sealer, const QString &table, qint64 id,
                                     const QString &uid, const QByteArray &sealed,
                                     const QByteArray &secret)
{
    QByteArray row = QByteArrayLiteral("vcdesk-wallet-row/v1");
    appendField(row, table.toUtf8());
    appendField(row, QByteArray::number(id));
    appendField(row, uid.toUtf8());
    appendField(row, sealed);
    appendField(row, secret);
    return sealer.integrityHash(row);
}

void WalletIntegrity::combine(QByteArray &digest, const QByteArray &contribution)
{
    if (digest.size() != kBytes)
        digest = QByteArray(kBytes, '\0');
    for (qsizetype i = 0; i < kBytes && i < contribution.size(); ++i)
        digest[i] = char(digest[i] ^ contribution[i]);
}

Result<QByteArray> WalletIntegrity::ofRow(const QSqlDatabase &file, const RecordSealer &sealer,
                                          const QString &table, qint64 id)
{
    // Twice per changed record and commit (before and after): prepared once per connection.
    auto row = StatementCache::run(
        file, QStringLiteral("SELECT uid, sealed, secret FROM %1 WHERE id = ?").arg(table), {id});
    if (!row)
        return row.error();
    QSqlQuery &query = *row.value();
    if (!query.next())
        return QByteArray(kBytes, '\0');
    const QByteArray contribution =
        ofValues(sealer, table, id, query.value(0).toString(), query.value(1).toByteArray(),
                 query.value(2).toByteArray());
    query.finish();
    return contribution;
}

Result<QByteArray> WalletIntegrity::compute(const QSqlDatabase &file, const RecordSealer &sealer)
{
    QByteArray digest(kBytes, '\0');
    auto version = SchemaMigrations::currentVersion(file);
    if (!version)
        return version.error();
    for (const WalletSchema::Table &table : WalletSchema::tablesOf(version.value())) {
        auto rows = SqliteStatement::prepare(
            file, QStringLiteral("SELECT id, uid, sealed, secret FROM %1").arg(table.name));
        if (!rows)
            return rows.error();
        for (;;) {
            auto more = rows.value().step();
            if (!more)
                return more.error();
            if (!more.value())
                break;
            combine(digest, ofValues(sealer, table.name, rows.value().column(0).toLongLong(),
                                     rows.value().column(1).toString(),
                                     rows.value().column(2).toByteArray(),
                                     rows.value().column(3).toByteArray()));
        }
    }
    return digest;
}

Result<QByteArray> WalletIntegrity::stored(const QSqlDatabase &file, const RecordSealer &sealer)
{
    auto sealed = WalletMeta::get(file, kMeta);
    if (!sealed)
        return sealed.error();
    if (!sealed->has_value())
        return mismatch();
    auto digest = sealer.open(QLatin1StringView("meta"), kMeta, **sealed);
    if (!digest || digest->size() != kBytes)
        return mismatch();
    return digest;
}

Status WalletIntegrity::store(const QSqlDatabase &file, const RecordSealer &sealer,
                              const QByteArray &digest)
{
    auto sealed = sealer.seal(QLatin1StringView("meta"), kMeta, digest);
    if (!sealed)
        return sealed.error();
    return WalletMeta::set(file, kMeta, sealed.value());
}

Error WalletIntegrity::mismatch()
{
    return Error{QStringLiteral("wallet.corrupt"),
                 tr("the wallet's records are not the set vcdesk wrote (a record was removed, "
                    "restored from an older copy or moved): the file was changed outside vcdesk")};
}

} // namespace vcdesk
