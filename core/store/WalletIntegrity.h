#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace vcdesk {

class RecordSealer;

/// One digest over every sealed row of the wallet file, kept sealed in its meta table: the XOR
/// of a keyed hash of each row (table, id, uid, sealed value and secret). Each record opens on
/// its own; this says the set is whole: a row deleted, put back from an older copy, or moved
/// to another id changes the digest, which only the wallet key can compute. Kept up to date by
/// WalletTransaction (old rows out, new rows in), checked at every unlock.
class WalletIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(WalletIntegrity)
public:
    static constexpr qsizetype kBytes = 32;

    /// The contribution of one row as stored (zero bytes when the row does not exist).
    static Result<QByteArray> ofRow(const QSqlDatabase &file, const RecordSealer &sealer,
                                    const QString &table, qint64 id);
    static QByteArray ofValues(const RecordSealer &sealer, const QString &table, qint64 id,
                               const QString &uid, const QByteArray &sealed,
                               const QByteArray &secret);
    static void combine(QByteArray &digest, const QByteArray &contribution);

    /// "wallet.corrupt" when there is none or it does not open.
    static Result<QByteArray> stored(const QSqlDatabase &file, const RecordSealer &sealer);
    static Status store(const QSqlDatabase &file, const RecordSealer &sealer,
                        const QByteArray &digest);
    /// The digest of every row of the file, computed afresh.
    static Result<QByteArray> compute(const QSqlDatabase &file, const RecordSealer &sealer);
    static Error mismatch();
};

} // namespace vcdesk
