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

/// The WHERE clause shared by page() and count().
void addFilters(const CredentialQuery &q, QStringList &where, QVariantList &values)
{
    const QString text = q.text.trimmed();
    // A text search alone scans every row anyway: in rowid order (the unary + keeps SQLite
    // from walking the profile index and looking each row up), which halves it. With an
    // issuer, type or tag filter, the index of that filter stays the better way in.
    const bool scan = !text.isEmpty() && q.issuer.isEmpty() && q.type.isEmpty() && q.tag.isEmpty();
    where << (scan ? QStringLiteral("+c.profile_id = ?") : QStringLiteral("c.profile_id = ?"));
    values << q.profileId;
    if (!text.isEmpty()) {
        where << QStringLiteral("c.search_text LIKE ? ESCAPE '\\'");
        values << likePattern(text);
    }
    if (!q.type.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM credential_types t"
                                " WHERE t.type = ? AND t.credential_id = c.id)");
        values << q.type;
    }
    if (!q.issuer.isEmpty()) {
        where << QStringLiteral("c.issuer = ?");
        values << q.issuer;
    }
    if (!q.tag.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM credential_tags g"
                                " WHERE g.credential_id = c.id AND g.tag = ?)");
        values << q.tag;
    }
    if (q.verdict) {
        where << QStringLiteral("c.verdict = ?");
        values << VerdictName::of(*q.verdict);
    }
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

Result<QStringList> CredentialSearch::types(qint64 profileId) const
{
    return distinct(QStringLiteral("primary_type"), profileId);
}

Result<QStringList> CredentialSearch::issuers(qint64 profileId) const
{
    return distinct(QStringLiteral("issuer"), profileId);
}

Result<QStringList> CredentialSearch::distinct(const QString &column, qint64 profileId) const
{
    if (!m_db.isOpen())
        return WalletErrors::locked();
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT DISTINCT %1 FROM credentials"
                                         " WHERE profile_id = ? ORDER BY %1")
                              .arg(column),
                          {profileId});
    if (!query)
        return query.error();
    QStringList out;
    while (query.value().next())
        out << query.value().value(0).toString();
    return out;
}

} // namespace vcdesk
