#include "core/store/HostedCredentialStore.h"

#include "core/common/Clock.h"

#include "core/store/Sql.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletTransaction.h"

namespace vcdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, uid, profile_id, account_id, remote_id, title, added_at, coalesce(credential_id, 0)");

HostedCredential fromRow(const QSqlQuery &row)
{
    HostedCredential c;
    c.id = row.value(0).toLongLong();
    c.uid = row.value(1).toString();
    c.profileId = row.value(2).toLongLong();
    c.accountId = row.value(3).toLongLong();
    c.remoteId = row.value(4).toString();
    c.title = row.value(5).toString();
    c.addedAt = row.value(6).toLongLong();
    c.credentialId = row.value(7).toLongLong();
    return c;
}

} // namespace

Result<qint64> HostedCredentialStore::remember(qint64 accountId, const QString &remoteId,
                                               const QString &title)
{
    const QString id = remoteId.trimmed();
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return Error{
            QStringLiteral("wallet.invalid"),
            tr("a hosted wallet's credential id has 1 to %1 characters").arg(kMaxIdLength)};
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto account =
        Sql::run(m_access.index,
                 QStringLiteral("SELECT profile_id, kind FROM accounts WHERE id = ?"), {accountId});
    if (!account)
        return account.error();
    if (!account.value().next())
        return WalletErrors::notFound(tr("account"), accountId);
    if (account.value().value(1).toString() != QLatin1String("hosted-wallet"))
        return Error{QStringLiteral("wallet.invalid"),
                     tr("account %1 is not a hosted wallet").arg(accountId)};
    const qint64 profileId = account.value().value(0).toLongLong();
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto upsert = Sql::run(
        m_access.index,
        QStringLiteral("INSERT INTO hosted_credentials(uid, profile_id, account_id, remote_id,"
                       " title, added_at) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (account_id, remote_id) DO UPDATE SET title ="
                       " CASE WHEN excluded.title = '' THEN title ELSE excluded.title END"),
        {WalletErrors::newUid(), profileId, accountId, id, title.left(200), Clock::nowSeconds()});
    if (!upsert)
        return upsert.error();
    auto row = Sql::scalar(
        m_access.index,
        QStringLiteral("SELECT id FROM hosted_credentials WHERE account_id = ? AND remote_id = ?"),
        {accountId, id});
    if (!row)
        return row.error();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return row->toLongLong();
}

Result<QList<HostedCredential>> HostedCredentialStore::list(qint64 accountId) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" FROM hosted_credentials WHERE account_id = ?"
                                             " ORDER BY added_at DESC, id DESC"),
                          {accountId});
    if (!query)
        return query.error();
    QList<HostedCredential> out;
    while (query.value().next())
        out << fromRow(query.value());
    return out;
}

Result<HostedCredential> HostedCredentialStore::get(qint64 id) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" FROM hosted_credentials WHERE id = ?"),
                          {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return WalletErrors::notFound(tr("hosted credential"), id);
    return fromRow(query.value());
}

Status HostedCredentialStore::setCopy(qint64 id, qint64 credentialId)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("UPDATE hosted_credentials SET credential_id = ? WHERE id = ?"),
                 {credentialId > 0 ? QVariant(credentialId) : QVariant(), id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return WalletErrors::notFound(tr("hosted credential"), id);
    return transaction.value().commit();
}

Status HostedCredentialStore::forget(qint64 id)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("DELETE FROM hosted_credentials WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return WalletErrors::notFound(tr("hosted credential"), id);
    return transaction.value().commit();
}

} // namespace vcdesk
