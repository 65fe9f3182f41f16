#include "agent/VerifierStore.h"

#include "core/store/Sql.h"
#include "core/verify/IssuerPolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace vcdesk {

namespace {

QStringList stringList(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        out << value.toString();
    return out;
}

QByteArray json(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

const QString kSelectDefinitions =
    QStringLiteral("SELECT id, types, claims, query, issuers, optional_claims FROM definitions");

VerifierStore::Definition definitionFrom(const QSqlQuery &row)
{
    VerifierStore::Definition d;
    d.id = row.value(0).toString();
    d.types = stringList(row.value(1).toByteArray());
    d.claims = stringList(row.value(2).toByteArray());
    d.query = row.value(3).toString();
    if (!row.value(4).isNull())
        d.issuers = stringList(row.value(4).toByteArray());
    d.optionalClaims = stringList(row.value(5).toByteArray());
    return d;
}

QByteArray compact(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Status VerifierStore::saveDefinition(const Definition &d)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][A-Za-z0-9]{0,63}$"));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.:/#-]{1,200}$"));
    auto invalid = [](const QString &why) { return Error{QStringLiteral("agent.invalid"), why}; };
    if (!idPattern.match(d.id).hasMatch())
        return invalid(QCoreApplication::translate(
            "VerifierStore", "a definitionId starts lowercase and continues in camelCase"));
    if (d.types.isEmpty() || d.types.size() > 10 || d.claims.size() + d.optionalClaims.size() > 20)
        return invalid(QCoreApplication::translate(
            "VerifierStore", "a definition has 1 to 10 types and up to 20 claims"));
    // A DCQL claim set cannot be empty: what is optional is optional beside something required.
    if (!d.optionalClaims.isEmpty() && d.claims.isEmpty())
        return invalid(QCoreApplication::translate(
            "VerifierStore", "optional claims need at least one required claim beside them"));
    for (const QString &claim : d.optionalClaims)
        if (d.claims.contains(claim))
            return invalid(
                QCoreApplication::translate("VerifierStore", "\"%1\" is both required and optional")
                    .arg(claim.left(60)));
    for (const QString &name : d.types + d.claims + d.optionalClaims)
        if (!namePattern.match(name).hasMatch())
            return invalid(
                QCoreApplication::translate("VerifierStore", "\"%1\" is not a type or claim name")
                    .arg(name.left(60)));
    // A claim is a path of names ("address.locality"); an empty step ("a..b") would turn into
    // JSONPath's recursive descent in the presentation definition.
    for (const QString &claim : d.claims + d.optionalClaims)
        if (claim.split(QLatin1Char('.')).contains(QString()))
            return invalid(QCoreApplication::translate("VerifierStore", "\"%1\" has an empty step")
                               .arg(claim.left(60)));
    if (d.query != Definition::kPresentationExchange && d.query != Definition::kDcql)
        return invalid(
            QCoreApplication::translate("VerifierStore", "query is presentation_exchange or dcql"));
    if (d.issuers) {
        if (d.issuers->size() > 50)
            return invalid(QCoreApplication::translate("VerifierStore",
                                                       "a definition names up to 50 issuers"));
        if (auto policy = IssuerPolicy::allowOnly(*d.issuers); !policy)
            return invalid(policy.error().message);
    }
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO definitions(id, types, claims, query, issuers,"
                       " optional_claims) VALUES (?, ?, ?, ?, ?, ?)"),
        {d.id, json(d.types), json(d.claims), d.query,
         d.issuers ? QVariant(json(*d.issuers)) : QVariant(), json(d.optionalClaims)});
}

std::optional<VerifierStore::Definition> VerifierStore::definition(const QString &id) const
{
    auto query = Sql::run(m_db, kSelectDefinitions + QStringLiteral(" WHERE id = ?"), {id});
    if (!query || !query.value().next())
        return std::nullopt;
    return definitionFrom(query.value());
}

Result<QList<VerifierStore::Definition>> VerifierStore::definitions() const
{
    auto query = Sql::run(m_db, kSelectDefinitions + QStringLiteral(" ORDER BY id"));
    if (!query)
        return query.error();
    QList<Definition> found;
    while (query.value().next())
        found << definitionFrom(query.value());
    return found;
}

Status VerifierStore::saveRequest(const AuthRequestRecord &r)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT OR REPLACE INTO auth_requests(correlation_id,"
                                    " definition_id, nonce, status, created_ms, updated_ms,"
                                    " expires_ms, payload, verified_data, error, attempts)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {r.correlationId, r.definitionId, r.nonce, r.status, r.createdMs, r.updatedMs,
                      r.expiresMs, compact(r.payload), compact(r.verifiedData), r.error,
                      r.attempts});
}

std::optional<AuthRequestRecord> VerifierStore::request(const QString &correlationId) const
{
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT correlation_id, definition_id, nonce, status,"
                                         " created_ms, updated_ms, expires_ms, payload,"
                                         " verified_data, error, attempts FROM auth_requests"
                                         " WHERE correlation_id = ?"),
                          {correlationId});
    if (!query || !query.value().next())
        return std::nullopt;
    const QSqlQuery &row = query.value();
    AuthRequestRecord r;
    r.correlationId = row.value(0).toString();
    r.definitionId = row.value(1).toString();
    r.nonce = row.value(2).toString();
    r.status = row.value(3).toString();
    r.createdMs = row.value(4).toLongLong();
    r.updatedMs = row.value(5).toLongLong();
    r.expiresMs = row.value(6).toLongLong();
    r.payload = QJsonDocument::fromJson(row.value(7).toByteArray()).object();
    r.verifiedData = QJsonDocument::fromJson(row.value(8).toByteArray()).object();
    r.error = row.value(9).toString();
    r.attempts = row.value(10).toInt();
    return r;
}

} // namespace vcdesk
