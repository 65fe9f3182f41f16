#include "core/store/OfferStore.h"

#include "core/common/Clock.h"

#include "core/codec/StrictJson.h"
#include "core/store/RecordSealer.h"
#include "core/store/Sql.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletTransaction.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

constexpr QLatin1StringView kTable("offers");
const QString kColumns = QStringLiteral("id, uid, profile_id, account_id, record_id, thread_id,"
                                        " title, state, created_at, updated_at, credential_id");

StoredOffer fromRow(const QSqlQuery &row)
{
    StoredOffer o;
    o.id = row.value(0).toLongLong();
    o.uid = row.value(1).toString();
    o.profileId = row.value(2).toLongLong();
    o.accountId = row.value(3).toLongLong();
    o.recordId = row.value(4).toString();
    o.threadId = row.value(5).toString();
    o.title = row.value(6).toString();
    o.state = row.value(7).toString();
    o.createdAt = row.value(8).toLongLong();
    o.updatedAt = row.value(9).toLongLong();
    o.credentialId = row.value(10).toLongLong();
    return o;
}

} // namespace

Result<StoredOffer> OfferStore::record(qint64 profileId, const StoredOffer &offer)
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    if (offer.recordId.isEmpty() || offer.recordId.size() > 200 || offer.state.isEmpty() ||
        offer.state.size() > 64 || offer.threadId.size() > 200 || offer.title.size() > 200)
        return Error{QStringLiteral("wallet.invalid"),
                     tr("an offer needs a record id and a state (at most 200 characters)")};
    const QByteArray claims = QJsonDocument(offer.claims).toJson(QJsonDocument::Compact);
    if (claims.size() > 256 * 1024)
        return Error{QStringLiteral("wallet.invalid"), tr("the offer's claims exceed 256 KiB")};
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto existing =
        Sql::run(m_access.index,
                 QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM offers WHERE account_id = ? AND record_id = ?"),
                 {offer.accountId, offer.recordId});
    if (!existing)
        return existing.error();
    const qint64 now = Clock::nowSeconds();
    StoredOffer stored = offer;
    stored.profileId = profileId;
    stored.updatedAt = now;
    bool stateChanged = true;
    if (existing.value().next()) {
        const StoredOffer before = fromRow(existing.value());
        if (before.profileId != profileId)
            return Error{QStringLiteral("wallet.invalid"),
                         tr("the offer belongs to another profile")};
        stored.id = before.id;
        stored.uid = before.uid;
        stored.createdAt = before.createdAt;
        stored.credentialId = offer.credentialId ? offer.credentialId : before.credentialId;
        stateChanged = before.state != offer.state;
        auto sealed = m_access.sealer->seal(kTable, stored.uid, claims);
        if (!sealed)
            return sealed.error();
        if (auto done = Sql::exec(m_access.index,
                                  QStringLiteral("UPDATE offers SET thread_id = ?, title = ?,"
                                                 " state = ?, updated_at = ?,"
                                                 " credential_id = ? WHERE id = ?"),
                                  {stored.threadId, stored.title, stored.state, now,
                                   stored.credentialId ? QVariant(stored.credentialId) : QVariant(),
                                   stored.id});
            !done)
            return done.error();
        transaction.value().putSecret(kTable, stored.id, sealed.value());
    } else {
        stored.uid = WalletErrors::newUid();
        stored.createdAt = now;
        auto sealed = m_access.sealer->seal(kTable, stored.uid, claims);
        if (!sealed)
            return sealed.error();
        auto query = Sql::run(
            m_access.index,
            QStringLiteral("INSERT INTO offers(uid, profile_id, account_id, record_id, thread_id,"
                           " title, state, created_at, updated_at, credential_id)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {stored.uid, profileId, stored.accountId, stored.recordId, stored.threadId,
             stored.title, stored.state, now, now,
             stored.credentialId ? QVariant(stored.credentialId) : QVariant()});
        if (!query)
            return query.error();
        stored.id = query->lastInsertId().toLongLong();
        transaction.value().putSecret(kTable, stored.id, sealed.value());
    }
    if (stateChanged)
        if (auto done = Sql::exec(
                m_access.index,
                QStringLiteral("INSERT INTO offer_states(offer_id, state, at) VALUES (?, ?, ?)"),
                {stored.id, stored.state, now});
            !done)
            return done.error();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return stored;
}

Result<std::optional<StoredOffer>> OfferStore::find(qint64 accountId, const QString &recordId) const
{
    auto row = Sql::run(m_access.index,
                        QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(" FROM offers WHERE account_id = ? AND record_id = ?"),
                        {accountId, recordId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<StoredOffer>();
    return std::optional<StoredOffer>(fromRow(row.value()));
}

Result<QList<StoredOffer>> OfferStore::page(qint64 profileId, int limit,
                                            std::optional<std::pair<qint64, qint64>> after,
                                            const QString &state) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    QString sql =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM offers WHERE profile_id = ?");
    QVariantList values{profileId};
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND state = ?");
        values << state;
    }
    if (after) {
        sql += QStringLiteral(" AND (updated_at, id) < (?, ?)");
        values << after->first << after->second;
    }
    sql += QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT %1").arg(qBound(1, limit, 500));
    auto query = Sql::run(m_access.index, sql, values);
    if (!query)
        return query.error();
    QList<StoredOffer> offers;
    while (query.value().next())
        offers << fromRow(query.value());
    return offers;
}

Result<qint64> OfferStore::count(qint64 profileId, const QString &state) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto n = state.isEmpty()
                 ? Sql::scalar(m_access.index,
                               QStringLiteral("SELECT count(*) FROM offers WHERE profile_id = ?"),
                               {profileId})
                 : Sql::scalar(m_access.index,
                               QStringLiteral("SELECT count(*) FROM offers"
                                              " WHERE profile_id = ? AND state = ?"),
                               {profileId, state});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<StoredOffer> OfferStore::open(qint64 id) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(
        m_access.index,
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM offers WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return WalletErrors::notFound(tr("offer"), id);
    StoredOffer offer = fromRow(query.value());
    auto sealedClaims =
        Sql::scalar(m_access.file, QStringLiteral("SELECT secret FROM offers WHERE id = ?"), {id});
    if (!sealedClaims)
        return sealedClaims.error();
    auto claims = m_access.sealer->open(kTable, offer.uid, sealedClaims->toByteArray());
    if (!claims)
        return claims.error();
    auto json = StrictJson::parseObject(claims.value());
    if (!json)
        return Error{QStringLiteral("wallet.corrupt"), tr("offer %1's claims are damaged").arg(id)};
    offer.claims = json.value();
    return offer;
}

Result<QList<OfferStore::StateChange>> OfferStore::history(qint64 id) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT state, at FROM offer_states WHERE offer_id = ?"
                                         " ORDER BY at, rowid"),
                          {id});
    if (!query)
        return query.error();
    QList<StateChange> changes;
    while (query.value().next())
        changes << StateChange{query.value().value(0).toString(),
                               query.value().value(1).toLongLong()};
    return changes;
}

Status OfferStore::linkCredential(qint64 offerId, qint64 credentialId)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query =
        Sql::run(m_access.index, QStringLiteral("UPDATE offers SET credential_id = ? WHERE id = ?"),
                 {credentialId, offerId});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return WalletErrors::notFound(tr("offer"), offerId);
    return transaction.value().commit();
}

Status OfferStore::remove(qint64 id)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query = Sql::run(m_access.index, QStringLiteral("DELETE FROM offers WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return WalletErrors::notFound(tr("offer"), id);
    return transaction.value().commit();
}

} // namespace vcdesk
