#include "agent/VerifierDefinitionsApi.h"

#include "agent/AgentHttp.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace vcdesk {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QJsonObject definitionJson(const VerifierStore::Definition &definition)
{
    return QJsonObject{
        {QStringLiteral("definitionId"), definition.id},
        {QStringLiteral("types"), QJsonArray::fromStringList(definition.types)},
        {QStringLiteral("claims"), QJsonArray::fromStringList(definition.claims)},
        {QStringLiteral("optionalClaims"), QJsonArray::fromStringList(definition.optionalClaims)},
        {QStringLiteral("query"), definition.query},
        {QStringLiteral("issuers"),
         definition.issuers ? QJsonValue(QJsonArray::fromStringList(*definition.issuers))
                            : QJsonValue(QJsonValue::Null)}};
}

/// A JSON array of strings, or nothing.
std::optional<QStringList> strings(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        out << item.toString();
    }
    return out;
}

/// An optional member that, when present, is an array of strings (absent: empty).
std::optional<QStringList> optionalStrings(const QJsonValue &value)
{
    return value.isUndefined() ? std::optional<QStringList>(QStringList{}) : strings(value);
}

} // namespace

VerifierDefinitionsApi::VerifierDefinitionsApi(AgentStore &store, const VerifierTokens &tokens)
    : m_definitions(store.database())
    , m_tokens(tokens)
{
}

Status VerifierDefinitionsApi::ensureDefaults(AgentStore &store)
{
    VerifierStore definitions(store.database());
    auto existing = definitions.definitions();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {};
    for (const VerifierStore::Definition &d :
         {VerifierStore::Definition{QStringLiteral("emailCredential"),
                                    {QStringLiteral("EmailCredential")},
                                    {QStringLiteral("email")}},
          VerifierStore::Definition{QStringLiteral("membershipCredential"),
                                    {QStringLiteral("VerifiableCredential")},
                                    {QStringLiteral("name")}}})
        if (auto done = definitions.saveDefinition(d); !done)
            return done;
    return {};
}

void VerifierDefinitionsApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/private/webapp/definitions"), Method::Get,
                 [this](const QHttpServerRequest &request) { return list(request); });
    server.route(QStringLiteral("/private/webapp/definitions/<arg>"), Method::Put,
                 [this](const QString &definitionId, const QHttpServerRequest &request) {
                     return put(definitionId, request);
                 });
}

QHttpServerResponse VerifierDefinitionsApi::list(const QHttpServerRequest &request)
{
    if (auto allowed = m_tokens.check(request, VerifierTokens::adminOnly()); !allowed)
        return AgentHttp::refuse(allowed.error());
    auto all = m_definitions.definitions();
    if (!all)
        return AgentHttp::error(StatusCode::InternalServerError, all.error().message);
    QJsonArray out;
    for (const VerifierStore::Definition &definition : all.value())
        out.append(definitionJson(definition));
    return AgentHttp::json(QJsonObject{{QStringLiteral("data"), out}});
}

QHttpServerResponse VerifierDefinitionsApi::put(const QString &definitionId,
                                                const QHttpServerRequest &request)
{
    if (auto allowed = m_tokens.check(request, VerifierTokens::adminOnly()); !allowed)
        return AgentHttp::refuse(allowed.error());
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    const auto types = strings(body->value(QStringLiteral("types")));
    const auto claims = optionalStrings(body->value(QStringLiteral("claims")));
    if (!types || !claims)
        return AgentHttp::error(StatusCode::BadRequest,
                                tr("types (and claims) are arrays of strings"));
    const auto optionalClaims = optionalStrings(body->value(QStringLiteral("optionalClaims")));
    if (!optionalClaims)
        return AgentHttp::error(StatusCode::BadRequest,
                                tr("optionalClaims is an array of strings"));
    VerifierStore::Definition definition{definitionId, *types, *claims};
    definition.optionalClaims = *optionalClaims;
    const QJsonValue query = body->value(QStringLiteral("query"));
    if (!query.isUndefined() && !query.isNull()) {
        if (!query.isString())
            return AgentHttp::error(StatusCode::BadRequest,
                                    tr("query is presentation_exchange or dcql"));
        definition.query = query.toString();
    }
    // No issuers: the agent's trust list decides, so a new definition trusts nobody the
    // operator has not listed.
    const QJsonValue issuers = body->value(QStringLiteral("issuers"));
    if (!issuers.isUndefined() && !issuers.isNull()) {
        definition.issuers = strings(issuers);
        if (!definition.issuers || definition.issuers->isEmpty())
            return AgentHttp::error(StatusCode::BadRequest,
                                    tr("issuers is a non-empty array of DIDs or DID patterns"));
    }
    if (auto saved = m_definitions.saveDefinition(definition); !saved)
        return AgentHttp::error(saved.error().code == QLatin1String("agent.invalid")
                                    ? StatusCode::BadRequest
                                    : StatusCode::Conflict,
                                saved.error().message);
    return AgentHttp::json(definitionJson(definition));
}

} // namespace vcdesk
