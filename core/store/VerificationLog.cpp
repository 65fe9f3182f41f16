#include "core/store/VerificationLog.h"

#include "core/common/Clock.h"

#include "core/codec/StrictJson.h"
#include "core/store/RecordSealer.h"
#include "core/store/Sql.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletMeta.h"
#include "core/store/WalletTransaction.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

constexpr QLatin1StringView kTable("verification_log");
const QString kRetention = QStringLiteral("log_retention_days");
const QString kColumns =
    QStringLiteral("id, uid, profile_id, at, verifier, request, outcome, reason, checks, holder");

LogEntry fromRow(const QSqlQuery &row)
{
    LogEntry e;
    e.id = row.value(0).toLongLong();
    e.uid = row.value(1).toString();
    e.profileId = row.value(2).toLongLong();
    e.at = row.value(3).toLongLong();
    e.verifier = row.value(4).toString();
    e.request = row.value(5).toString();
    e.outcome = row.value(6).toString();
    e.reason = row.value(7).toString();
    e.checks = QJsonDocument::fromJson(row.value(8).toByteArray()).array();
    e.holder = row.value(9).toString();
    return e;
}

} // namespace

const QStringList &VerificationLog::outcomes()
{
    static const QStringList names{QStringLiteral("verified"), QStringLiteral("rejected"),
                                   QStringLiteral("error"), QStringLiteral("expired"),
                                   QStringLiteral("cancelled")};
    return names;
}

Result<qint64> VerificationLog::append(qint64 profileId, const LogEntry &entry)
{
    if (!outcomes().contains(entry.outcome))
        return Error{QStringLiteral("wallet.invalid"),
                     tr("unknown outcome \"%1\"").arg(entry.outcome.left(40))};
    if (entry.verifier.size() > 200 || entry.request.size() > 2000 || entry.reason.size() > 2000 ||
        entry.holder.size() > 2000)
        return Error{QStringLiteral("wallet.invalid"), tr("a log entry field is too long")};
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    const QString uid = WalletErrors::newUid();
    QVariant sealed;
    if (!entry.details.isEmpty()) {
        auto result = m_access.sealer->seal(
            kTable, uid, QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
        if (!result)
            return result.error();
        sealed = result.value();
    }
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query = Sql::run(
        m_access.index,
        QStringLiteral("INSERT INTO verification_log(uid, profile_id, at, verifier, request,"
                       " outcome, reason, checks, holder)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uid, profileId, entry.at ? entry.at : Clock::nowSeconds(), entry.verifier, entry.request,
         entry.outcome, entry.reason, QJsonDocument(entry.checks).toJson(QJsonDocument::Compact),
         entry.holder});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (sealed.isValid())
        transaction.value().putSecret(kTable, id, sealed.toByteArray());
    if (auto pruned = prune(); !pruned)
        return pruned.error();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return id;
}

Result<QList<LogEntry>> VerificationLog::page(qint64 profileId, int limit,
                                              std::optional<std::pair<qint64, qint64>> after,
                                              const QString &outcome) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM verification_log WHERE profile_id = ?");
    QVariantList values{profileId};
    if (!outcome.isEmpty()) {
        sql += QStringLiteral(" AND outcome = ?");
        values << outcome;
    }
    if (after) {
        sql += QStringLiteral(" AND (at, id) < (?, ?)");
        values << after->first << after->second;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT %1").arg(qBound(1, limit, 500));
    auto query = Sql::run(m_access.index, sql, values);
    if (!query)
        return query.error();
    QList<LogEntry> entries;
    while (query.value().next())
        entries << fromRow(query.value());
    return entries;
}

Result<qint64> VerificationLog::count(qint64 profileId, const QString &outcome) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto n = outcome.isEmpty()
                 ? Sql::scalar(m_access.index,
                               QStringLiteral("SELECT count(*) FROM verification_log"
                                              " WHERE profile_id = ?"),
                               {profileId})
                 : Sql::scalar(m_access.index,
                               QStringLiteral("SELECT count(*) FROM verification_log"
                                              " WHERE profile_id = ? AND outcome = ?"),
                               {profileId, outcome});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<LogEntry> VerificationLog::open(qint64 id) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + kColumns +
                              QStringLiteral(" FROM verification_log WHERE id = ?"),
                          {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return WalletErrors::notFound(tr("log entry"), id);
    LogEntry entry = fromRow(query.value());
    auto sealedDetails = Sql::scalar(
        m_access.file, QStringLiteral("SELECT secret FROM verification_log WHERE id = ?"), {id});
    if (!sealedDetails)
        return sealedDetails.error();
    const QByteArray sealed = sealedDetails->toByteArray();
    if (sealed.isEmpty())
        return entry;
    auto details = m_access.sealer->open(kTable, entry.uid, sealed);
    if (!details)
        return details.error();
    auto json = StrictJson::parseObject(details.value());
    if (!json)
        return Error{QStringLiteral("wallet.corrupt"), tr("log entry %1 is damaged").arg(id)};
    entry.details = json.value();
    return entry;
}

Result<int> VerificationLog::retentionDays() const
{
    auto value = WalletMeta::get(m_access.file, kRetention);
    if (!value)
        return value.error();
    if (!value->has_value())
        return kDefaultRetentionDays;
    return qBound(1, (*value)->toInt(), 3650);
}

Status VerificationLog::setRetentionDays(int days)
{
    if (days < 1 || days > 3650)
        return Error{QStringLiteral("wallet.invalid"), tr("the log is kept for 1 to 3650 days")};
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    if (auto done = WalletMeta::set(m_access.file, kRetention, QByteArray::number(days)); !done)
        return done;
    if (auto pruned = prune(); !pruned)
        return pruned.error();
    return transaction.value().commit();
}

Result<qint64> VerificationLog::prune()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    const qint64 cutoff = Clock::nowSeconds() - qint64(*days) * 86400;
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("DELETE FROM verification_log WHERE at < ?"), {cutoff});
    if (!query)
        return query.error();
    const qint64 removed = query->numRowsAffected();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return removed;
}

} // namespace vcdesk
