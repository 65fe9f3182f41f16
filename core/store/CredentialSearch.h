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
    /// The choices of the list's filter menus, each at most `limit` (the search box finds the
    /// rest). Each distinct value is one index seek (a "skip scan"), so k values cost k seeks
    /// however many credentials share them: well under a millisecond for a few dozen values at
    /// 100,000 credentials, never a scan of the credentials.
    static constexpr int kMaxChoices = 500;
    struct Issuer
    {
        QString id;
        QString name; // its trust-list name, as stored with its newest credential; or empty
    };
    /// The credentials' primary types, in code-point order.
    Result<QStringList> types(qint64 profileId, int limit = kMaxChoices) const;
    /// In the order of their ids.
    Result<QList<Issuer>> issuers(qint64 profileId, int limit = kMaxChoices) const;
    /// The tags used in the profile, in code-point order.
    Result<QStringList> tags(qint64 profileId, int limit = kMaxChoices) const;

private:
    QSqlDatabase m_db;
};

} // namespace vcdesk
