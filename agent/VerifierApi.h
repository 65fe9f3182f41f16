#pragma once

#include "agent/AgentStore.h"
#include "agent/AgentVerification.h"
#include "agent/VerifierDefinitionsApi.h"
#include "agent/VerifierStore.h"
#include "agent/VerifierTokens.h"

#include "core/common/CancelToken.h"
#include "core/oid4vp/ExpectedPresentation.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHttpServer>
#include <QThreadPool>

namespace vcdesk {

/// The verifier API of seed 002 and the OpenID endpoints behind its openid-vc URIs:
/// - POST /private/webapp/definitions/{definitionId}/auth-requests and
///   POST /private/webapp/auth-status, for Bearer tokens with the role Verifier_Admin or
///   Verifier_User (missing, bad or expired token 401, other roles 403);
/// - GET /private/webapp/definitions and PUT /private/webapp/definitions/{definitionId}
///   (VerifierDefinitionsApi): what a definitionId asks for, Verifier_Admin only;
/// - POST /private/webapp/token (VerifierTokens): a fresh Bearer token ({"role"}) for the
///   verifier party's apikey; tokens carry exp and live tokenLifetimeSeconds;
/// - GET  /private/siop/definitions/{definitionId}/auth-requests/{correlationId}: the signed
///   request object (SIOPv2-style, Presentation Exchange, direct_post);
/// - POST .../{correlationId}/response: the holder's answer, verified by core
///   PresentationVerifier under the agent's network policy (AgentVerification) and the
///   definition's issuer policy; verified ends the request with the seed's payload; a refusal
///   is recorded (error, attempts) but leaves the request open (see agent/README.md).
/// Requests expire after requestLifetimeMs.
class VerifierApi
{
    Q_DECLARE_TR_FUNCTIONS(VerifierApi)
public:
    static constexpr const char *kAdmin = VerifierTokens::kAdmin;
    static constexpr const char *kUser = VerifierTokens::kUser;

    VerifierApi(AgentStore &store, QString baseUrl, const AgentVerification &verification,
                qint64 requestLifetimeMs = 300000, qint64 tokenLifetimeSeconds = 3600);

    void registerRoutes(QHttpServer &server);
    /// A Bearer token for `roles`, signed by the verifier party, expiring after
    /// `lifetimeSeconds` (the agent's token lifetime when not given).
    Result<QByteArray> mintToken(const QStringList &roles,
                                 std::optional<qint64> lifetimeSeconds = std::nullopt) const
    {
        return m_tokens.mint(roles, lifetimeSeconds);
    }
    qint64 tokenLifetimeSeconds() const { return m_tokens.lifetimeSeconds(); }
    /// The default definitions, on first start.
    static Status ensureDefinitions(AgentStore &store)
    {
        return VerifierDefinitionsApi::ensureDefaults(store);
    }

private:
    QHttpServerResponse createAuthRequest(const QString &definitionId,
                                          const QHttpServerRequest &request);
    QHttpServerResponse authStatus(const QHttpServerRequest &request);
    QHttpServerResponse requestObject(const QString &definitionId, const QString &correlationId,
                                      const QString &walletNonce = {});
    /// Verification runs on the verifier's own pool, under a deadline, so one slow answer
    /// (a DID host that answers slowly) never holds the agent's other requests.
    QFuture<QHttpServerResponse> response(const QString &definitionId, const QString &correlationId,
                                          const QHttpServerRequest &request);
    /// Records the outcome of a verification on the agent's thread (the request may have been
    /// answered meanwhile: then 410).
    QHttpServerResponse conclude(const QString &definitionId, const QString &correlationId,
                                 const QString &vpToken, const QString &submission,
                                 const Result<QJsonObject> &verified);
    /// Why the presentation does not satisfy the request, or the verified claims.
    /// What the answer to `request` is checked against (read on the agent's thread).
    Result<ExpectedPresentation> expectedFor(const AuthRequestRecord &request,
                                             const VerifierStore::Definition &definition) const;
    /// The disclosed claims, or why not. Runs on a worker thread: no store access.
    static Result<QJsonObject> verifyPresentation(const QString &vpToken, const QString &submission,
                                                  const ExpectedPresentation &expected,
                                                  const QStringList &claims,
                                                  const InspectOptions &options);
    /// Records a refused answer without closing the request.
    void refuse(AuthRequestRecord &record, const QString &why);
    std::optional<AuthRequestRecord> current(const QString &correlationId);
    /// A request still waiting for its presentation (404 unknown, 410 ended), and its definition.
    Result<std::pair<AuthRequestRecord, VerifierStore::Definition>>
    openRequest(const QString &definitionId, const QString &correlationId);
    QString requestUri(const QString &definitionId, const QString &correlationId) const;
    AgentParty verifier() const;

    AgentStore &m_store;
    VerifierStore m_requests;
    QString m_baseUrl;
    const AgentVerification &m_verification;
    qint64 m_lifetimeMs;
    VerifierTokens m_tokens;
    VerifierDefinitionsApi m_definitions;
    /// Verifications in flight: stopped (their network waits cancelled) and waited for when the
    /// agent stops; their results come back through m_context, on the agent's thread.
    CancelToken m_stopping;
    QThreadPool m_pool;
    QObject m_context;

public:
    ~VerifierApi();
    /// How long one verification may take in all (DID resolution, status lists).
    static constexpr int kVerificationDeadlineMs = 20000;
};

} // namespace vcdesk
