#include "agent/VerifierApi.h"

#include "agent/AgentHttp.h"
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

using StatusCode = QHttpServerResponse::StatusCode;

const QStringList kVerifierRoles{QStringLiteral("Verifier_Admin"), QStringLiteral("Verifier_User")};
const QStringList kPresentationFormats{QStringLiteral("jwt_vp_json"), QStringLiteral("vp+jwt")};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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

} // namespace

VerifierApi::VerifierApi(AgentStore &store, QString baseUrl, const AgentVerification &verification,
                         qint64 requestLifetimeMs)
    : m_store(store)
    , m_requests(store.database())
    , m_baseUrl(std::move(baseUrl))
    , m_verification(verification)
    , m_lifetimeMs(requestLifetimeMs)
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
    return m_store.partyByName(QStringLiteral("verifier")).value_or(AgentParty{});
}

Result<QByteArray> VerifierApi::mintToken(const QStringList &roles) const
{
    const AgentParty party = verifier();
    if (party.key.isNull())
        return Error{QStringLiteral("agent.internal"), tr("the agent has no verifier party")};
    const QJsonObject payload{{QStringLiteral("iss"), party.did},
                              {QStringLiteral("sub"), QStringLiteral("operator")},
                              {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                              {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()}};
    return CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                        {QStringLiteral("kid"), party.kid}},
                            QJsonDocument(payload).toJson(QJsonDocument::Compact), party.key);
}

Status VerifierApi::checkBearer(const QHttpServerRequest &request) const
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
    for (const QJsonValue &role : claims.value(QStringLiteral("roles")).toArray())
        if (kVerifierRoles.contains(role.toString()))
            return {};
    return Error{QStringLiteral("403"),
                 tr("the token's roles do not include Verifier_Admin or Verifier_User")};
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
    if (auto allowed = checkBearer(request); !allowed)
        return AgentHttp::refuse(allowed.error());
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
    if (auto allowed = checkBearer(request); !allowed)
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
    const qint64 now = QDateTime::currentSecsSinceEpoch();
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
                                 {QStringLiteral("expires_in"), record.updatedMs + 300000},
                                 {QStringLiteral("state"), correlationId},
                                 {QStringLiteral("vp_token"), QString::fromUtf8(vpToken)},
                                 {QStringLiteral("nonce"), record.nonce},
                                 {QStringLiteral("presentation_submission"), submission.object()}};
    (void)m_requests.saveRequest(record);
    return AgentHttp::json(QJsonObject{});
}

} // namespace vcdesk
