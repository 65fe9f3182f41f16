#include "agent/VerifierApi.h"

#include "core/common/Clock.h"

#include "agent/AgentHttp.h"
#include "agent/DefinitionQuery.h"
#include "core/codec/Base64Url.h"
#include "core/common/Deadline.h"
#include "core/crypto/SecureRandom.h"
#include "core/jose/CompactJws.h"
#include "core/oid4vp/PresentationVerifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>
#include <QtConcurrent>

#include <future>

namespace vcdesk {

namespace {

/// How long the access token handed out with a verified presentation is valid.
constexpr qint64 kAccessTokenLifetimeSeconds = 300;

using StatusCode = QHttpServerResponse::StatusCode;

qint64 nowMs()
{
    return Clock::nowMs();
}

QJsonValue orNull(const QJsonObject &object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

} // namespace

VerifierApi::VerifierApi(AgentStore &store, QString baseUrl, const AgentVerification &verification,
                         qint64 requestLifetimeMs, qint64 tokenLifetimeSeconds)
    : m_store(store)
    , m_requests(store.database())
    , m_baseUrl(std::move(baseUrl))
    , m_verification(verification)
    , m_lifetimeMs(requestLifetimeMs)
    , m_tokens(store, tokenLifetimeSeconds)
    , m_definitions(store, m_tokens)
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1);
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
                 [this](const QHttpServerRequest &request) { return m_tokens.issue(request); });
    m_definitions.registerRoutes(server);
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
    return m_tokens.party();
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
        request->error =
            request->attempts > 0
                ? tr("the request expired; the last answer was refused: %1").arg(request->error)
                : tr("the request expired before a presentation arrived");
        request->updatedMs = nowMs();
        (void)m_requests.saveRequest(*request);
    }
    return request;
}

QHttpServerResponse VerifierApi::createAuthRequest(const QString &definitionId,
                                                   const QHttpServerRequest &request)
{
    if (auto allowed = m_tokens.check(request, VerifierTokens::anyRole()); !allowed)
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
    // client_id beside request_uri (RFC 9101 section 5, OpenID4VP 1.0 section 5.10): the
    // wallet checks the signed request object names the same client.
    const QString uri = QStringLiteral("openid-vc://?client_id=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(verifier().did)) +
                        QStringLiteral("&request_uri=") +
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
    if (auto allowed = m_tokens.check(request, VerifierTokens::anyRole()); !allowed)
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
        {QStringLiteral("attempts"), record->attempts},
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
                       {QStringLiteral("response_type"), QStringLiteral("vp_token")},
                       {QStringLiteral("response_mode"), QStringLiteral("direct_post")},
                       {QStringLiteral("response_uri"),
                        requestUri(definitionId, correlationId) + QStringLiteral("/response")},
                       {QStringLiteral("nonce"), record.nonce},
                       {QStringLiteral("state"), correlationId},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), record.expiresMs / 1000}};
    // Wallets infer the OpenID4VP draft from the members: client_id_scheme belongs to drafts
    // before 22, dcql_query to 21 and later, so only a Presentation Exchange request has it.
    if (definition.query == VerifierStore::Definition::kDcql) {
        claims.insert(QStringLiteral("dcql_query"), DefinitionQuery::dcqlQuery(definition));
    } else {
        claims.insert(QStringLiteral("client_id_scheme"), QStringLiteral("did"));
        claims.insert(QStringLiteral("presentation_definition"),
                      DefinitionQuery::presentationDefinition(definition));
    }
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

Result<ExpectedPresentation>
VerifierApi::expectedFor(const AuthRequestRecord &request,
                         const VerifierStore::Definition &definition) const
{
    ExpectedPresentation expected;
    expected.nonce = request.nonce;
    const QString did = verifier().did;
    // OpenID4VP 1.0 names a DID client "decentralized_identifier:<did>"; drafts name it bare.
    expected.audiences = {did, QStringLiteral("decentralized_identifier:") + did};
    if (definition.query == VerifierStore::Definition::kDcql)
        expected.dcqlQuery = DefinitionQuery::dcqlQuery(definition);
    else
        expected.presentationDefinition = DefinitionQuery::presentationDefinition(definition, true);
    if (definition.issuers) {
        auto policy = IssuerPolicy::allowOnly(*definition.issuers);
        if (!policy)
            return policy.error();
        expected.issuers = policy.value();
    } else {
        auto list = m_verification.trustList();
        if (!list)
            return Error{
                QStringLiteral("presentation.no_trusted_issuers"),
                tr("the verifier's trust list cannot be read: %1").arg(list.error().message)};
        expected.issuers = IssuerPolicy::trustList(list.value());
    }
    return expected;
}

Result<QJsonObject> VerifierApi::verifyPresentation(const QString &vpToken,
                                                    const QString &submission,
                                                    const ExpectedPresentation &expected,
                                                    const QStringList &claims,
                                                    const InspectOptions &options)
{
    auto verified = PresentationVerifier::verify(expected, vpToken, submission, options);
    if (!verified)
        return verified.error();
    QJsonObject disclosed;
    for (const PresentedCredential &credential : verified->credentials)
        for (const QString &claim : claims)
            if (!disclosed.contains(claim) && credential.claims.contains(claim))
                disclosed.insert(claim, credential.claims.value(claim));
    return disclosed;
}

void VerifierApi::refuse(AuthRequestRecord &record, const QString &why)
{
    // The request stays open: anyone who saw the QR code could have sent this.
    record.attempts += 1;
    record.error = why.left(600);
    record.updatedMs = nowMs();
    (void)m_requests.saveRequest(record);
}

QFuture<QHttpServerResponse> VerifierApi::response(const QString &definitionId,
                                                   const QString &correlationId,
                                                   const QHttpServerRequest &request)
{
    const auto now = [](QHttpServerResponse &&response) {
        return QtFuture::makeReadyFuture(std::move(response));
    };
    auto open = openRequest(definitionId, correlationId);
    if (!open)
        return now(AgentHttp::refuse(open.error()));
    auto &[record, definition] = open.value();
    auto parsedForm = AgentHttp::form(request);
    if (!parsedForm)
        return now(AgentHttp::refuse(parsedForm.error()));
    const QUrlQuery &form = parsedForm.value();
    const auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("state") != correlationId)
        return now(AgentHttp::json(
            QJsonObject{
                {QStringLiteral("error"), QStringLiteral("invalid_request")},
                {QStringLiteral("error_description"), tr("state does not name this request")}},
            StatusCode::BadRequest));
    const QString walletError = field("error");
    if (!walletError.isEmpty()) {
        // The holder declined or had nothing that fits (OpenID4VP section 8.5). Nothing proves
        // the holder sent it, so the kiosk sees it in auth-status while the request stays open;
        // only the error code is kept: a description is anyone's words.
        static const QRegularExpression kErrorCode(QStringLiteral("^[a-z_]{1,64}$"));
        refuse(record,
               tr("a wallet answered with the error %1")
                   .arg(kErrorCode.match(walletError).hasMatch() ? walletError
                                                                 : tr("(not an error code)")));
        return now(AgentHttp::json(QJsonObject{}));
    }
    const QString vpToken = field("vp_token");
    const QString submission = field("presentation_submission");
    auto expected =
        vpToken.isEmpty()
            ? Result<ExpectedPresentation>(Error{QStringLiteral("presentation.unreadable"),
                                                 tr("the answer has no vp_token")})
            : expectedFor(record, definition);
    if (!expected)
        return now(conclude(definitionId, correlationId, vpToken, submission, expected.error()));

    InspectOptions options = m_verification.options(); // reads the store: on this thread
    const QStringList claims = definition.claims + definition.optionalClaims;
    const CancelToken stopping = m_stopping;
    QObject *context = &m_context;
    return QtConcurrent::run(
        &m_pool,
        [this, context, definitionId, correlationId, vpToken, submission,
         expected = expected.value(), claims, options, stopping]() -> QHttpServerResponse {
            Result<QJsonObject> verified = Error{};
            {
                CancelToken::Scope agentStops(stopping);
                Deadline deadline{std::chrono::milliseconds(kVerificationDeadlineMs)};
                verified = verifyPresentation(vpToken, submission, expected, claims, options);
                if (deadline.expired())
                    verified = Error{QStringLiteral("presentation.too_slow"),
                                     tr("verifying the answer took longer than %1 s (a DID or "
                                        "status list host did not answer in time)")
                                         .arg(kVerificationDeadlineMs / 1000)};
            }
            // The outcome is stored on the agent's thread (its database connection lives there);
            // this worker waits for that, unless the agent stops meanwhile.
            auto concluded = std::make_shared<std::promise<QHttpServerResponse>>();
            std::future<QHttpServerResponse> answer = concluded->get_future();
            QMetaObject::invokeMethod(context, [this, concluded, definitionId, correlationId,
                                                vpToken, submission, verified] {
                concluded->set_value(
                    conclude(definitionId, correlationId, vpToken, submission, verified));
            });
            while (answer.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
                if (stopping.isCancelled())
                    return AgentHttp::error(StatusCode::ServiceUnavailable,
                                            tr("the verifier is stopping"));
            return answer.get();
        });
}

QHttpServerResponse VerifierApi::conclude(const QString &definitionId, const QString &correlationId,
                                          const QString &vpToken, const QString &submission,
                                          const Result<QJsonObject> &verified)
{
    // Read again: another answer may have ended the request while this one was verified.
    auto open = openRequest(definitionId, correlationId);
    if (!open)
        return AgentHttp::refuse(open.error());
    AuthRequestRecord &record = open.value().first;
    if (!verified) {
        refuse(record, tr("%1 [%2]").arg(verified.error().message, verified.error().code));
        return AgentHttp::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                        {QStringLiteral("error_description"), record.error}},
            StatusCode::BadRequest);
    }
    record.status = QStringLiteral("verified");
    record.error.clear();
    record.updatedMs = nowMs();
    record.verifiedData = verified.value();
    record.payload = QJsonObject{{QStringLiteral("access_token"),
                                  QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(24)))},
                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 // A lifetime in seconds (RFC 6749 section 5.1), not a time.
                                 {QStringLiteral("expires_in"), kAccessTokenLifetimeSeconds},
                                 {QStringLiteral("state"), correlationId},
                                 {QStringLiteral("vp_token"), vpToken},
                                 {QStringLiteral("nonce"), record.nonce},
                                 {QStringLiteral("presentation_submission"),
                                  QJsonDocument::fromJson(submission.toUtf8()).object()}};
    (void)m_requests.saveRequest(record);
    return AgentHttp::json(QJsonObject{});
}

VerifierApi::~VerifierApi()
{
    m_stopping.cancel();
    m_pool.waitForDone();
}

} // namespace vcdesk
