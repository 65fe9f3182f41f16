#include "core/store/WalletTransaction.h"

#include "core/store/SealedRecord.h"
#include "core/store/Sql.h"
#include "core/store/StatementCache.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletIntegrity.h"
#include "core/store/WalletSchema.h"

#include <QHash>

namespace vcdesk {

namespace {

struct PendingSecret
{
    QString table;
    qint64 id = 0;
    QByteArray sealed;
};

// Secrets wait for the outermost commit; a connection belongs to one thread (Qt Sql).
thread_local QHash<QString, QList<PendingSecret>> pendingSecrets;

} // namespace

Result<WalletTransaction> WalletTransaction::begin(const WalletAccess &access)
{
    if (!access.isUnlocked())
        return WalletErrors::locked();
    if (access.readOnly)
        return WalletErrors::readOnly();
    auto index = SqlTransaction::begin(access.index);
    if (!index)
        return index.error();
    WalletTransaction transaction(access, std::move(index).value());
    if (transaction.m_index->isOutermost()) {
        auto file = SqlTransaction::begin(access.file);
        if (!file)
            return file.error();
        transaction.m_file.emplace(std::move(file).value());
    }
    return transaction;
}

WalletTransaction::WalletTransaction(const WalletAccess &access, SqlTransaction index)
    : m_access(access)
    , m_index(std::move(index))
    , m_secretsAtStart(pendingSecrets.value(access.index.connectionName()).size())
{
}

WalletTransaction::WalletTransaction(WalletTransaction &&other) noexcept
    : m_access(other.m_access)
    , m_file(std::move(other.m_file))
    , m_index(std::move(other.m_index))
    , m_secretsAtStart(other.m_secretsAtStart)
    , m_open(other.m_open)
{
    other.m_open = false;
    other.m_file.reset();
    other.m_index.reset();
}

WalletTransaction::~WalletTransaction()
{
    if (!m_open)
        return;
    // Rolled back: forget the secrets this part of the action put.
    auto &pending = pendingSecrets[m_access.index.connectionName()];
    pending.resize(qMin(pending.size(), m_secretsAtStart));
    if (m_index && m_index->isOutermost())
        pendingSecrets.remove(m_access.index.connectionName());
}

void WalletTransaction::putSecret(QLatin1StringView table, qint64 id, const QByteArray &sealed)
{
    pendingSecrets[m_access.index.connectionName()].append(
        PendingSecret{QString(table), id, sealed});
}

Status WalletTransaction::commit()
{
    if (!m_open || !m_index)
        return Error{QStringLiteral("wallet.sql"), tr("no transaction to commit")};
    if (!m_index->isOutermost()) {
        if (auto done = m_index->commit(); !done)
            return done;
        m_open = false;
        return {};
    }
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (auto done = m_file->commit(); !done)
        return done;
    // The file holds the action now; the in-memory index follows.
    auto done = m_index->commit();
    m_open = false;
    pendingSecrets.remove(m_access.index.connectionName());
    if (!done)
        return Error{QStringLiteral("wallet.index"),
                     tr("the change was saved but the wallet's view of it failed (%1); lock and "
                        "unlock the wallet")
                         .arg(done.error().message)};
    return {};
}

Status WalletTransaction::flush()
{
    auto changes = Sql::run(m_access.index,
                            QStringLiteral("SELECT tbl, id FROM sync_changes ORDER BY tbl, id"));
    if (!changes)
        return changes.error();
    // The rows this action touches, as they were before it (for the integrity digest).
    QList<std::pair<QString, qint64>> touched;
    while (changes.value().next())
        touched.append(
            {changes.value().value(0).toString(), changes.value().value(1).toLongLong()});
    for (const PendingSecret &secret : pendingSecrets.value(m_access.index.connectionName()))
        if (!touched.contains(std::pair{secret.table, secret.id}))
            touched.append({secret.table, secret.id});
    auto digest = WalletIntegrity::stored(m_access.file, *m_access.sealer);
    if (!digest)
        return digest.error();
    for (const auto &[name, id] : touched) {
        auto before = WalletIntegrity::ofRow(m_access.file, *m_access.sealer, name, id);
        if (!before)
            return before.error();
        WalletIntegrity::combine(digest.value(), before.value());
    }
    for (const auto &[name, id] : touched) {
        const WalletSchema::Table *table = WalletSchema::table(name);
        if (!table)
            return Error{QStringLiteral("wallet.sql"), tr("unknown table %1").arg(name)};
        auto record = SealedRecord::read(m_access.index, *table, id);
        if (!record)
            return record.error();
        if (record->isEmpty()) {
            if (auto done = StatementCache::run(
                    m_access.file, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(name), {id});
                !done)
                return done.error();
            continue;
        }
        const QString uid = record->value(QStringLiteral("uid")).toString();
        auto sealed = SealedRecord::seal(*m_access.sealer, *table, uid, record.value());
        if (!sealed)
            return sealed.error();
        if (auto done = StatementCache::run(
                m_access.file,
                QStringLiteral("INSERT INTO %1(id, uid, sealed) VALUES (?, ?, ?)"
                               " ON CONFLICT(id) DO UPDATE SET sealed = excluded.sealed"
                               " WHERE uid = excluded.uid")
                    .arg(name),
                {id, uid, sealed.value()});
            !done) {
            return done.error();
        } else if (done.value()->numRowsAffected() != 1) {
            // The row holds another record (a second writer of this file in this process):
            // never overwrite it.
            return Error{QStringLiteral("wallet.conflict"),
                         tr("the wallet's %1 record %2 was written by another session; lock "
                            "and unlock the wallet")
                             .arg(name)
                             .arg(id)};
        }
    }
    for (const PendingSecret &secret : pendingSecrets.value(m_access.index.connectionName())) {
        auto updated = StatementCache::run(
            m_access.file,
            QStringLiteral("UPDATE %1 SET secret = ? WHERE id = ?").arg(secret.table),
            {secret.sealed, secret.id});
        if (!updated)
            return updated.error();
        if (updated.value()->numRowsAffected() != 1)
            return Error{
                QStringLiteral("wallet.sql"),
                tr("the %1 record %2 is missing its row").arg(secret.table).arg(secret.id)};
    }
    // ... and as they are now.
    for (const auto &[name, id] : touched) {
        auto after = WalletIntegrity::ofRow(m_access.file, *m_access.sealer, name, id);
        if (!after)
            return after.error();
        WalletIntegrity::combine(digest.value(), after.value());
    }
    if (auto stored = WalletIntegrity::store(m_access.file, *m_access.sealer, digest.value());
        !stored)
        return stored;
    return Sql::exec(m_access.index, QStringLiteral("DELETE FROM sync_changes"));
}

} // namespace vcdesk
