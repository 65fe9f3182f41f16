#include "agent/VerifierTokens.h"

#include "agent/AgentHttp.h"
#include "agent/ApiKeyAuth.h"
#include "core/codec/Base64Url.h"
#include "core/common/Clock.h"
#include "core/crypto/SecureRandom.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

} // namespace

VerifierTokens::VerifierTokens(AgentStore &store, qint64 lifetimeSeconds)
    : m_store(store)
    , m_lifetimeSeconds(lifetimeSeconds)
{
}

QStringList VerifierTokens::anyRole()
{
    return {QLatin1String(kAdmin), QLatin1String(kUser)};
}

QStringList VerifierTokens::adminOnly()
{
    return {QLatin1String(kAdmin)};
}

AgentParty VerifierTokens::party() const
{
    return m_store.partyByName(QLatin1String(kVerifier)).value_or(AgentParty{});
}

Result<QByteArray> VerifierTokens::mint(const QStringList &roles,
                                        std::optional<qint64> lifetimeSeconds) const
{
    const AgentParty verifier = party();
    if (verifier.key.isNull())
        return Error{QStringLiteral("agent.internal"), tr("the agent has no verifier party")};
    const qint64 now = Clock::nowSeconds();
    const QJsonObject payload{
        {QStringLiteral("iss"), verifier.did},
        {QStringLiteral("sub"), QStringLiteral("operator")},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + lifetimeSeconds.value_or(m_lifetimeSeconds)},
        {QStringLiteral("jti"), QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(12)))}};
    return CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                        {QStringLiteral("kid"), verifier.kid}},
                            QJsonDocument(payload).toJson(QJsonDocument::Compact), verifier.key);
}

Status VerifierTokens::check(const QHttpServerRequest &request, const QStringList &roles) const
{
    const QByteArray header = AgentHttp::header(request, "Authorization");
    if (!header.startsWith("Bearer ") || header.size() > 4096)
        return Error{QStringLiteral("401"), tr("a Bearer token is required")};
    auto jws = CompactJws::parse(header.mid(7).trimmed());
    const AgentParty verifier = party();
    if (!jws || verifier.key.isNull() ||
        !JwsVerifier::verify(jws.value(), verifier.key.publicKey()))
        return Error{QStringLiteral("401"), tr("the Bearer token is not valid here")};
    const QJsonObject claims = QJsonDocument::fromJson(jws->payload()).object();
    if (claims.value(QStringLiteral("iss")).toString() != verifier.did)
        return Error{QStringLiteral("401"), tr("the Bearer token is not valid here")};
    // Every token expires; one without exp (or issued in the future) is no token of ours.
    const qint64 now = Clock::nowSeconds();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    if (!exp.isDouble() || !iat.isDouble() || qint64(iat.toDouble()) > now + 60)
        return Error{QStringLiteral("401"), tr("the Bearer token has no valid exp and iat")};
    if (qint64(exp.toDouble()) <= now)
        return Error{
            QStringLiteral("401"),
            tr("the Bearer token has expired; get a fresh one from /private/webapp/token")};
    for (const QJsonValue &role : claims.value(QStringLiteral("roles")).toArray())
        if (roles.contains(role.toString()))
            return {};
    return Error{QStringLiteral("403"),
                 tr("this needs a token with the role %1").arg(roles.join(QStringLiteral(" or ")))};
}

QHttpServerResponse VerifierTokens::issue(const QHttpServerRequest &request) const
{
    auto caller = ApiKeyAuth::caller(m_store, request);
    if (!caller)
        return AgentHttp::refuse(caller.error());
    if (caller->name != QLatin1String(kVerifier))
        return AgentHttp::error(StatusCode::Forbidden,
                                tr("only the verifier's apikey may get its Bearer tokens"));
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    const QString role = body->value(QStringLiteral("role")).toString();
    if (!anyRole().contains(role))
        return AgentHttp::error(StatusCode::BadRequest,
                                tr("role is Verifier_Admin or Verifier_User"));
    auto minted = mint({role});
    if (!minted)
        return AgentHttp::error(StatusCode::InternalServerError, minted.error().message);
    return AgentHttp::json(
        QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(minted.value())},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("expires_in"), m_lifetimeSeconds},
                    {QStringLiteral("role"), role}});
}

} // namespace vcdesk
