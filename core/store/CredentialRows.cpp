#include "core/store/CredentialRows.h"

#include "core/store/ClaimHighlights.h"
#include "core/store/Sql.h"
#include "core/store/StoreClock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

const QString &CredentialRows::columns()
{
    static const QString text = QStringLiteral(
        "c.id, c.uid, c.profile_id, c.format, c.title, c.primary_type, c.types, c.issuer,"
        " c.issuer_name, c.subject, c.issued_at, c.expires_at, c.verdict, c.verified_at,"
        " c.source_kind, c.source_ref, c.added_at, c.highlights, c.revoked");
    return text;
}

CredentialRecord CredentialRows::fromRow(const QSqlQuery &row)
{
    CredentialRecord r;
    r.id = row.value(0).toLongLong();
    r.uid = row.value(1).toString();
    r.profileId = row.value(2).toLongLong();
    r.format = row.value(3).toString();
    r.title = row.value(4).toString();
    r.primaryType = row.value(5).toString();
    for (const QJsonValue &type : QJsonDocument::fromJson(row.value(6).toByteArray()).array())
        r.types << type.toString();
    r.issuer = row.value(7).toString();
    r.issuerName = row.value(8).toString();
    r.subject = row.value(9).toString();
    r.issuedAt = StoreClock::fromStored(row.value(10).toLongLong(), StoreClock::kUnknown);
    r.expiresAt = StoreClock::fromStored(row.value(11).toLongLong(), StoreClock::kNever);
    r.verdict = VerdictName::parse(row.value(12).toString()).value_or(Verdict::Unknown);
    if (!row.value(13).isNull())
        r.verifiedAt = QDateTime::fromSecsSinceEpoch(row.value(13).toLongLong(), Qt::UTC);
    r.sourceKind = row.value(14).toString();
    r.sourceRef = row.value(15).toString();
    r.addedAt = row.value(16).toLongLong();
    r.highlights = ClaimHighlights::fromStored(row.value(17).toString());
    r.revocation = revocationOf(row.value(18).toLongLong());
    return r;
}

int CredentialRows::revokedColumn(Revocation revocation)
{
    switch (revocation) {
    case Revocation::Revoked:
        return 1;
    case Revocation::Suspended:
        return 2;
    case Revocation::None:
        break;
    }
    return 0;
}

Revocation CredentialRows::revocationOf(qint64 revokedColumn)
{
    switch (revokedColumn) {
    case 1:
        return Revocation::Revoked;
    case 2:
        return Revocation::Suspended;
    default:
        return Revocation::None; // 0 (the column's CHECK allows nothing else)
    }
}

Status CredentialRows::loadTags(const QSqlDatabase &db, QList<CredentialRecord> &records)
{
    if (records.isEmpty())
        return {};
    QHash<qint64, qsizetype> indexOf;
    QStringList placeholders;
    QVariantList ids;
    for (qsizetype i = 0; i < records.size(); ++i) {
        indexOf.insert(records[i].id, i);
        placeholders << QStringLiteral("?");
        ids << records[i].id;
    }
    auto query = Sql::run(db,
                          QStringLiteral("SELECT credential_id, tag FROM credential_tags"
                                         " WHERE credential_id IN (%1) ORDER BY tag")
                              .arg(placeholders.join(QLatin1Char(','))),
                          ids);
    if (!query)
        return query.error();
    while (query.value().next())
        records[indexOf.value(query.value().value(0).toLongLong())].tags
            << query.value().value(1).toString();
    return {};
}

} // namespace vcdesk
