#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QStringList>

namespace vcdesk {

/// The two shapes of a wallet's data (schema 3: schema 2's sealed records, plus the
/// presentation history and the hosted wallets' credentials).
///
/// On disk, every record is one row of its table: `id`, a random `uid`, `sealed` (all of the
/// record's fields as JSON, sealed under the wallet key and bound to the table and uid) and
/// `secret` (a private key, an API key or token, a credential's original form, offer claims
/// or log details: sealed separately, opened only when needed). Nothing else: a copy of the
/// file reveals row counts and ids, never what the rows say.
///
/// In memory, after unlock, the index: the same records as plain tables (the listing columns
/// of schema 1, with their indexes, constraints and cascades), which every query runs on.
/// Text search scans the in-memory listing (about 30 ms at 100,000 credentials); a trigram
/// index would answer in 1 ms but take more than a second of every unlock to build. Triggers note
/// each changed record in `sync_changes`; WalletTransaction seals exactly those records back to the
/// file when it commits.
class WalletSchema
{
public:
    static constexpr int kVersion = 3;
    /// Records are sealed from this schema on; below it, the first unlock seals them
    /// (SealingMigration). Later schemas only add tables, which needs no key.
    static constexpr int kSealedVersion = 2;

    /// A table whose records are sealed one per file row.
    struct Table
    {
        QLatin1StringView name;
        /// Child tables folded into the record's sealed JSON under this member (e.g. a
        /// credential's tags), or empty.
        QLatin1StringView child;
        QLatin1StringView childMember;
        QLatin1StringView childKey;   // the child's column naming its parent
        QLatin1StringView childOrder; // how the children are listed
        int since = kSealedVersion;   // the schema that added its file table
    };
    /// The tables a file of schema `version` has (a sealed wallet of an older schema, opened
    /// read-only, lacks the later ones: they read as empty).
    static QList<Table> tablesOf(int version);
    /// In load order (parents before children).
    static const QList<Table> &tables();
    static const Table *table(QStringView name);

    /// The statements that create an empty file of the current schema.
    static const QStringList &fileStatements();
    /// The in-memory index: its tables first (filled by a load), then its indexes (built over
    /// what was loaded).
    static const QStringList &indexTableStatements();
    static const QStringList &indexLookupStatements();
    /// The change-tracking triggers, created once the index is loaded.
    static QStringList trackingStatements();

private:
    static const QStringList &allIndexStatements();
};

} // namespace vcdesk
