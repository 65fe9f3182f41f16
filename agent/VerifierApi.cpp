#include "agent/VerifierApi.h"

#include "core/common/Clock.h"

#include "agent/AgentHttp.h"
#include "agent/ApiKeyAuth.h"
#include "core/codec/Base64Url.h"
#include "core/crypto/SecureRandom.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsVerifier.h"
#include "core/verify/CredentialInspector.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace vcdesk {

namespace {

/// How long the access token handed out with a verified presentation is valid.
constexpr qint64 kAccessTokenLifetimeSeconds = 300;

using StatusCode = QHttpServerResponse::StatusCode;

const QStringList kVerifierRoles{QLatin1String(VerifierApi::kAdmin),
                                 QLatin1String(VerifierApi::kUser)};
const QStringList kAdminOnly{QLatin1String(VerifierApi::kAdmin)};
const QStringList kPresentationFormats{QStringLiteral("jwt_vp_json"), QStringLiteral("vp+jwt")};

qint64 nowMs()
{
    return Clock::nowMs();
}

QJsonValue orNull(const QJsonObject &object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

QJsonObject inputDescriptor(const VerifierStore::Definition &definition)
{
    QJsonArray fields;
    QJsonArray typeAlternatives;
    for (const QString &type : definition.types)
        typeAlternatives.append(QJsonObject{{QStringLiteral("const"), type}});
    fields.append(QJsonObject{
        {QStringLiteral("path"), QJsonArray{QStringLiteral("$.vc.type"), QStringLiteral("$.type")}},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                     {QStringLiteral("contains"),
                      QJsonObject{{QStringLiteral("anyOf"), typeAlternatives}}}}}});
    for (const QString &claim : definition.claims)
        fields.append(QJsonObject{
            {QStringLiteral("path"), QJsonArray{QStringLiteral("$.vc.credentialSubject.") + claim,
                                                QStringLiteral("$.credentialSubject.") + claim}}});
    return QJsonObject{
        {QStringLiteral("id"), definition.id},
        {QStringLiteral("constraints"), QJsonObject{{QStringLiteral("fields"), fields}}}};
}

QJsonObject definitionJson(const VerifierStore::Definition &definition)
{
    return QJsonObject{{QStringLiteral("definitionId"), definition.id},
                       {QStringLiteral("types"), QJsonArray::fromStringList(definition.types)},
                       {QStringLiteral("claims"), QJsonArray::fromStringList(definition.claims)}};
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

} // namespace

VerifierApi::VerifierApi(AgentStore &store, QString baseUrl, const AgentVerification &verification,
                         qint64 requestLifetimeMs, qint64 tokenLifetimeSeconds)
    : m_store(store)
    , m_requests(store.database())
    , m_baseUrl(std::move(baseUrl))
    , m_verification(verification)
    , m_lifetimeMs(requestLifetimeMs)
    , m_tokenLifetimeSeconds(tokenLifetimeSeconds)
{
}

Status VerifierApi::ensureDefinitions(AgentStore &store)
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

void VerifierApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/private/webapp/definitions/<arg>/auth-requests"), Method::Post,
                 [this](const QString &definitionId, const QHttpServerRequest &request) {
                     return createAuthRequest(definitionId, request);
                 });
    server.route(QStringLiteral("/private/webapp/auth-status"), Method::Post,
                 [this](const QHttpServerRequest &request) { return authStatus(request); });
    server.route(QStringLiteral("/private/webapp/token"), Method::Post,
                 [this](const QHttpServerRequest &request) { return token(request); });
    server.route(QStringLiteral("/private/webapp/definitions"), Method::Get,
                 [this](const QHttpServerRequest &request) { return definitions(request); });
    server.route(QStringLiteral("/private/webapp/definitions/<arg>"), Method::Put,
                 [this](const QString &definitionId, const QHttpServerRequest &request) {
                     return putDefinition(definitionId, request);
                 });
    server.route(QStringLiteral("/private/siop/definitions/<arg>/auth-requests/<arg>"), Method::Get,
                 [this](const QString &definitionId, const QString &correlationId) {
                     return requestObject(definitionId, correlationId);
                 });
    // OpenID4VP 1.0 request_uri_method=post: the wallet sends a wallet_nonce the signed
    // request object must echo, so a replayed object is detectable.
    server.route(QStringLiteral("/private/siop/definitions/<arg>/auth-requests/<arg>"),
                 Method::Post,
                 [this](const QString &definitionId, const QString &correlationId,
                        const QHttpServerRequest &request) {
                     auto form = AgentHttp::form(request);
                     if (!form)
                         return AgentHttp::refuse(form.error());
                     const QString walletNonce =
                         form->queryItemValue(QStringLiteral("wallet_nonce"), QUrl::FullyDecoded);
                     if (walletNonce.size() > 256)
                         return AgentHttp::error(StatusCode::BadRequest,
                                                 tr("invalid_request: wallet_nonce is too long"));
                     return requestObject(definitionId, correlationId, walletNonce);
                 });
    server.route(QStringLiteral("/private/siop/definitions/<arg>/auth-requests/<arg>/response"),
                 Method::Post,
                 [this](const QString &definitionId, const QString &correlationId,
                        const QHttpServerRequest &request) {
                     return response(definitionId, correlationId, request);
                 });
}

AgentParty VerifierApi::verifier() const
{
    return m_store.partyByName(QLatin1String(kVerifier)).value_or(AgentParty{});
}

Result<QByteArray> VerifierApi::mintToken(const QStringList &roles,
                                          std::optional<qint64> lifetimeSeconds) const
{
    const AgentParty party = verifier();
    if (party.key.isNull())
        return Error{QStringLiteral("agent.internal"), tr("the agent has no verifier party")};
    const qint64 now = Clock::nowSeconds();
    const QJsonObject payload{
        {QStringLiteral("iss"), party.did},
        {QStringLiteral("sub"), QStringLiteral("operator")},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + lifetimeSeconds.value_or(m_tokenLifetimeSeconds)},
        {QStringLiteral("jti"), QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(12)))}};
    return CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                        {QStringLiteral("kid"), party.kid}},
                            QJsonDocument(payload).toJson(QJsonDocument::Compact), party.key);
}

Status VerifierApi::checkBearer(const QHttpServerRequest &request, const QStringList &roles) const
{
    const QByteArray header = AgentHttp::header(request, "Authorization");
    if (!header.startsWith("Bearer ") || header.size() > 4096)
        return Error{QStringLiteral("401"), tr("a Bearer token is required")};
    auto jws = CompactJws::parse(header.mid(7).trimmed());
    const AgentParty party = verifier();
    if (!jws || party.key.isNull() || !JwsVerifier::verify(jws.value(), party.key.publicKey()))
        return Error{QStringLiteral("401"), tr("the Bearer token is not valid here")};
    const QJsonObject claims = QJsonDocument::fromJson(jws->payload()).object();
    if (claims.value(QStringLiteral("iss")).toString() != party.did)
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

QHttpServerResponse VerifierApi::token(const QHttpServerRequest &request)
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
    if (!kVerifierRoles.contains(role))
        return AgentHttp::error(StatusCode::BadRequest,
                                tr("role is Verifier_Admin or Verifier_User"));
    auto minted = mintToken({role});
    if (!minted)
        return AgentHttp::error(StatusCode::InternalServerError, minted.error().message);
    return AgentHttp::json(
        QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(minted.value())},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("expires_in"), m_tokenLifetimeSeconds},
                    {QStringLiteral("role"), role}});
}

QHttpServerResponse VerifierApi::definitions(const QHttpServerRequest &request)
{
    if (auto allowed = checkBearer(request, kAdminOnly); !allowed)
        return AgentHttp::refuse(allowed.error());
    auto all = m_requests.definitions();
    if (!all)
        return AgentHttp::error(StatusCode::InternalServerError, all.error().message);
    QJsonArray list;
    for (const VerifierStore::Definition &definition : all.value())
        list.append(definitionJson(definition));
    return AgentHttp::json(QJsonObject{{QStringLiteral("data"), list}});
}

QHttpServerResponse VerifierApi::putDefinition(const QString &definitionId,
                                               const QHttpServerRequest &request)
{
    if (auto allowed = checkBearer(request, kAdminOnly); !allowed)
        return AgentHttp::refuse(allowed.error());
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    const auto types = strings(body->value(QStringLiteral("types")));
    const QJsonValue claimsValue = body->value(QStringLiteral("claims"));
    const auto claims = claimsValue.isUndefined() ? std::optional<QStringList>(QStringList{})
                                                  : strings(claimsValue);
    if (!types || !claims)
        return AgentHttp::error(StatusCode::BadRequest,
                                tr("types (and claims) are arrays of strings"));
    const VerifierStore::Definition definition{definitionId, *types, *claims};
    if (auto saved = m_requests.saveDefinition(definition); !saved)
        return AgentHttp::error(saved.error().code == QLatin1String("agent.invalid")
                                    ? StatusCode::BadRequest
                                    : StatusCode::Conflict,
                                saved.error().message);
    return AgentHttp::json(definitionJson(definition));
}

QString VerifierApi::requestUri(const QString &definitionId, const QString &correlationId) const
{
    return m_baseUrl + QStringLiteral("/private/siop/definitions/") + definitionId +
           QStringLiteral("/auth-requests/") + correlationId;
}

Result<std::pair<AuthRequestRecord, VerifierStore::Definition>>
VerifierApi::openRequest(const QString &definitionId, const QString &correlationId)
{
    auto record = current(correlationId);
    const auto definition = m_requests.definition(definitionId);
    if (!record || !definition || record->definitionId != definitionId)
        return Error{QStringLiteral("404"), tr("there is no such auth request")};
    if (record->status != QLatin1String("created") && record->status != QLatin1String("sent"))
        return Error{QStringLiteral("410"), tr("the request is %1").arg(record->status)};
    return std::make_pair(*record, *definition);
}

std::optional<AuthRequestRecord> VerifierApi::current(const QString &correlationId)
{
    auto request = m_requests.request(correlationId);
    if (!request)
        return std::nullopt;
    const bool open =
        request->status == QLatin1String("created") || request->status == QLatin1String("sent");
    if (open && nowMs() > request->expiresMs) {
        request->status = QStringLiteral("error");
        request->error = tr("the request expired before a presentation arrived");
        request->updatedMs = nowMs();
        (void)m_requests.saveRequest(*request);
    }
    return request;
}

QHttpServerResponse VerifierApi::createAuthRequest(const QString &definitionId,
                                                   const QHttpServerRequest &request)
{
    if (auto allowed = checkBearer(request, kVerifierRoles); !allowed)
        return AgentHttp::refuse(allowed.error());
    // The seed sends no body; one that is sent is JSON like everywhere else.
    if (!request.body().isEmpty())
        if (auto body = AgentHttp::body(request); !body)
            return AgentHttp::refuse(body.error());
    if (!m_requests.definition(definitionId))
        return AgentHttp::error(StatusCode::NotFound,
                                tr("there is no definition \"%1\"").arg(definitionId.left(80)));
    AuthRequestRecord record;
    record.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.definitionId = definitionId;
    record.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdMs = record.updatedMs = nowMs();
    record.expiresMs = record.createdMs + m_lifetimeMs;
    if (auto done = m_requests.saveRequest(record); !done)
        return AgentHttp::error(StatusCode::InternalServerError, done.error().message);
    const QString uri = QStringLiteral("openid-vc://?request_uri=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(
                            requestUri(definitionId, record.correlationId)));
    return AgentHttp::json(
        QJsonObject{{QStringLiteral("correlationId"), record.correlationId},
                    {QStringLiteral("definitionId"), definitionId},
                    {QStringLiteral("authRequestURI"), uri},
                    {QStringLiteral("authStatusURI"),
                     m_baseUrl + QStringLiteral("/private/webapp/auth-status")}});
}

QHttpServerResponse VerifierApi::authStatus(const QHttpServerRequest &request)
{
    if (auto allowed = checkBearer(request, kVerifierRoles); !allowed)
        return AgentHttp::refuse(allowed.error());
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    const QString correlationId = body->value(QStringLiteral("correlationId")).toString();
    const QString definitionId = body->value(QStringLiteral("definitionId")).toString();
    auto record = current(correlationId);
    if (!record)
        return AgentHttp::error(StatusCode::NotFound, tr("there is no such auth request"));
    if (record->definitionId != definitionId)
        return AgentHttp::error(StatusCode::BadRequest,
                                tr("the request is for another definitionId"));
    return AgentHttp::json(QJsonObject{
        {QStringLiteral("correlationId"), record->correlationId},
        {QStringLiteral("definitionId"), record->definitionId},
        {QStringLiteral("status"), record->status},
        {QStringLiteral("lastUpdated"), record->updatedMs},
        {QStringLiteral("payload"), orNull(record->payload)},
        {QStringLiteral("verifiedData"), orNull(record->verifiedData)},
        {QStringLiteral("error"),
         record->error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record->error)}});
}

QHttpServerResponse VerifierApi::requestObject(const QString &definitionId,
                                               const QString &correlationId,
                                               const QString &walletNonce)
{
    auto open = openRequest(definitionId, correlationId);
    if (!open)
        return AgentHttp::refuse(open.error());
    auto &[record, definition] = open.value();
    const AgentParty party = verifier();
    const qint64 now = Clock::nowSeconds();
    QJsonObject claims{{QStringLiteral("iss"), party.did},
                       {QStringLiteral("aud"), QStringLiteral("https://self-issued.me/v2")},
                       {QStringLiteral("client_id"), party.did},
                       {QStringLiteral("client_id_scheme"), QStringLiteral("did")},
                       {QStringLiteral("response_type"), QStringLiteral("vp_token")},
                       {QStringLiteral("response_mode"), QStringLiteral("direct_post")},
                       {QStringLiteral("response_uri"),
                        requestUri(definitionId, correlationId) + QStringLiteral("/response")},
                       {QStringLiteral("nonce"), record.nonce},
                       {QStringLiteral("state"), correlationId},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), record.expiresMs / 1000},
                       {QStringLiteral("presentation_definition"),
                        QJsonObject{{QStringLiteral("id"), definitionId},
                                    {QStringLiteral("input_descriptors"),
                                     QJsonArray{inputDescriptor(definition)}}}}};
    if (!walletNonce.isEmpty())
        claims.insert(QStringLiteral("wallet_nonce"), walletNonce);
    auto jwt =
        CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("oauth-authz-req+jwt")},
                                     {QStringLiteral("kid"), party.kid}},
                         QJsonDocument(claims).toJson(QJsonDocument::Compact), party.key);
    if (!jwt)
        return AgentHttp::error(StatusCode::InternalServerError, jwt.error().message);
    if (record.status == QLatin1String("created")) {
        record.status = QStringLiteral("sent");
        record.updatedMs = nowMs();
        (void)m_requests.saveRequest(record);
    }
    return QHttpServerResponse(QByteArrayLiteral("application/oauth-authz-req+jwt"), jwt.value());
}

Result<QJsonObject>
VerifierApi::verifyPresentation(const QByteArray &vpToken, const AuthRequestRecord &request,
                                const VerifierStore::Definition &definition) const
{
    // An unauthenticated caller chose what is resolved here: the app's network policy.
    auto inspection = CredentialInspector::inspect(vpToken, m_verification.options());
    if (!inspection)
        return Error{QStringLiteral("invalid"),
                     tr("the vp_token is unreadable: %1").arg(inspection.error().message)};
    if (!kPresentationFormats.contains(inspection->format))
        return Error{QStringLiteral("invalid"),
                     tr("the vp_token is not a verifiable presentation")};
    const QJsonObject payload = inspection->payload.toObject();
    if (payload.value(QStringLiteral("nonce")).toString() != request.nonce)
        return Error{QStringLiteral("invalid"),
                     tr("the presentation's nonce is not this request's")};
    const QJsonValue aud = payload.value(QStringLiteral("aud"));
    const QString verifierDid = verifier().did;
    const bool audienceOk = aud.isString() ? aud.toString() == verifierDid
                                           : aud.toArray().contains(QJsonValue(verifierDid));
    if (!audienceOk)
        return Error{QStringLiteral("invalid"),
                     tr("the presentation is meant for another verifier")};
    if (inspection->report.verdict() != ValidationReport::Verdict::Valid) {
        QStringList problems;
        for (const CheckResult &check : inspection->report.checks())
            if (check.outcome != CheckResult::Outcome::Pass)
                problems << check.name + QStringLiteral(": ") + check.detail;
        return Error{QStringLiteral("invalid"),
                     tr("the presentation is not valid: %1")
                         .arg(problems.join(QStringLiteral("; ")).left(500))};
    }
    for (const Inspection &credential : inspection->nested) {
        const bool typeOk =
            std::any_of(definition.types.cbegin(), definition.types.cend(),
                        [&](const QString &t) { return credential.types.contains(t); });
        if (!typeOk)
            continue;
        const QJsonObject subject = credential.claims.toObject();
        QJsonObject disclosed;
        for (const QString &claim : definition.claims)
            if (subject.contains(claim))
                disclosed.insert(claim, subject.value(claim));
        if (disclosed.size() == definition.claims.size())
            return disclosed;
    }
    return Error{
        QStringLiteral("invalid"),
        tr("no presented credential has the type and claims %1 asks for").arg(definition.id)};
}

QHttpServerResponse VerifierApi::response(const QString &definitionId, const QString &correlationId,
                                          const QHttpServerRequest &request)
{
    auto open = openRequest(definitionId, correlationId);
    if (!open)
        return AgentHttp::refuse(open.error());
    auto &[record, definition] = open.value();
    auto parsedForm = AgentHttp::form(request);
    if (!parsedForm)
        return AgentHttp::refuse(parsedForm.error());
    const QUrlQuery &form = parsedForm.value();
    const QString state = form.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString walletError = form.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!walletError.isEmpty() && state == correlationId) {
        // The holder declined or had nothing that fits (OpenID4VP section 8.5): the kiosk
        // shows it and moves on.
        record.status = QStringLiteral("error");
        record.error =
            tr("the wallet answered %1: %2")
                .arg(walletError.left(64),
                     form.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                         .left(300));
        record.updatedMs = nowMs();
        (void)m_requests.saveRequest(record);
        return AgentHttp::json(QJsonObject{});
    }
    const QByteArray vpToken =
        form.queryItemValue(QStringLiteral("vp_token"), QUrl::FullyDecoded).toUtf8();
    if (state != correlationId || vpToken.isEmpty())
        return AgentHttp::error(StatusCode::BadRequest,
                                tr("invalid_request: state and vp_token are required"));
    record.status = QStringLiteral("received");
    record.updatedMs = nowMs();
    (void)m_requests.saveRequest(record);

    auto verified = verifyPresentation(vpToken, record, definition);
    record.updatedMs = nowMs();
    if (!verified) {
        record.status = QStringLiteral("error");
        record.error = verified.error().message;
        (void)m_requests.saveRequest(record);
        return AgentHttp::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                        {QStringLiteral("error_description"), record.error}},
            StatusCode::BadRequest);
    }
    const QJsonDocument submission = QJsonDocument::fromJson(
        form.queryItemValue(QStringLiteral("presentation_submission"), QUrl::FullyDecoded)
            .toUtf8());
    record.status = QStringLiteral("verified");
    record.verifiedData = verified.value();
    record.payload = QJsonObject{{QStringLiteral("access_token"),
                                  QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(24)))},
                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 // A lifetime in seconds (RFC 6749 section 5.1), not a time.
                                 {QStringLiteral("expires_in"), kAccessTokenLifetimeSeconds},
                                 {QStringLiteral("state"), correlationId},
                                 {QStringLiteral("vp_token"), QString::fromUtf8(vpToken)},
                                 {QStringLiteral("nonce"), record.nonce},
                                 {QStringLiteral("presentation_submission"), submission.object()}};
    (void)m_requests.saveRequest(record);
    return AgentHttp::json(QJsonObject{});
}

} // namespace vcdesk
