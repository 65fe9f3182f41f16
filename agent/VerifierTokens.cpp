#include "agent/VerifierTokens.h"

#include "agent/AgentHttp.h"
#include "agent/ApiKeyAuth.h"
#include "core/codec/Base64Url.h"
#include "core/codec/StrictJson.h"
#include "core/common/Clock.h"
#include "core/crypto/SecureRandom.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace vcdesk {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

constexpr const char *kTokenType = "at+jwt";
constexpr const char *kSubject = "operator";

/// A NumericDate (RFC 7519) this agent could have written: a whole number of seconds between
/// 1970 and 9999. Anything else (a string, 1e300, a fraction) is no date of ours.
std::optional<qint64> epochSeconds(const QJsonValue &value)
{
    constexpr double kLatest = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!(seconds >= 0 && seconds <= kLatest) || seconds != std::floor(seconds))
        return std::nullopt;
    return qint64(seconds);
}

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
        {QStringLiteral("sub"), QLatin1String(kSubject)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + lifetimeSeconds.value_or(m_lifetimeSeconds)},
        {QStringLiteral("jti"), QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(12)))}};
    return CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QLatin1String(kTokenType)},
                                        {QStringLiteral("kid"), verifier.kid}},
                            QJsonDocument(payload).toJson(QJsonDocument::Compact), verifier.key);
}

Status VerifierTokens::check(const QHttpServerRequest &request, const QStringList &roles) const
{
    auto header = AgentHttp::header(request, "Authorization");
    if (!header)
        return header.error();
    // The scheme is case-insensitive (RFC 9110 section 11.1); the token is one word after it.
    const QByteArray value = header.value();
    if (value.size() > 4096 || !value.left(7).toLower().startsWith("bearer "))
        return Error{QStringLiteral("401"), tr("a Bearer token is required")};
    const Error notOurs{QStringLiteral("401"), tr("the Bearer token is not valid here")};
    auto jws = CompactJws::parse(value.mid(7).trimmed());
    const AgentParty verifier = party();
    if (!jws || verifier.key.isNull() ||
        !JwsVerifier::verify(jws.value(), verifier.key.publicKey()))
        return notOurs;
    // The same key signs the request objects anyone may fetch: only a JWT typed as an access
    // token (RFC 9068) for the operator is a Bearer token, whatever else it holds.
    if (jws->header().value(QStringLiteral("typ")).toString() != QLatin1String(kTokenType))
        return notOurs;
    auto claims = StrictJson::parseObject(jws->payload());
    if (!claims || claims->value(QStringLiteral("iss")).toString() != verifier.did ||
        claims->value(QStringLiteral("sub")).toString() != QLatin1String(kSubject))
        return notOurs;
    // Every token expires; one without exp (or issued in the future) is no token of ours.
    const qint64 now = Clock::nowSeconds();
    const auto exp = epochSeconds(claims->value(QStringLiteral("exp")));
    const auto iat = epochSeconds(claims->value(QStringLiteral("iat")));
    if (!exp || !iat || *iat > now + 60)
        return Error{QStringLiteral("401"), tr("the Bearer token has no valid exp and iat")};
    if (*exp <= now)
        return Error{
            QStringLiteral("401"),
            tr("the Bearer token has expired; get a fresh one from /private/webapp/token")};
    for (const QJsonValue &role : claims->value(QStringLiteral("roles")).toArray())
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
