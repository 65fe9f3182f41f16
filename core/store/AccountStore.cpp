#include "core/store/AccountStore.h"

#include "core/common/Clock.h"

#include "core/crypto/SecretKey.h"
#include "core/net/NetworkPolicy.h"
#include "core/store/RecordSealer.h"
#include "core/store/Sql.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletTransaction.h"

#include <QUrl>

namespace vcdesk {

namespace {

constexpr QLatin1StringView kTable("accounts");
const QString kColumns =
    QStringLiteral("id, uid, profile_id, name, kind, role, base_url, secret_kind, created_at");

Account::SecretKind secretKindFrom(const QString &name)
{
    if (name == QLatin1String("api-key"))
        return Account::SecretKind::ApiKey;
    if (name == QLatin1String("bearer"))
        return Account::SecretKind::Bearer;
    return Account::SecretKind::None;
}

Account fromRow(const QSqlQuery &row)
{
    Account a;
    a.id = row.value(0).toLongLong();
    a.uid = row.value(1).toString();
    a.profileId = row.value(2).toLongLong();
    a.name = row.value(3).toString();
    a.kind = row.value(4).toString();
    a.role = row.value(5).toString();
    a.baseUrl = row.value(6).toString();
    a.secretKind = secretKindFrom(row.value(7).toString());
    a.createdAt = row.value(8).toLongLong();
    return a;
}

Status checkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool https = url.scheme() == QLatin1String("https");
    const bool loopbackHttp =
        url.scheme() == QLatin1String("http") && NetworkPolicy::isLoopbackHost(url.host());
    if (!url.isValid() || url.host().isEmpty() || (!https && !loopbackHttp) ||
        !url.userInfo().isEmpty() || url.hasFragment() || text.size() > 2000)
        return Error{QStringLiteral("wallet.invalid_url"),
                     AccountStore::tr("the service URL must be https (or http to this machine "
                                      "for the local agent): %1")
                         .arg(text.left(200))};
    return {};
}

} // namespace

QString Account::secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return QStringLiteral("api-key");
    case SecretKind::Bearer:
        return QStringLiteral("bearer");
    case SecretKind::None:
        break;
    }
    return QStringLiteral("none");
}

const QStringList &AccountStore::kinds()
{
    static const QStringList names{QStringLiteral("issuer-agent"), QStringLiteral("verifier"),
                                   QStringLiteral("hosted-wallet"), QStringLiteral("generator")};
    return names;
}

Result<Account> AccountStore::add(qint64 profileId, Account &account)
{
    auto refuse = [&](Error error) -> Result<Account> {
        wipe(account.secret);
        return error;
    };
    if (!kinds().contains(account.kind))
        return refuse(Error{QStringLiteral("wallet.invalid"),
                            tr("unknown account kind \"%1\"; one of %2")
                                .arg(account.kind.left(40), kinds().join(QStringLiteral(", ")))});
    if (auto url = checkUrl(account.baseUrl); !url)
        return refuse(url.error());
    account.name = account.name.trimmed();
    if (account.name.isEmpty())
        account.name = QUrl(account.baseUrl).host() + QLatin1Char(' ') + account.kind;
    if (account.name.size() > 100 || account.role.size() > 100)
        return refuse(Error{QStringLiteral("wallet.invalid"),
                            tr("account names and roles have at most 100 characters")});
    if (find(profileId, account.name).ok())
        return refuse(Error{QStringLiteral("wallet.account_exists"),
                            tr("there is already an account named \"%1\"").arg(account.name)});
    if (account.secretKind != Account::SecretKind::None &&
        (account.secret.isEmpty() || account.secret.size() > 8192))
        return refuse(
            Error{QStringLiteral("wallet.invalid"), tr("an API key or token has 1 to 8192 bytes")});
    if (!m_access.isUnlocked())
        return refuse(WalletErrors::locked());

    account.uid = WalletErrors::newUid();
    account.profileId = profileId;
    account.createdAt = Clock::nowSeconds();
    QVariant sealed;
    if (account.secretKind != Account::SecretKind::None) {
        auto result = m_access.sealer->seal(kTable, account.uid, account.secret);
        wipe(account.secret);
        if (!result)
            return result.error();
        sealed = result.value();
    }
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("INSERT INTO accounts(uid, profile_id, name, kind, role,"
                                " base_url, secret_kind, created_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {account.uid, profileId, account.name, account.kind, account.role, account.baseUrl,
                  Account::secretKindName(account.secretKind), account.createdAt});
    if (!query)
        return query.error();
    account.id = query->lastInsertId().toLongLong();
    if (sealed.isValid())
        transaction.value().putSecret(kTable, account.id, sealed.toByteArray());
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return account;
}

Result<QList<Account>> AccountStore::list(qint64 profileId) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" FROM accounts WHERE profile_id = ? ORDER BY name"),
                          {profileId});
    if (!query)
        return query.error();
    QList<Account> accounts;
    while (query.value().next())
        accounts << fromRow(query.value());
    return accounts;
}

Result<Account> AccountStore::find(qint64 profileId, const QString &idOrName) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM accounts WHERE profile_id = ? AND (id = ? OR name = ?)"),
                 {profileId, numeric ? id : -1, idOrName});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{QStringLiteral("wallet.no_account"),
                     tr("there is no account \"%1\"").arg(idOrName.left(100))};
    return fromRow(query.value());
}

Result<Account> AccountStore::open(qint64 id) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(
        m_access.index,
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return WalletErrors::notFound(tr("account"), id);
    Account account = fromRow(query.value());
    if (account.secretKind == Account::SecretKind::None)
        return account;
    auto sealedSecret = Sql::scalar(
        m_access.file, QStringLiteral("SELECT secret FROM accounts WHERE id = ?"), {id});
    if (!sealedSecret)
        return sealedSecret.error();
    auto secret = m_access.sealer->open(kTable, account.uid, sealedSecret->toByteArray());
    if (!secret)
        return secret.error();
    account.secret = secret.value();
    return account;
}

Status AccountStore::remove(qint64 id)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query =
        Sql::run(m_access.index, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return WalletErrors::notFound(tr("account"), id);
    return transaction.value().commit();
}

} // namespace vcdesk
