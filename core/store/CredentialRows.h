#pragma once

#include "core/common/Result.h"
#include "core/store/CredentialRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace vcdesk {

/// The credential columns as SQL reads them, shared by the store and the search.
class CredentialRows
{
public:
    /// "c.id, c.uid, ..." for a SELECT over `credentials c`.
    static const QString &columns();
    static CredentialRecord fromRow(const QSqlQuery &row);
    /// The index's `revoked` column: 0 none, 1 revoked (what it always meant: wallets sealed
    /// before suspension was told apart read as they were), 2 suspended.
    static int revokedColumn(Revocation revocation);
    static Revocation revocationOf(qint64 revokedColumn);
    /// Fills in the tags of `records` with one query.
    static Status loadTags(const QSqlDatabase &db, QList<CredentialRecord> &records);
};

} // namespace vcdesk
