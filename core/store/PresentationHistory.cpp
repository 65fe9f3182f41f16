#include "core/store/PresentationHistory.h"

#include "core/common/Clock.h"

#include "core/store/Sql.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletTransaction.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, uid, profile_id, at, client_id, verifier_name, trusted_name, authenticated_by, purpose,"
    " outcome, reason, disclosed");

PresentationRecord fromRow(const QSqlQuery &row)
{
    PresentationRecord r;
    r.id = row.value(0).toLongLong();
    r.uid = row.value(1).toString();
    r.profileId = row.value(2).toLongLong();
    r.at = row.value(3).toLongLong();
    r.clientId = row.value(4).toString();
    r.verifierName = row.value(5).toString();
    r.trustedName = row.value(6).toString();
    r.authenticatedBy = row.value(7).toString();
    r.purpose = row.value(8).toString();
    PresentationRecord::outcomeFromName(row.value(9).toString(), r.outcome);
    r.reason = row.value(10).toString();
    r.disclosed = QJsonDocument::fromJson(row.value(11).toByteArray()).array();
    return r;
}

QString cut(const QString &text)
{
    return text.left(PresentationHistory::kMaxText);
}

} // namespace

Result<qint64> PresentationHistory::append(qint64 profileId, const PresentationRecord &record)
{
    const QByteArray disclosed = QJsonDocument(record.disclosed).toJson(QJsonDocument::Compact);
    if (disclosed.size() > kMaxDisclosedBytes)
        return Error{QStringLiteral("wallet.invalid"),
                     tr("the list of what was shared is too long to keep")};
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query = Sql::run(
        m_access.index,
        QStringLiteral("INSERT INTO presentations(uid, profile_id, at, client_id, verifier_name,"
                       " trusted_name, authenticated_by, purpose, outcome, reason, disclosed)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {WalletErrors::newUid(), profileId, record.at ? record.at : Clock::nowSeconds(),
         cut(record.clientId), cut(record.verifierName), cut(record.trustedName),
         cut(record.authenticatedBy), cut(record.purpose),
         PresentationRecord::outcomeName(record.outcome), cut(record.reason),
         QString::fromUtf8(disclosed)});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return id;
}

Result<QList<PresentationRecord>>
PresentationHistory::page(qint64 profileId, int limit,
                          std::optional<std::pair<qint64, qint64>> after) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM presentations WHERE profile_id = ?");
    QVariantList values{profileId};
    if (after) {
        sql += QStringLiteral(" AND (at, id) < (?, ?)");
        values << after->first << after->second;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT %1").arg(qBound(1, limit, 500));
    auto query = Sql::run(m_access.index, sql, values);
    if (!query)
        return query.error();
    QList<PresentationRecord> records;
    while (query.value().next())
        records << fromRow(query.value());
    return records;
}

Result<qint64> PresentationHistory::count(qint64 profileId) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto n = Sql::scalar(m_access.index,
                         QStringLiteral("SELECT count(*) FROM presentations WHERE profile_id = ?"),
                         {profileId});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<PresentationRecord> PresentationHistory::get(qint64 id) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" FROM presentations WHERE id = ?"),
                          {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return WalletErrors::notFound(tr("presentation"), id);
    return fromRow(query.value());
}

Result<qint64> PresentationHistory::clear(qint64 profileId)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query =
        Sql::run(m_access.index, QStringLiteral("DELETE FROM presentations WHERE profile_id = ?"),
                 {profileId});
    if (!query)
        return query.error();
    const qint64 removed = query->numRowsAffected();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return removed;
}

} // namespace vcdesk
