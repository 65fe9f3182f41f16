#include "agent/GenerationApi.h"

#include "core/common/Clock.h"

#include "agent/AgentHttp.h"
#include "agent/ApiKeyAuth.h"
#include "agent/CredentialMinter.h"
#include "core/did/DidUrl.h"

#include <QDateTime>

namespace vcdesk {

namespace {

QJsonObject event(const QJsonValue &key, const QString &label, const QJsonObject &payload)
{
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("value"), QJsonObject{{QStringLiteral("messageLabel"), label},
                                              {QStringLiteral("messagePayload"), payload}}}};
}

} // namespace

GenerationApi::GenerationApi(AgentStore &store, QString baseUrl)
    : m_store(store)
    , m_baseUrl(std::move(baseUrl))
{
}

void GenerationApi::registerRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/generate"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return generate(request); });
}

QHttpServerResponse GenerationApi::generate(const QHttpServerRequest &request)
{
    // Credentials signed in the issuer's name: only the issuer's own apikey may ask for them.
    auto caller = ApiKeyAuth::caller(m_store, request);
    if (!caller)
        return AgentHttp::refuse(caller.error());
    if (caller->name != QLatin1String(kIssuer))
        return AgentHttp::error(QHttpServerResponse::StatusCode::Forbidden,
                                tr("only the issuer's apikey may generate its credentials"));
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    const QJsonValue key = body->value(QStringLiteral("key"));
    const QJsonObject value = body->value(QStringLiteral("value")).toObject();
    if (!key.isString() || key.toString().isEmpty() || key.toString().size() > 200 ||
        value.isEmpty())
        return AgentHttp::error(QHttpServerResponse::StatusCode::BadRequest,
                                tr("a flow-manager envelope has a key and a value"));
    auto failed = [&](const QString &reason) {
        return AgentHttp::json(event(key, QStringLiteral("verifiableCredentialGenerationFailed"),
                                     {{QStringLiteral("verifiableCredentialError"), reason}}));
    };
    if (value.value(QStringLiteral("messageLabel")).toString() !=
        QLatin1String("generateVerifiableCredential"))
        return failed(tr("unknown messageLabel; expected generateVerifiableCredential"));
    QJsonObject claims = value.value(QStringLiteral("messagePayload")).toObject();
    if (claims.isEmpty() || claims.size() > 100)
        return failed(tr("messagePayload holds the claims: 1 to 100 members"));
    QString subject = claims.take(QStringLiteral("id")).toString();
    if (!subject.isEmpty() && !DidUrl::parse(subject))
        return failed(tr("the payload's id is not a DID"));
    if (subject.isEmpty())
        subject = QStringLiteral("did:example:unidentified");
    const AgentParty &issuer = caller.value();
    auto slot = m_store.allocateStatus(issuer.name);
    if (!slot)
        return failed(tr("the agent cannot issue right now"));
    auto jwt = CredentialMinter::credential(
        issuer, subject, claims, 365 * 86400,
        {m_baseUrl + QStringLiteral("/status/") + slot->listId, slot->index}, Clock::now());
    if (!jwt)
        return failed(jwt.error().message);
    return AgentHttp::json(
        event(key, QStringLiteral("verifiableCredentialGenerated"),
              {{QStringLiteral("verifiableCredential"), QString::fromLatin1(jwt.value())}}));
}

} // namespace vcdesk
