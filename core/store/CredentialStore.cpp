#include "core/store/CredentialStore.h"

#include "core/verify/CheckName.h"

#include "core/common/Clock.h"

#include "core/store/ClaimHighlights.h"
#include "core/store/CredentialRows.h"
#include "core/store/RecordSealer.h"
#include "core/store/Sql.h"
#include "core/store/StoreClock.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace vcdesk {

namespace {

constexpr QLatin1StringView kTable("credentials");

Status validateTags(const QStringList &tags)
{
    if (tags.size() > CredentialStore::kMaxTags)
        return Error{QStringLiteral("wallet.invalid"),
                     CredentialStore::tr("at most %1 tags").arg(CredentialStore::kMaxTags)};
    for (const QString &tag : tags)
        if (tag.trimmed().isEmpty() || tag.size() > 64)
            return Error{QStringLiteral("wallet.invalid"),
                         CredentialStore::tr("a tag has 1 to 64 characters")};
    return {};
}

Status validate(const CredentialRecord &record)
{
    if (record.raw.isEmpty() || record.raw.size() > CredentialStore::kMaxRawBytes)
        return Error{QStringLiteral("wallet.invalid"),
                     CredentialStore::tr("a credential has 1 byte to 1 MiB")};
    return validateTags(record.tags);
}

/// Prepared once, bound per credential: bulk imports do not re-parse the SQL.
class Inserter
{
public:
    explicit Inserter(const QSqlDatabase &db)
        : m_credential(db)
        , m_type(db)
        , m_tag(db)
    {
        m_prepared =
            m_credential.prepare(QStringLiteral(
                "INSERT INTO credentials(uid, profile_id, format, fingerprint, title,"
                " primary_type, types, issuer, issuer_name, subject, issued_at, expires_at,"
                " verdict, verified_at, source_kind, source_ref, added_at, search_text,"
                " highlights, revoked)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
            m_type.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO credential_types(type, credential_id) VALUES (?, ?)")) &&
            m_tag.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO credential_tags(credential_id, tag) VALUES (?, ?)"));
    }

    Result<qint64> insert(qint64 profileId, const CredentialRecord &r, const RecordSealer &sealer,
                          const QByteArray &fingerprint, WalletTransaction &transaction)
    {
        if (!m_prepared)
            return Sql::error(m_credential.lastError());
        const QString uid = WalletErrors::newUid();
        auto sealed = sealer.seal(kTable, uid, r.raw);
        if (!sealed)
            return sealed.error();
        const QVariantList values{
            uid,
            profileId,
            r.format,
            fingerprint,
            r.title,
            r.primaryType,
            QJsonDocument(QJsonArray::fromStringList(r.types)).toJson(QJsonDocument::Compact),
            r.issuer,
            r.issuerName,
            r.subject,
            StoreClock::toStored(r.issuedAt, StoreClock::kUnknown),
            StoreClock::toStored(r.expiresAt, StoreClock::kNever),
            VerdictName::of(r.verdict),
            r.verifiedAt.isValid() ? QVariant(r.verifiedAt.toSecsSinceEpoch()) : QVariant(),
            r.sourceKind,
            r.sourceRef,
            Clock::nowSeconds(),
            CredentialStore::searchTextOf(r),
            ClaimHighlights::toStored(r.highlights),
            CredentialRows::revokedColumn(r.revocation)};
        for (qsizetype i = 0; i < values.size(); ++i)
            m_credential.bindValue(int(i), Sql::bindable(values[i]));
        if (!m_credential.exec())
            return Sql::error(m_credential.lastError());
        const qint64 id = m_credential.lastInsertId().toLongLong();
        transaction.putSecret(kTable, id, sealed.value());
        for (const QString &type : r.types) {
            m_type.bindValue(0, type);
            m_type.bindValue(1, id);
            if (!m_type.exec())
                return Sql::error(m_type.lastError());
        }
        for (const QString &tag : r.tags) {
            m_tag.bindValue(0, id);
            m_tag.bindValue(1, tag.trimmed());
            if (!m_tag.exec())
                return Sql::error(m_tag.lastError());
        }
        return id;
    }

private:
    QSqlQuery m_credential;
    QSqlQuery m_type;
    QSqlQuery m_tag;
    bool m_prepared = false;
};

} // namespace

QString CredentialStore::searchTextOf(const CredentialRecord &r)
{
    // What a person searches by; each value once (the trigram index grows with the text).
    QStringList parts{r.title};
    for (const QString &type : r.types)
        if (type != QLatin1String("VerifiableCredential"))
            parts << type;
    parts << r.issuerName << r.issuer << r.subject << r.tags;
    parts.removeAll(QString());
    parts.removeDuplicates();
    return parts.join(QLatin1Char('\n'));
}

Result<qint64> CredentialStore::findDuplicate(qint64 profileId, QByteArrayView raw) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto id = Sql::scalar(
        m_access.index,
        QStringLiteral("SELECT id FROM credentials WHERE profile_id = ? AND fingerprint = ?"),
        {profileId, m_access.sealer->fingerprint(raw)});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : 0;
}

Result<qint64> CredentialStore::add(qint64 profileId, const CredentialRecord &record)
{
    auto bulk = addMany(profileId, {record});
    if (!bulk)
        return bulk.error();
    if (!bulk->duplicates.isEmpty())
        return Error{
            QStringLiteral("wallet.duplicate"),
            tr("this credential is already in the wallet (id %1)").arg(bulk->duplicates.first())};
    return bulk->added.first();
}

Result<CredentialStore::BulkResult> CredentialStore::addMany(qint64 profileId,
                                                             const QList<CredentialRecord> &records)
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    for (const CredentialRecord &record : records)
        if (auto valid = validate(record); !valid)
            return valid.error();
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    QSqlQuery duplicate(m_access.index);
    if (!duplicate.prepare(
            QStringLiteral("SELECT id FROM credentials WHERE profile_id = ? AND fingerprint = ?")))
        return Sql::error(duplicate.lastError());
    Inserter inserter(m_access.index);
    BulkResult result;
    for (const CredentialRecord &record : records) {
        const QByteArray fingerprint = m_access.sealer->fingerprint(record.raw);
        duplicate.bindValue(0, profileId);
        duplicate.bindValue(1, fingerprint);
        if (!duplicate.exec())
            return Sql::error(duplicate.lastError());
        if (duplicate.next()) {
            result.duplicates << duplicate.value(0).toLongLong();
            duplicate.finish();
            continue;
        }
        duplicate.finish();
        auto id =
            inserter.insert(profileId, record, *m_access.sealer, fingerprint, transaction.value());
        if (!id)
            return id.error(); // rolls back everything
        result.added << id.value();
    }
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return result;
}

Result<CredentialRecord> CredentialStore::get(qint64 id) const
{
    if (!m_access.isUnlocked())
        return WalletErrors::locked();
    auto query = Sql::run(m_access.index,
                          QStringLiteral("SELECT ") + CredentialRows::columns() +
                              QStringLiteral(" FROM credentials c WHERE c.id = ?"),
                          {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return WalletErrors::notFound(tr("credential"), id);
    QList<CredentialRecord> one{CredentialRows::fromRow(query.value())};
    if (auto tags = CredentialRows::loadTags(m_access.index, one); !tags)
        return tags.error();
    return one.first();
}

Result<CredentialRecord> CredentialStore::open(qint64 id) const
{
    auto record = get(id);
    if (!record)
        return record.error();
    auto sealed = Sql::scalar(m_access.file,
                              QStringLiteral("SELECT secret FROM credentials WHERE id = ?"), {id});
    if (!sealed)
        return sealed.error();
    auto raw = m_access.sealer->open(kTable, record->uid, sealed->toByteArray());
    if (!raw)
        return raw.error();
    // The original form must be the one the listing describes (bound by its fingerprint).
    auto fingerprint = Sql::scalar(
        m_access.index, QStringLiteral("SELECT fingerprint FROM credentials WHERE id = ?"), {id});
    if (!fingerprint)
        return fingerprint.error();
    if (fingerprint->toByteArray() != m_access.sealer->fingerprint(raw.value()))
        return Error{QStringLiteral("wallet.corrupt"),
                     tr("credential %1 does not match its listing: the wallet file was changed "
                        "outside vcdesk")
                         .arg(id)};
    record.value().raw = raw.value();
    return record;
}

Status CredentialStore::setTags(qint64 id, const QStringList &tags)
{
    auto record = get(id);
    if (!record)
        return record.error();
    CredentialRecord updated = record.value();
    updated.tags.clear();
    for (const QString &tag : tags)
        if (!updated.tags.contains(tag.trimmed()))
            updated.tags << tag.trimmed();
    if (auto valid = validateTags(updated.tags); !valid)
        return valid;
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    if (auto done =
            Sql::exec(m_access.index,
                      QStringLiteral("DELETE FROM credential_tags WHERE credential_id = ?"), {id});
        !done)
        return done;
    for (const QString &tag : updated.tags)
        if (auto done = Sql::exec(
                m_access.index,
                QStringLiteral("INSERT INTO credential_tags(credential_id, tag) VALUES (?, ?)"),
                {id, tag});
            !done)
            return done;
    if (auto done = Sql::exec(m_access.index,
                              QStringLiteral("UPDATE credentials SET search_text = ? WHERE id = ?"),
                              {searchTextOf(updated), id});
        !done)
        return done;
    return transaction.value().commit();
}

Status CredentialStore::recordVerdict(qint64 id, Verdict verdict, const QDateTime &at,
                                      Revocation revocation)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query = Sql::run(
        m_access.index,
        QStringLiteral(
            "UPDATE credentials SET verdict = ?, verified_at = ?, revoked = ? WHERE id = ?"),
        {VerdictName::of(verdict), at.toSecsSinceEpoch(), CredentialRows::revokedColumn(revocation),
         id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return WalletErrors::notFound(tr("credential"), id);
    return transaction.value().commit();
}

Status CredentialStore::recordCheck(qint64 id, const Inspection &inspection, const QDateTime &at)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    // A status check that could not tell (not looked up, list unreachable) keeps what an
    // earlier one found: a revoked credential does not lose its badge to an offline re-check.
    const CheckResult *status = inspection.report.check(CheckName::CredentialStatus);
    const bool statusKnown = !status || status->outcome != CheckResult::Outcome::Unknown;
    const QVariant revoked =
        statusKnown ? QVariant(CredentialRows::revokedColumn(inspection.report.revocation()))
                    : QVariant(QMetaType::fromType<int>());
    auto query =
        Sql::run(m_access.index,
                 QStringLiteral("UPDATE credentials SET verdict = ?, verified_at = ?,"
                                " revoked = COALESCE(?, revoked), highlights = ? WHERE id = ?"),
                 {VerdictName::of(inspection.report.verdict()), at.toSecsSinceEpoch(), revoked,
                  ClaimHighlights::toStored(ClaimHighlights::pick(inspection.claims)), id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return WalletErrors::notFound(tr("credential"), id);
    return transaction.value().commit();
}

Status CredentialStore::remove(qint64 id)
{
    auto transaction = WalletTransaction::begin(m_access);
    if (!transaction)
        return transaction.error();
    auto query =
        Sql::run(m_access.index, QStringLiteral("DELETE FROM credentials WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return WalletErrors::notFound(tr("credential"), id);
    return transaction.value().commit();
}

} // namespace vcdesk
