#pragma once

#include "agent/AgentParty.h"
#include "agent/AgentRecord.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace vcdesk {

/// The agent's state in DIR/agent.db (SQLite, WAL, owner-only): parties with their keys,
/// connections between them, both sides of every credential exchange, and status lists.
/// State survives a restart. The parties' private keys are protected by the file's mode
/// (0600), as a server's key file is: the agent is a local sandbox, not a vault.
class AgentStore
{
    Q_DECLARE_TR_FUNCTIONS(AgentStore)
public:
    static constexpr int kStatusListSize = 131072; // bits: 16 KiB, the StatusList2021 minimum

    struct Connection
    {
        QString id;
        QString issuer;
        QString holder;
    };
    struct StatusSlot
    {
        QString listId;
        qint64 index = 0;
    };

    static Result<std::unique_ptr<AgentStore>> open(const QString &folder);
    ~AgentStore();

    const QSqlDatabase &database() const { return m_db; }
    /// The data folder it was opened in.
    const QString &folder() const { return m_folder; }

    Status addParty(const AgentParty &party);
    Result<QList<AgentParty>> parties() const;
    /// The party whose API key is exactly `apiKey` (no trimming; compared in constant time).
    std::optional<AgentParty> partyByApiKey(QByteArrayView apiKey) const;
    std::optional<AgentParty> partyByName(const QString &name) const;

    Status addConnection(const Connection &connection);
    Result<QList<Connection>> connections() const;
    std::optional<Connection> connection(const QString &id) const;

    Status saveRecord(const AgentRecord &record); // insert or replace
    /// Both sides of an exchange (or any records) in one transaction: all or nothing.
    Status saveRecords(const QList<AgentRecord> &records);
    std::optional<AgentRecord> record(const QString &recordId) const;
    /// A party's records, newest first; only those of one thread when thid is set.
    Result<QList<AgentRecord>> recordsOf(const QString &party, const QString &thid = {}) const;
    /// The other side of an exchange.
    std::optional<AgentRecord> counterpart(const AgentRecord &record) const;
    Result<QList<AgentRecord>> recordsInStates(const QStringList &states) const;

    /// A fresh index in the issuer's status list (a new list when the last is full).
    Result<StatusSlot> allocateStatus(const QString &issuer);
    Status setStatusBit(const QString &listId, qint64 index, bool revoked);
    /// The list's issuer and its bits (one byte per 8 entries, most significant bit first).
    Result<std::pair<QString, QByteArray>> statusList(const QString &listId) const;
    Result<QStringList> statusListIds() const;

private:
    AgentStore() = default;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_folder;
};

} // namespace vcdesk
