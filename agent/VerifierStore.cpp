#include "agent/VerifierStore.h"

#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vcdesk {

namespace {

QStringList stringList(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        out << value.toString();
    return out;
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
    if (d.types.isEmpty() || d.types.size() > 10 || d.claims.size() > 20)
        return invalid(QCoreApplication::translate(
            "VerifierStore", "a definition has 1 to 10 types and up to 20 claims"));
    for (const QString &name : d.types + d.claims)
        if (!namePattern.match(name).hasMatch())
            return invalid(
                QCoreApplication::translate("VerifierStore", "\"%1\" is not a type or claim name")
                    .arg(name.left(60)));
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO definitions(id, types, claims)"
                       " VALUES (?, ?, ?)"),
        {d.id, QJsonDocument(QJsonArray::fromStringList(d.types)).toJson(QJsonDocument::Compact),
         QJsonDocument(QJsonArray::fromStringList(d.claims)).toJson(QJsonDocument::Compact)});
}

std::optional<VerifierStore::Definition> VerifierStore::definition(const QString &id) const
{
    auto query = Sql::run(
        m_db, QStringLiteral("SELECT id, types, claims FROM definitions WHERE id = ?"), {id});
    if (!query || !query.value().next())
        return std::nullopt;
    return Definition{query.value().value(0).toString(),
                      stringList(query.value().value(1).toByteArray()),
                      stringList(query.value().value(2).toByteArray())};
}

Result<QList<VerifierStore::Definition>> VerifierStore::definitions() const
{
    auto query =
        Sql::run(m_db, QStringLiteral("SELECT id, types, claims FROM definitions ORDER BY id"));
    if (!query)
        return query.error();
    QList<Definition> found;
    while (query.value().next())
        found << Definition{query.value().value(0).toString(),
                            stringList(query.value().value(1).toByteArray()),
                            stringList(query.value().value(2).toByteArray())};
    return found;
}

Status VerifierStore::saveRequest(const AuthRequestRecord &r)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT OR REPLACE INTO auth_requests(correlation_id,"
                                    " definition_id, nonce, status, created_ms, updated_ms,"
                                    " expires_ms, payload, verified_data, error)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {r.correlationId, r.definitionId, r.nonce, r.status, r.createdMs, r.updatedMs,
                      r.expiresMs, compact(r.payload), compact(r.verifiedData), r.error});
}

std::optional<AuthRequestRecord> VerifierStore::request(const QString &correlationId) const
{
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT correlation_id, definition_id, nonce, status,"
                                         " created_ms, updated_ms, expires_ms, payload,"
                                         " verified_data, error FROM auth_requests"
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
    return r;
}

} // namespace vcdesk
