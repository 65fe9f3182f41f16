#include "agent/AgentStore.h"

#include "core/crypto/Jwk.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

#include <openssl/crypto.h>

namespace vcdesk {

namespace {

const QList<Migration> kSchema{
    {1,
     QStringLiteral("parties, connections, records, status lists, definitions, auth requests, "
                    "templates, hosted credentials"),
     {QStringLiteral("CREATE TABLE parties (name TEXT PRIMARY KEY, role TEXT NOT NULL,"
                     " api_key TEXT NOT NULL UNIQUE, did TEXT NOT NULL, kid TEXT NOT NULL,"
                     " private_jwk TEXT NOT NULL)"),
      QStringLiteral("CREATE TABLE connections (id TEXT PRIMARY KEY,"
                     " issuer TEXT NOT NULL REFERENCES parties(name),"
                     " holder TEXT NOT NULL REFERENCES parties(name))"),
      QStringLiteral("CREATE TABLE records (record_id TEXT PRIMARY KEY, thid TEXT NOT NULL,"
                     " party TEXT NOT NULL REFERENCES parties(name), role TEXT NOT NULL,"
                     " connection_id TEXT NOT NULL, claims TEXT NOT NULL,"
                     " validity INTEGER NOT NULL, subject_id TEXT NOT NULL DEFAULT '',"
                     " state TEXT NOT NULL, credential TEXT NOT NULL DEFAULT '',"
                     " status_list TEXT NOT NULL DEFAULT '',"
                     " status_index INTEGER NOT NULL DEFAULT -1, created_at INTEGER NOT NULL,"
                     " updated_at INTEGER NOT NULL)"),
      QStringLiteral("CREATE INDEX records_by_party ON records(party, created_at)"),
      QStringLiteral("CREATE INDEX records_by_thid ON records(thid)"),
      QStringLiteral("CREATE TABLE status_lists (id TEXT PRIMARY KEY, issuer TEXT NOT NULL,"
                     " bits BLOB NOT NULL, next_index INTEGER NOT NULL DEFAULT 0)"),
      QStringLiteral("CREATE TABLE definitions (id TEXT PRIMARY KEY, types TEXT NOT NULL,"
                     " claims TEXT NOT NULL)"),
      QStringLiteral("CREATE TABLE auth_requests (correlation_id TEXT PRIMARY KEY,"
                     " definition_id TEXT NOT NULL REFERENCES definitions(id), nonce TEXT NOT NULL,"
                     " status TEXT NOT NULL, created_ms INTEGER NOT NULL,"
                     " updated_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,"
                     " payload TEXT NOT NULL DEFAULT '', verified_data TEXT NOT NULL DEFAULT '',"
                     " error TEXT NOT NULL DEFAULT '')"),
      QStringLiteral("CREATE TABLE templates (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                     " type TEXT NOT NULL, fields TEXT NOT NULL, max_expiration INTEGER)"),
      QStringLiteral("CREATE TABLE hosted_credentials (id TEXT PRIMARY KEY,"
                     " wallet_id TEXT NOT NULL, template_id TEXT NOT NULL REFERENCES templates(id),"
                     " fingerprint TEXT NOT NULL, detail TEXT NOT NULL, fields TEXT NOT NULL,"
                     " created_ms INTEGER NOT NULL, UNIQUE (wallet_id, fingerprint))")}},
    {2,
     QStringLiteral("hosted credentials belong to the party that issued them"),
     {QStringLiteral("ALTER TABLE hosted_credentials ADD COLUMN owner TEXT NOT NULL"
                     " DEFAULT 'hosted-wallet'")}},
    {3,
     QStringLiteral("definitions say how they ask (PE or DCQL) and whom they trust; requests "
                    "count refused answers"),
     {QStringLiteral("ALTER TABLE definitions ADD COLUMN query TEXT NOT NULL"
                     " DEFAULT 'presentation_exchange'"),
      QStringLiteral("ALTER TABLE definitions ADD COLUMN issuers TEXT"),
      QStringLiteral("ALTER TABLE auth_requests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")}},
    {4,
     QStringLiteral("definitions may ask for claims a holder can keep back"),
     {QStringLiteral("ALTER TABLE definitions ADD COLUMN optional_claims TEXT NOT NULL"
                     " DEFAULT '[]'")}},
};

const QString kRecordColumns = QStringLiteral(
    "record_id, thid, party, role, connection_id, claims, validity, subject_id, state,"
    " credential, status_list, status_index, created_at, updated_at");

AgentRecord recordFrom(const QSqlQuery &row)
{
    AgentRecord r;
    r.recordId = row.value(0).toString();
    r.thid = row.value(1).toString();
    r.party = row.value(2).toString();
    r.role = row.value(3).toString();
    r.connectionId = row.value(4).toString();
    r.claims = QJsonDocument::fromJson(row.value(5).toByteArray()).object();
    r.validitySeconds = row.value(6).toLongLong();
    r.subjectId = row.value(7).toString();
    r.state = row.value(8).toString();
    r.credential = row.value(9).toString();
    r.statusList = row.value(10).toString();
    r.statusIndex = row.value(11).toLongLong();
    r.createdAtMs = row.value(12).toLongLong();
    r.updatedAtMs = row.value(13).toLongLong();
    return r;
}

std::optional<AgentParty> partyFrom(const QSqlQuery &row)
{
    AgentParty party;
    party.name = row.value(0).toString();
    party.role = row.value(1).toString();
    party.apiKey = row.value(2).toString();
    party.did = row.value(3).toString();
    party.kid = row.value(4).toString();
    auto key = Jwk::toPrivateKey(QJsonDocument::fromJson(row.value(5).toByteArray()).object());
    if (!key)
        return std::nullopt;
    party.key = key.value();
    return party;
}

Result<QList<AgentRecord>> records(const QSqlDatabase &db, const QString &where,
                                   const QVariantList &values)
{
    auto query = Sql::run(db,
                          QStringLiteral("SELECT ") + kRecordColumns +
                              QStringLiteral(" FROM records WHERE ") + where,
                          values);
    if (!query)
        return query.error();
    QList<AgentRecord> found;
    while (query.value().next())
        found << recordFrom(query.value());
    return found;
}

} // namespace

Result<std::unique_ptr<AgentStore>> AgentStore::open(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("agent.io"), tr("cannot create the folder %1").arg(folder)};
    const QString path = QDir(folder).filePath(QStringLiteral("agent.db"));
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{QStringLiteral("agent.io"), tr("cannot create %1").arg(path)};
    }
    std::unique_ptr<AgentStore> store(new AgentStore);
    store->m_connectionName = QStringLiteral("vcdesk-agent-") + QUuid::createUuid().toString();
    store->m_folder = folder;
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    if (!store->m_db.open())
        return Error{QStringLiteral("agent.io"),
                     tr("cannot open %1: %2").arg(path, store->m_db.lastError().text())};
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"})
        if (auto done = Sql::exec(store->m_db, QString::fromLatin1(pragma)); !done)
            return done.error();
    if (auto migrated = SchemaMigrations::apply(store->m_db, kSchema); !migrated)
        return migrated.error();
    return store;
}

AgentStore::~AgentStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status AgentStore::addParty(const AgentParty &party)
{
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO parties(name, role, api_key, did, kid, private_jwk)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {party.name, party.role, party.apiKey, party.did, party.kid,
         QJsonDocument(Jwk::fromPrivateKey(party.key)).toJson(QJsonDocument::Compact)});
}

Result<QList<AgentParty>> AgentStore::parties() const
{
    auto query = Sql::run(
        m_db, QStringLiteral("SELECT name, role, api_key, did, kid, private_jwk FROM parties"
                             " ORDER BY rowid"));
    if (!query)
        return query.error();
    QList<AgentParty> found;
    while (query.value().next())
        if (auto party = partyFrom(query.value()))
            found << *party;
    return found;
}

std::optional<AgentParty> AgentStore::partyByApiKey(QByteArrayView apiKey) const
{
    if (apiKey.isEmpty())
        return std::nullopt;
    auto all = parties();
    if (!all)
        return std::nullopt;
    // Every party's key is compared, each in constant time (the keys' length is no secret).
    std::optional<AgentParty> found;
    for (const AgentParty &party : all.value()) {
        const QByteArray key = party.apiKey.toUtf8();
        if (key.size() == apiKey.size() &&
            CRYPTO_memcmp(key.constData(), apiKey.data(), size_t(key.size())) == 0)
            found = party;
    }
    return found;
}

std::optional<AgentParty> AgentStore::partyByName(const QString &name) const
{
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT name, role, api_key, did, kid, private_jwk"
                                         " FROM parties WHERE name = ?"),
                          {name});
    if (!query || !query.value().next())
        return std::nullopt;
    return partyFrom(query.value());
}

Status AgentStore::addConnection(const Connection &connection)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO connections(id, issuer, holder) VALUES (?, ?, ?)"),
                     {connection.id, connection.issuer, connection.holder});
}

Result<QList<AgentStore::Connection>> AgentStore::connections() const
{
    auto query = Sql::run(m_db, QStringLiteral("SELECT id, issuer, holder FROM connections"));
    if (!query)
        return query.error();
    QList<Connection> found;
    while (query.value().next())
        found << Connection{query.value().value(0).toString(), query.value().value(1).toString(),
                            query.value().value(2).toString()};
    return found;
}

std::optional<AgentStore::Connection> AgentStore::connection(const QString &id) const
{
    auto query = Sql::run(
        m_db, QStringLiteral("SELECT id, issuer, holder FROM connections WHERE id = ?"), {id});
    if (!query || !query.value().next())
        return std::nullopt;
    return Connection{query.value().value(0).toString(), query.value().value(1).toString(),
                      query.value().value(2).toString()};
}

Status AgentStore::saveRecord(const AgentRecord &r)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT OR REPLACE INTO records(") + kRecordColumns +
                         QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {r.recordId, r.thid, r.party, r.role, r.connectionId,
                      QJsonDocument(r.claims).toJson(QJsonDocument::Compact), r.validitySeconds,
                      r.subjectId, r.state, r.credential, r.statusList, r.statusIndex,
                      r.createdAtMs, r.updatedAtMs});
}

Status AgentStore::saveRecords(const QList<AgentRecord> &records)
{
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    for (const AgentRecord &record : records)
        if (auto done = saveRecord(record); !done)
            return done;
    return transaction.value().commit();
}

std::optional<AgentRecord> AgentStore::record(const QString &recordId) const
{
    auto found = records(m_db, QStringLiteral("record_id = ?"), {recordId});
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

Result<QList<AgentRecord>> AgentStore::recordsOf(const QString &party, const QString &thid) const
{
    return thid.isEmpty()
               ? records(m_db, QStringLiteral("party = ? ORDER BY created_at DESC"), {party})
               : records(m_db, QStringLiteral("party = ? AND thid = ? ORDER BY created_at DESC"),
                         {party, thid});
}

std::optional<AgentRecord> AgentStore::counterpart(const AgentRecord &record) const
{
    auto found = records(m_db, QStringLiteral("thid = ? AND record_id <> ?"),
                         {record.thid, record.recordId});
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

Result<QList<AgentRecord>> AgentStore::recordsInStates(const QStringList &states) const
{
    QStringList marks;
    QVariantList values;
    for (const QString &state : states) {
        marks << QStringLiteral("?");
        values << state;
    }
    return records(m_db, QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(','))), values);
}

Result<AgentStore::StatusSlot> AgentStore::allocateStatus(const QString &issuer)
{
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT id, next_index FROM status_lists WHERE issuer = ?"
                                         " AND next_index < ? ORDER BY rowid DESC LIMIT 1"),
                          {issuer, kStatusListSize});
    if (!query)
        return query.error();
    StatusSlot slot;
    if (query.value().next()) {
        slot.listId = query.value().value(0).toString();
        slot.index = query.value().value(1).toLongLong();
    } else {
        slot.listId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto done = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO status_lists(id, issuer, bits)"
                                                 " VALUES (?, ?, ?)"),
                                  {slot.listId, issuer, QByteArray(kStatusListSize / 8, '\0')});
            !done)
            return done.error();
    }
    if (auto done =
            Sql::exec(m_db, QStringLiteral("UPDATE status_lists SET next_index = ? WHERE id = ?"),
                      {slot.index + 1, slot.listId});
        !done)
        return done.error();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return slot;
}

Status AgentStore::setStatusBit(const QString &listId, qint64 index, bool revoked)
{
    auto list = statusList(listId);
    if (!list)
        return list.error();
    if (index < 0 || index >= list->second.size() * 8)
        return Error{QStringLiteral("agent.invalid"), tr("no status entry %1").arg(index)};
    QByteArray bits = list->second;
    const char mask = char(0x80 >> (index % 8));
    bits[index / 8] = revoked ? char(bits[index / 8] | mask) : char(bits[index / 8] & ~mask);
    return Sql::exec(m_db, QStringLiteral("UPDATE status_lists SET bits = ? WHERE id = ?"),
                     {bits, listId});
}

Result<std::pair<QString, QByteArray>> AgentStore::statusList(const QString &listId) const
{
    auto query = Sql::run(
        m_db, QStringLiteral("SELECT issuer, bits FROM status_lists WHERE id = ?"), {listId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{QStringLiteral("agent.not_found"),
                     tr("there is no status list %1").arg(listId)};
    return std::make_pair(query.value().value(0).toString(), query.value().value(1).toByteArray());
}

Result<QStringList> AgentStore::statusListIds() const
{
    auto query = Sql::run(m_db, QStringLiteral("SELECT id FROM status_lists ORDER BY rowid"));
    if (!query)
        return query.error();
    QStringList ids;
    while (query.value().next())
        ids << query.value().value(0).toString();
    return ids;
}

} // namespace vcdesk
