#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace vcdesk {

class RecordSealer;

/// Takes a schema-1 wallet (listing fields in the clear) to schema 2 (every record sealed) at
/// its first unlock, in one transaction: a crash at any point leaves either the old wallet or
/// the new one, both of which open. Afterwards the write-ahead log is truncated and the file
/// vacuumed, so no page of the old plaintext stays in either file.
class SealingMigration
{
    Q_DECLARE_TR_FUNCTIONS(SealingMigration)
public:
    static Status apply(const QSqlDatabase &file, const RecordSealer &sealer);
};

} // namespace vcdesk
