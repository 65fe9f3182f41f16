#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace vcdesk {

/// One forward step of the wallet schema: the statements that take version-1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// The wallet's schema history, applied forward one step per transaction. The version lives
/// in SQLite's user_version, which commits with the step: a failed step leaves the database
/// at the version before it, untouched. A wallet newer than this build is refused.
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrations)
public:
    /// The wallet's steps: 1 (listing fields in the clear, only read to migrate), 2 (sealed
    /// records; from 1 only by SealingMigration) and 3 (two more tables). Apply them from
    /// schema 2 on.
    static const QList<Migration> &all();
    /// What an empty file is given: the latest schema in one step.
    static const QList<Migration> &fresh();
    static int latestVersion();

    static Result<int> currentVersion(const QSqlDatabase &db);
    /// Brings the database to the last of `steps` (ordered by version).
    static Status apply(const QSqlDatabase &db, const QList<Migration> &steps = all());
};

} // namespace vcdesk
