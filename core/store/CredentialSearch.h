#pragma once

#include "core/common/Result.h"
#include "core/store/CredentialPage.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace vcdesk {

/// Lists credentials page by page: filters (text, type, issuer, tag, verdict) and the sort are
/// done in SQL over indexes; text search is a substring scan (LIKE, case-insensitive for
/// ASCII) of the listing fields in memory. Runs on the unlocked wallet's index
/// (Wallet::index()); "wallet.locked" while there is none.
class CredentialSearch
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSearch)
public:
    static constexpr int kMaxPage = 500;

    explicit CredentialSearch(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<CredentialPage> page(const CredentialQuery &query) const;
    /// Where the page after `last` starts, in the order `sort`.
    static CredentialQuery::Cursor cursorOf(const CredentialRecord &last,
                                            CredentialQuery::SortKey sort);
    Result<qint64> count(const CredentialQuery &query) const;
    /// The distinct types and issuers of a profile, for filter menus.
    Result<QStringList> types(qint64 profileId) const;
    Result<QStringList> issuers(qint64 profileId) const;

private:
    Result<QStringList> distinct(const QString &column, qint64 profileId) const;

    QSqlDatabase m_db;
};

} // namespace vcdesk
