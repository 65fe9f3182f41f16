#include "core/store/SchemaMigrations.h"

#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/WalletSchema.h"

namespace vcdesk {

namespace {

// Dates are seconds since the epoch. Unknown issue dates are 0 and "never expires" is the
// last second of 9999, so keyset paging can compare plain integers.
const QStringList kVersion1{
    QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE profiles ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),"
                   " created_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE keys ("
                   " id INTEGER PRIMARY KEY,"
                   " uid TEXT NOT NULL UNIQUE,"
                   " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                   " algorithm TEXT NOT NULL,"
                   " public_jwk TEXT NOT NULL,"
                   " did TEXT NOT NULL,"
                   " kid TEXT NOT NULL,"
                   " sealed_secret BLOB NOT NULL,"
                   " is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),"
                   " created_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE UNIQUE INDEX keys_one_default ON keys(profile_id) WHERE is_default = 1"),
    QStringLiteral(
        "CREATE TABLE accounts ("
        " id INTEGER PRIMARY KEY,"
        " uid TEXT NOT NULL UNIQUE,"
        " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
        " name TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN"
        "  ('issuer-agent', 'verifier', 'hosted-wallet', 'generator')),"
        " role TEXT NOT NULL DEFAULT '',"
        " base_url TEXT NOT NULL,"
        " secret_kind TEXT NOT NULL CHECK (secret_kind IN ('none', 'api-key', 'bearer')),"
        " sealed_secret BLOB,"
        " created_at INTEGER NOT NULL,"
        " UNIQUE (profile_id, name))"),
    QStringLiteral("CREATE TABLE credentials ("
                   " id INTEGER PRIMARY KEY,"
                   " uid TEXT NOT NULL UNIQUE,"
                   " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                   " format TEXT NOT NULL,"
                   " sealed_raw BLOB NOT NULL,"
                   " fingerprint BLOB NOT NULL,"
                   " title TEXT NOT NULL,"
                   " primary_type TEXT NOT NULL,"
                   " types TEXT NOT NULL,"
                   " issuer TEXT NOT NULL,"
                   " issuer_name TEXT NOT NULL DEFAULT '',"
                   " subject TEXT NOT NULL DEFAULT '',"
                   " issued_at INTEGER NOT NULL DEFAULT 0,"
                   " expires_at INTEGER NOT NULL DEFAULT 253402300799,"
                   " verdict TEXT NOT NULL DEFAULT 'unknown',"
                   " verified_at INTEGER,"
                   " source_kind TEXT NOT NULL,"
                   " source_ref TEXT NOT NULL DEFAULT '',"
                   " added_at INTEGER NOT NULL,"
                   " search_text TEXT NOT NULL,"
                   " UNIQUE (profile_id, fingerprint))"),
    // (profile_id) alone also orders by rowid: "newest added first" pages walk it backwards.
    QStringLiteral("CREATE INDEX credentials_by_profile ON credentials(profile_id)"),
    QStringLiteral("CREATE INDEX credentials_by_issued ON credentials(profile_id, issued_at, id)"),
    QStringLiteral("CREATE INDEX credentials_by_expiry ON credentials(profile_id, expires_at, id)"),
    QStringLiteral("CREATE INDEX credentials_by_type ON credentials(profile_id, primary_type, id)"),
    QStringLiteral("CREATE INDEX credentials_by_issuer ON credentials(profile_id, issuer, id)"),
    QStringLiteral("CREATE INDEX credentials_by_title ON credentials(profile_id, title, id)"),
    QStringLiteral("CREATE TABLE credential_types ("
                   " type TEXT NOT NULL,"
                   " credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,"
                   " PRIMARY KEY (type, credential_id)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE INDEX credential_types_by_credential ON credential_types(credential_id)"),
    QStringLiteral("CREATE TABLE credential_tags ("
                   " credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,"
                   " tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 64),"
                   " PRIMARY KEY (credential_id, tag)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX credential_tags_by_tag ON credential_tags(tag)"),
    // Substring search over the listing fields (never over claim values, which stay sealed).
    QStringLiteral("CREATE VIRTUAL TABLE credentials_fts USING fts5(search_text,"
                   " content='credentials', content_rowid='id', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER credentials_fts_insert AFTER INSERT ON credentials BEGIN"
                   " INSERT INTO credentials_fts(rowid, search_text)"
                   " VALUES (new.id, new.search_text); END"),
    QStringLiteral("CREATE TRIGGER credentials_fts_delete AFTER DELETE ON credentials BEGIN"
                   " INSERT INTO credentials_fts(credentials_fts, rowid, search_text)"
                   " VALUES ('delete', old.id, old.search_text); END"),
    QStringLiteral(
        "CREATE TRIGGER credentials_fts_update AFTER UPDATE OF search_text ON credentials"
        " BEGIN"
        " INSERT INTO credentials_fts(credentials_fts, rowid, search_text)"
        " VALUES ('delete', old.id, old.search_text);"
        " INSERT INTO credentials_fts(rowid, search_text)"
        " VALUES (new.id, new.search_text); END"),
    QStringLiteral("CREATE TABLE offers ("
                   " id INTEGER PRIMARY KEY,"
                   " uid TEXT NOT NULL UNIQUE,"
                   " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                   " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                   " record_id TEXT NOT NULL,"
                   " thread_id TEXT NOT NULL DEFAULT '',"
                   " title TEXT NOT NULL DEFAULT '',"
                   " sealed_claims BLOB NOT NULL,"
                   " state TEXT NOT NULL,"
                   " created_at INTEGER NOT NULL,"
                   " updated_at INTEGER NOT NULL,"
                   " credential_id INTEGER REFERENCES credentials(id) ON DELETE SET NULL,"
                   " UNIQUE (account_id, record_id))"),
    QStringLiteral("CREATE INDEX offers_by_update ON offers(profile_id, updated_at, id)"),
    QStringLiteral("CREATE TABLE offer_states ("
                   " offer_id INTEGER NOT NULL REFERENCES offers(id) ON DELETE CASCADE,"
                   " state TEXT NOT NULL,"
                   " at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX offer_states_by_offer ON offer_states(offer_id, at)"),
    QStringLiteral("CREATE TABLE verification_log ("
                   " id INTEGER PRIMARY KEY,"
                   " uid TEXT NOT NULL UNIQUE,"
                   " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                   " at INTEGER NOT NULL,"
                   " verifier TEXT NOT NULL DEFAULT '',"
                   " request TEXT NOT NULL DEFAULT '',"
                   " outcome TEXT NOT NULL CHECK (outcome IN"
                   "  ('verified', 'rejected', 'error', 'expired', 'cancelled')),"
                   " reason TEXT NOT NULL DEFAULT '',"
                   " checks TEXT NOT NULL DEFAULT '[]',"
                   " holder TEXT NOT NULL DEFAULT '',"
                   " sealed_details BLOB)"),
    QStringLiteral("CREATE INDEX verification_log_by_time ON verification_log(profile_id, at, id)"),
};

QString sealedTable(const QString &name)
{
    return QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,"
                          " sealed BLOB NOT NULL, secret BLOB)")
        .arg(name);
}

// Schema 2 as it was: one sealed table per record kind.
const QStringList kVersion2{
    QStringLiteral("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)"
                   " WITHOUT ROWID"),
    sealedTable(QStringLiteral("profiles")),
    sealedTable(QStringLiteral("keys")),
    sealedTable(QStringLiteral("accounts")),
    sealedTable(QStringLiteral("credentials")),
    sealedTable(QStringLiteral("offers")),
    sealedTable(QStringLiteral("verification_log")),
};

} // namespace

const QList<Migration> &SchemaMigrations::all()
{
    // Schema 2 seals every record. From schema 1 that takes the wallet key, so it is done at
    // unlock (SealingMigration, which goes straight to the latest schema); steps after it only
    // add tables and run when the file is opened for writing. A new wallet file starts at the
    // latest schema directly (fresh()).
    static const QList<Migration> steps{
        {1, QStringLiteral("profiles, keys, accounts, credentials, offers, verification log"),
         kVersion1},
        {WalletSchema::kSealedVersion, QStringLiteral("sealed records"), kVersion2},
        {3,
         QStringLiteral("presentation history, hosted wallets' credentials"),
         {sealedTable(QStringLiteral("presentations")),
          sealedTable(QStringLiteral("hosted_credentials"))}},
    };
    static_assert(WalletSchema::kVersion == 3, "add the new schema's step above");
    return steps;
}

const QList<Migration> &SchemaMigrations::fresh()
{
    static const QList<Migration> steps{
        {WalletSchema::kVersion, QStringLiteral("sealed records"), WalletSchema::fileStatements()}};
    return steps;
}

int SchemaMigrations::latestVersion()
{
    return all().last().version;
}

Result<int> SchemaMigrations::currentVersion(const QSqlDatabase &db)
{
    auto version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status SchemaMigrations::apply(const QSqlDatabase &db, const QList<Migration> &steps)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (*current > latest)
        return Error{QStringLiteral("wallet.too_new"),
                     tr("this wallet was written by a newer vcdesk (schema %1; this build knows "
                        "up to %2); update vcdesk to open it")
                         .arg(*current)
                         .arg(latest)};
    for (const Migration &step : steps) {
        if (step.version <= *current)
            continue;
        auto failed = [&](const Error &error) {
            return Error{QStringLiteral("wallet.migration_failed"),
                         tr("could not upgrade the wallet to schema %1 (%2): %3; it is unchanged "
                            "at schema %4")
                             .arg(step.version)
                             .arg(step.description, error.message)
                             .arg(*current)};
        };
        auto transaction = SqlTransaction::begin(db);
        if (!transaction)
            return failed(transaction.error());
        for (const QString &statement : step.statements) {
            if (auto done = Sql::exec(db, statement); !done)
                return failed(done.error()); // the transaction rolls back
        }
        if (auto done = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !done)
            return failed(done.error());
        if (auto done = transaction.value().commit(); !done)
            return failed(done.error());
        current = step.version;
    }
    return {};
}

} // namespace vcdesk
