#include "core/store/ProfileStore.h"

#include "core/common/Clock.h"

#include "core/store/Sql.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletTransaction.h"

namespace vcdesk {

namespace {

Profile fromRow(const QSqlQuery &row)
{
    return Profile{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toLongLong()};
}

} // namespace

Result<Profile> ProfileStore::create(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return Error{QStringLiteral("wallet.invalid"),
                     tr("a profile name has 1 to 100 characters")};
    if (byName(trimmed).ok())
        return Error{QStringLiteral("wallet.profile_exists"),
                     tr("there is already a profile named \"%1\"").arg(trimmed)};
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    const qint64 now = Clock::nowSeconds();
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("INSERT INTO profiles(uid, name, created_at) VALUES (?, ?, ?)"),
                 {WalletErrors::newUid(), trimmed, now});
    if (!query)
        return query.error();
    const Profile profile{query->lastInsertId().toLongLong(), trimmed, now};
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return profile;
}

Result<QList<Profile>> ProfileStore::list() const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT id, name, created_at FROM profiles ORDER BY id"));
    if (!query)
        return query.error();
    QList<Profile> profiles;
    while (query.value().next())
        profiles << fromRow(query.value());
    return profiles;
}

Result<Profile> ProfileStore::byName(const QString &name) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(
        m_access.index, QStringLiteral("SELECT id, name, created_at FROM profiles WHERE name = ?"),
        {name});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{QStringLiteral("wallet.no_profile"),
                     tr("there is no profile named \"%1\"").arg(name.left(100))};
    return fromRow(query.value());
}

Result<Profile> ProfileStore::resolve(const QString &name) const
{
    if (!name.isEmpty())
        return byName(name);
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("SELECT id, name, created_at FROM profiles ORDER BY id LIMIT 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{QStringLiteral("wallet.no_profile"), tr("the wallet has no profile")};
    return fromRow(query.value());
}

Status ProfileStore::remove(qint64 id)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto count = Sql::scalar(m_access.index, QStringLiteral("SELECT count(*) FROM profiles"));
    if (!count)
        return count.error();
    if (count->toLongLong() <= 1)
        return Error{QStringLiteral("wallet.last_profile"),
                     tr("a wallet keeps at least one profile")};
    auto query =
        Sql::run(m_access.index, QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{QStringLiteral("wallet.no_profile"), tr("there is no profile %1").arg(id)};
    return transaction.value().commit();
}

} // namespace vcdesk
