#include "core/store/CredentialSearch.h"

#include "core/store/CredentialRows.h"
#include "core/store/Sql.h"
#include "core/store/StoreClock.h"
#include "core/store/WalletErrors.h"

namespace vcdesk {

namespace {

using SortKey = CredentialQuery::SortKey;

QString sortColumn(SortKey key)
{
    switch (key) {
    case SortKey::Added:
        return QStringLiteral("c.id");
    case SortKey::Issued:
        return QStringLiteral("c.issued_at");
    case SortKey::Expires:
        return QStringLiteral("c.expires_at");
    case SortKey::Title:
        return QStringLiteral("c.title");
    case SortKey::Issuer:
        return QStringLiteral("c.issuer");
    }
    return QStringLiteral("c.id");
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// The WHERE clause shared by page() and count(). Costs at 100,000 credentials (in memory;
/// tests/bench/bench_wallet_store): a type or tag is a list of ids read from its own index
/// (credential_types' key, credential_tags_by_tag), so a page costs what its rows cost: a rare
/// tag or type a fraction of a millisecond, a count of a common one a few ms (EXISTS on every
/// row of the profile cost 30-50 ms). With an issuer, its index (credentials_by_issuer) is the
/// better way in and type and tag are checked per row of that issuer (the list of ids would
/// make SQLite leave that index: 17 ms instead of 1.6). Verdict and revoked are checked on
/// each row the page walks.
void addFilters(const CredentialQuery &q, QStringList &where, QVariantList &values)
{
    const QString text = q.text.trimmed();
    // A text search alone scans every row anyway: in rowid order (the unary + keeps SQLite
    // from walking the profile index and looking each row up), which halves it. So does
    // "revoked only" (few rows match: a page reads them all). With an issuer, type or tag
    // filter, the index of that filter stays the better way in.
    const bool scan = (!text.isEmpty() || q.revokedOnly) && q.issuer.isEmpty() &&
                      q.type.isEmpty() && q.tag.isEmpty();
    const bool byIssuer = !q.issuer.isEmpty();
    where << (scan ? QStringLiteral("+c.profile_id = ?") : QStringLiteral("c.profile_id = ?"));
    values << q.profileId;
    if (!text.isEmpty()) {
        where << QStringLiteral("c.search_text LIKE ? ESCAPE '\\'");
        values << likePattern(text);
    }
    if (!q.type.isEmpty()) {
        where << (byIssuer ? QStringLiteral("EXISTS (SELECT 1 FROM credential_types t"
                                            " WHERE t.type = ? AND t.credential_id = c.id)")
                           : QStringLiteral("c.id IN (SELECT t.credential_id FROM"
                                            " credential_types t WHERE t.type = ?)"));
        values << q.type;
    }
    if (!q.issuer.isEmpty()) {
        where << QStringLiteral("c.issuer = ?");
        values << q.issuer;
    }
    if (!q.tag.isEmpty()) {
        where << (byIssuer ? QStringLiteral("EXISTS (SELECT 1 FROM credential_tags g"
                                            " WHERE g.credential_id = c.id AND g.tag = ?)")
                           : QStringLiteral("c.id IN (SELECT g.credential_id FROM"
                                            " credential_tags g WHERE g.tag = ?)"));
        values << q.tag;
    }
    if (q.verdict) {
        where << QStringLiteral("c.verdict = ?");
        values << VerdictName::of(*q.verdict);
    }
    if (q.revokedOnly)
        where << QStringLiteral("c.revoked <> 0"); // revoked (1) or suspended (2)
}

} // namespace

Result<CredentialPage> CredentialSearch::page(const CredentialQuery &q) const
{
    if (!m_db.isOpen())
        return WalletErrors::locked();
    if (q.limit < 1 || q.limit > kMaxPage)
        return Error{QStringLiteral("wallet.invalid"),
                     tr("a page has 1 to %1 credentials").arg(kMaxPage)};
    QStringList where;
    QVariantList values;
    addFilters(q, where, values);
    const QString column = sortColumn(q.sort);
    const QString direction = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString beyond = q.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (q.after) {
        if (q.sort == SortKey::Added) {
            where << QStringLiteral("c.id %1 ?").arg(beyond);
            values << q.after->id;
        } else {
            where << QStringLiteral("(%1, c.id) %2 (?, ?)").arg(column, beyond);
            values << q.after->value << q.after->id;
        }
    }
    QString sql = QStringLiteral("SELECT ") + CredentialRows::columns() +
                  QStringLiteral(" FROM credentials c WHERE ") +
                  where.join(QStringLiteral(" AND "));
    sql += q.sort == SortKey::Added
               ? QStringLiteral(" ORDER BY c.id %1").arg(direction)
               : QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(column, direction);
    sql += QStringLiteral(" LIMIT %1").arg(q.limit + 1); // one more: is there a next page?
    auto query = Sql::run(m_db, sql, values);
    if (!query)
        return query.error();
    CredentialPage page;
    while (query.value().next())
        page.rows << CredentialRows::fromRow(query.value());
    if (page.rows.size() > q.limit) {
        page.rows.removeLast();
        page.next = cursorOf(page.rows.last(), q.sort);
    }
    if (auto tags = CredentialRows::loadTags(m_db, page.rows); !tags)
        return tags.error();
    return page;
}

Result<qint64> CredentialSearch::count(const CredentialQuery &q) const
{
    if (!m_db.isOpen())
        return WalletErrors::locked();
    QStringList where;
    QVariantList values;
    addFilters(q, where, values);
    auto n = Sql::scalar(m_db,
                         QStringLiteral("SELECT count(*) FROM credentials c WHERE ") +
                             where.join(QStringLiteral(" AND ")),
                         values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

CredentialQuery::Cursor CredentialSearch::cursorOf(const CredentialRecord &last, SortKey sort)
{
    QVariant value;
    switch (sort) {
    case SortKey::Added:
        value = last.id;
        break;
    case SortKey::Issued:
        value = StoreClock::toStored(last.issuedAt, StoreClock::kUnknown);
        break;
    case SortKey::Expires:
        value = StoreClock::toStored(last.expiresAt, StoreClock::kNever);
        break;
    case SortKey::Title:
        value = last.title;
        break;
    case SortKey::Issuer:
        value = last.issuer;
        break;
    }
    return CredentialQuery::Cursor{value, last.id};
}

namespace {

/// The distinct values of `column` in `table`, in index order, one seek each: a recursive
/// query asks for the smallest value above the last one found (SELECT DISTINCT would read
/// every row: about 10 ms at 100,000 credentials, against 0.1 ms). `scope` narrows the table
/// ("profile_id = ? AND"); the last parameter is how many values at most.
QString skipScan(const QString &column, const QString &table, const QString &scope)
{
    return QStringLiteral("WITH RECURSIVE next(value) AS ("
                          " SELECT (SELECT %1 FROM %2 WHERE %3 1 ORDER BY %1 LIMIT 1)"
                          " UNION ALL"
                          " SELECT (SELECT %1 FROM %2 WHERE %3 %1 > next.value ORDER BY %1 LIMIT 1)"
                          " FROM next WHERE next.value IS NOT NULL LIMIT ?)")
        .arg(column, table, scope);
}

} // namespace

Result<QStringList> CredentialSearch::types(qint64 profileId, int limit) const
{
    if (!m_db.isOpen())
        return WalletErrors::locked();
    // Over credentials_by_type (profile_id, primary_type, id).
    auto query = Sql::run(m_db,
                          skipScan(QStringLiteral("primary_type"), QStringLiteral("credentials"),
                                   QStringLiteral("profile_id = ? AND")) +
                              QStringLiteral(" SELECT value FROM next WHERE value IS NOT NULL"),
                          {profileId, profileId, limit + 1});
    if (!query)
        return query.error();
    QStringList out;
    while (query.value().next() && out.size() < limit)
        out << query.value().value(0).toString();
    return out;
}

Result<QList<CredentialSearch::Issuer>> CredentialSearch::issuers(qint64 profileId, int limit) const
{
    if (!m_db.isOpen())
        return WalletErrors::locked();
    // Over credentials_by_issuer (profile_id, issuer, id); the name is one more seek each.
    auto query =
        Sql::run(m_db,
                 skipScan(QStringLiteral("issuer"), QStringLiteral("credentials"),
                          QStringLiteral("profile_id = ? AND")) +
                     QStringLiteral(" SELECT value, (SELECT issuer_name FROM credentials"
                                    " WHERE profile_id = ? AND issuer = next.value ORDER BY id DESC"
                                    " LIMIT 1) FROM next WHERE value IS NOT NULL"),
                 {profileId, profileId, limit + 1, profileId});
    if (!query)
        return query.error();
    QList<Issuer> out;
    while (query.value().next() && out.size() < limit)
        out << Issuer{query.value().value(0).toString(), query.value().value(1).toString()};
    return out;
}

Result<QStringList> CredentialSearch::tags(qint64 profileId, int limit) const
{
    if (!m_db.isOpen())
        return WalletErrors::locked();
    // Over credential_tags_by_tag (tag), for every profile (up to this many tags); each tag
    // is then kept if one of its credentials is this profile's (the first one looked at, in a
    // wallet of one profile).
    constexpr int kMaxWalletTags = 20000;
    auto query = Sql::run(
        m_db,
        skipScan(QStringLiteral("tag"), QStringLiteral("credential_tags"), QString()) +
            QStringLiteral(" SELECT value FROM next WHERE value IS NOT NULL AND EXISTS (SELECT 1"
                           " FROM credential_tags g JOIN credentials c ON c.id = g.credential_id"
                           " WHERE g.tag = next.value AND c.profile_id = ?) LIMIT ?"),
        {kMaxWalletTags, profileId, limit + 1});
    if (!query)
        return query.error();
    QStringList out;
    while (query.value().next() && out.size() < limit)
        out << query.value().value(0).toString();
    return out;
}

} // namespace vcdesk
