#pragma once

#include "core/common/Result.h"
#include "core/store/SqliteStatement.h"
#include "core/store/WalletSchema.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace vcdesk {

class RecordSealer;

/// One record between its two shapes: the index row (with its folded children) as a CBOR map
/// of column names to values (integers, text, bytes, null; children as an array of maps), and
/// that map sealed for the file, bound to the table and the record's uid (associated data
/// "<table>#record|<uid>"), so a sealed value moved to another row or table does not open.
class SealedRecord
{
    Q_DECLARE_TR_FUNCTIONS(SealedRecord)
public:
    /// The index row `id` of `table`, or an empty map when there is no such row.
    static Result<QCborMap> read(const QSqlDatabase &index, const WalletSchema::Table &table,
                                 qint64 id);

    /// Inserts records read back from the file into the index (rows and children), each
    /// statement prepared once per table and set of fields.
    class Inserter
    {
    public:
        explicit Inserter(const QSqlDatabase &index)
            : m_index(index)
        {
        }
        Status insert(const WalletSchema::Table &table, qint64 id, const QCborMap &record);

    private:
        Status insertRow(const QString &table, const QString &parentColumn, qint64 id,
                         const QCborMap &row, const QString &skip);
        QSqlDatabase m_index;
        QHash<QString, SqliteStatement> m_prepared;
    };

    static Result<QByteArray> seal(const RecordSealer &sealer, const WalletSchema::Table &table,
                                   const QString &uid, const QCborMap &record);
    /// Error "wallet.corrupt" when it does not open or is not this record.
    static Result<QCborMap> open(const RecordSealer &sealer, const WalletSchema::Table &table,
                                 const QString &uid, QByteArrayView sealed);
};

} // namespace vcdesk
