#include "core/store/WalletSchema.h"

namespace vcdesk {

const QList<WalletSchema::Table> &WalletSchema::tables()
{
    static const QList<Table> list{
        {QLatin1StringView("profiles"), {}, {}, {}, {}},
        {QLatin1StringView("keys"), {}, {}, {}, {}},
        {QLatin1StringView("accounts"), {}, {}, {}, {}},
        {QLatin1StringView("credentials"), QLatin1StringView("credential_tags"),
         QLatin1StringView("$tags"), QLatin1StringView("credential_id"), QLatin1StringView("tag")},
        {QLatin1StringView("offers"), QLatin1StringView("offer_states"),
         QLatin1StringView("$history"), QLatin1StringView("offer_id"), QLatin1StringView("rowid")},
        {QLatin1StringView("verification_log"), {}, {}, {}, {}},
        {QLatin1StringView("presentations"), {}, {}, {}, {}, 3},
        {QLatin1StringView("hosted_credentials"), {}, {}, {}, {}, 3},
    };
    return list;
}

QList<WalletSchema::Table> WalletSchema::tablesOf(int version)
{
    QList<Table> out;
    for (const Table &t : tables())
        if (t.since <= version)
            out << t;
    return out;
}

const WalletSchema::Table *WalletSchema::table(QStringView name)
{
    for (const Table &t : tables())
        if (name == t.name)
            return &t;
    return nullptr;
}

const QStringList &WalletSchema::fileStatements()
{
    static const QStringList statements = [] {
        QStringList out{QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)"
            " WITHOUT ROWID")};
        for (const Table &t : tables())
            out << QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY,"
                                  " uid TEXT NOT NULL UNIQUE, sealed BLOB NOT NULL, secret BLOB)")
                       .arg(t.name);
        return out;
    }();
    return statements;
}

// The listing columns of schema 1, in memory only. (SchemaMigrations keeps schema 1's own
// statements unchanged, as migrations are history; these evolve with the index.) Dates are seconds
// since the epoch; unknown issue dates are 0 and "never expires" is the last second of 9999, so
// keyset paging compares plain integers.
const QStringList &WalletSchema::allIndexStatements()
{
    static const QStringList statements{
        QStringLiteral("CREATE TABLE profiles ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
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
                       " is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX keys_one_default ON keys(profile_id) WHERE is_default = 1"),
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
            " created_at INTEGER NOT NULL,"
            " UNIQUE (profile_id, name))"),
        QStringLiteral("CREATE TABLE credentials ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " format TEXT NOT NULL,"
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
                       // Added later: records sealed before lack them and load with the
                       // default (SealedRecord inserts only the members a record has).
                       " highlights TEXT NOT NULL DEFAULT '',"
                       " revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1, 2)),"
                       " UNIQUE (profile_id, fingerprint))"),
        // (profile_id) alone also orders by rowid: "newest added first" pages walk it
        // backwards.
        QStringLiteral("CREATE INDEX credentials_by_profile ON credentials(profile_id)"),
        QStringLiteral(
            "CREATE INDEX credentials_by_issued ON credentials(profile_id, issued_at, id)"),
        QStringLiteral(
            "CREATE INDEX credentials_by_expiry ON credentials(profile_id, expires_at, id)"),
        QStringLiteral(
            "CREATE INDEX credentials_by_type ON credentials(profile_id, primary_type, id)"),
        QStringLiteral("CREATE INDEX credentials_by_issuer ON credentials(profile_id, issuer, id)"),
        QStringLiteral("CREATE INDEX credentials_by_title ON credentials(profile_id, title, id)"),
        QStringLiteral(
            "CREATE TABLE credential_types ("
            " type TEXT NOT NULL,"
            " credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,"
            " PRIMARY KEY (type, credential_id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX credential_types_by_credential ON credential_types(credential_id)"),
        QStringLiteral(
            "CREATE TABLE credential_tags ("
            " credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,"
            " tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 64),"
            " PRIMARY KEY (credential_id, tag)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX credential_tags_by_tag ON credential_tags(tag)"),
        QStringLiteral("CREATE TABLE offers ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " record_id TEXT NOT NULL,"
                       " thread_id TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL DEFAULT '',"
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
                       " holder TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX verification_log_by_time ON verification_log(profile_id, at, id)"),
        // What the holder answered to verifiers: when, to whom, which claims (names only; the
        // values stay in the credentials), and the outcome.
        QStringLiteral("CREATE TABLE presentations ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " at INTEGER NOT NULL,"
                       " client_id TEXT NOT NULL,"
                       " verifier_name TEXT NOT NULL DEFAULT '',"
                       " trusted_name TEXT NOT NULL DEFAULT '',"
                       " authenticated_by TEXT NOT NULL DEFAULT '',"
                       " purpose TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL CHECK (outcome IN"
                       "  ('shared', 'declined', 'refused', 'failed')),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " disclosed TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE INDEX presentations_by_time ON presentations(profile_id, at, id)"),
        // Credentials a hosted wallet (seed 003) holds for the holder. Its API cannot list
        // them, so the wallet remembers the ids it learnt (issued through vcdesk, or given).
        QStringLiteral("CREATE TABLE hosted_credentials ("
                       " id INTEGER PRIMARY KEY,"
                       " uid TEXT NOT NULL UNIQUE,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " remote_id TEXT NOT NULL CHECK (length(remote_id) BETWEEN 1 AND 200),"
                       " title TEXT NOT NULL DEFAULT '',"
                       " added_at INTEGER NOT NULL,"
                       " credential_id INTEGER REFERENCES credentials(id) ON DELETE SET NULL,"
                       " UNIQUE (account_id, remote_id))"),
        QStringLiteral("CREATE TABLE sync_changes (tbl TEXT NOT NULL, id INTEGER NOT NULL,"
                       " PRIMARY KEY (tbl, id)) WITHOUT ROWID"),
    };
    return statements;
}

const QStringList &WalletSchema::indexTableStatements()
{
    static const QStringList statements = [] {
        QStringList out;
        for (const QString &statement : allIndexStatements())
            if (statement.startsWith(QLatin1String("CREATE TABLE")) ||
                statement.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
                out << statement;
        return out;
    }();
    return statements;
}

const QStringList &WalletSchema::indexLookupStatements()
{
    // Indexes are built once after a bulk load, which is much faster than keeping them up to
    // date row by row.
    static const QStringList statements = [] {
        QStringList out;
        for (const QString &statement : allIndexStatements())
            if (!statement.startsWith(QLatin1String("CREATE TABLE")) &&
                !statement.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
                out << statement;
        return out;
    }();
    return statements;
}

QStringList WalletSchema::trackingStatements()
{
    // Every change of a record (cascades included) and of its folded children marks the
    // record; the commit reseals what is marked.
    QStringList out;
    const auto note = [](const QString &table, const QString &event, const QString &row,
                         const QString &record, const QString &column) {
        return QStringLiteral("CREATE TEMP TRIGGER sync_%1_%2 AFTER %3 ON main.%1 BEGIN"
                              " INSERT OR IGNORE INTO sync_changes(tbl, id) VALUES ('%4', %5.%6);"
                              " END")
            .arg(table, event.toLower(), event, record, row, column);
    };
    for (const Table &t : tables()) {
        const QString name = t.name;
        out << note(name, QStringLiteral("INSERT"), QStringLiteral("new"), name,
                    QStringLiteral("id"))
            << note(name, QStringLiteral("UPDATE"), QStringLiteral("new"), name,
                    QStringLiteral("id"))
            << note(name, QStringLiteral("DELETE"), QStringLiteral("old"), name,
                    QStringLiteral("id"));
        if (!t.child.isEmpty()) {
            const QString child = t.child;
            out << note(child, QStringLiteral("INSERT"), QStringLiteral("new"), name, t.childKey)
                << note(child, QStringLiteral("DELETE"), QStringLiteral("old"), name, t.childKey);
        }
    }
    return out;
}

} // namespace vcdesk
