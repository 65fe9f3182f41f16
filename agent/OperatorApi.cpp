#include "agent/OperatorApi.h"

#include "agent/AgentHttp.h"
#include "agent/ApiKeyAuth.h"
#include "agent/IssuerAgentApi.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QJsonObject partyJson(const AgentStore &store, const QString &name)
{
    const auto party = store.partyByName(name);
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("did"), party ? party->did : QString()}};
}

} // namespace

OperatorApi::OperatorApi(AgentStore &store, IssuerAgentApi &issuer)
    : m_store(store)
    , m_issuer(issuer)
{
}

void OperatorApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/v1/connections"), Method::Get,
                 [this](const QHttpServerRequest &request) { return connections(request); });
    server.route(QStringLiteral("/api/v1/vc/revoke"), Method::Post,
                 [this](const QHttpServerRequest &request) { return revoke(request); });
}

QHttpServerResponse OperatorApi::connections(const QHttpServerRequest &request)
{
    auto party = ApiKeyAuth::caller(m_store, request);
    if (!party)
        return AgentHttp::refuse(party.error());
    auto all = m_store.connections();
    if (!all)
        return AgentHttp::error(StatusCode::InternalServerError, all.error().message);
    QJsonArray list;
    for (const AgentStore::Connection &connection : all.value()) {
        // A party sees only the connections it is in.
        if (connection.issuer != party->name && connection.holder != party->name)
            continue;
        list.append(QJsonObject{{QStringLiteral("connectionId"), connection.id},
                                {QStringLiteral("issuer"), partyJson(m_store, connection.issuer)},
                                {QStringLiteral("holder"), partyJson(m_store, connection.holder)}});
    }
    return AgentHttp::json(QJsonObject{{QStringLiteral("data"), list}});
}

QHttpServerResponse OperatorApi::revoke(const QHttpServerRequest &request)
{
    auto party = ApiKeyAuth::caller(m_store, request);
    if (!party)
        return AgentHttp::refuse(party.error());
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    const QString recordId = body->value(QStringLiteral("recordId")).toString().trimmed();
    if (recordId.isEmpty() || recordId.size() > 100)
        return AgentHttp::error(StatusCode::BadRequest, tr("recordId is required"));
    const auto record = m_store.record(recordId);
    // Another party's record is "not found" too: its existence is not the caller's to learn.
    if (!record || record->party != party->name)
        return AgentHttp::error(StatusCode::NotFound, tr("there is no record %1").arg(recordId));
    if (record->role != QLatin1String("Issuer"))
        return AgentHttp::error(StatusCode::Forbidden,
                                tr("only the issuer of a credential can revoke it"));
    if (record->statusList.isEmpty())
        return AgentHttp::error(
            StatusCode::Conflict,
            tr("record %1 has no issued credential yet (state %2)").arg(recordId, record->state));
    if (auto done = m_issuer.revoke(recordId); !done)
        return AgentHttp::error(StatusCode::InternalServerError, done.error().message);
    return AgentHttp::json(
        QJsonObject{{QStringLiteral("data"),
                     QJsonObject{{QStringLiteral("recordId"), recordId},
                                 {QStringLiteral("revoked"), true},
                                 {QStringLiteral("statusListIndex"), record->statusIndex}}}});
}

} // namespace vcdesk
