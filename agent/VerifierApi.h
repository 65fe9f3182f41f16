#pragma once

#include "agent/AgentStore.h"
#include "agent/AgentVerification.h"
#include "agent/VerifierStore.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace vcdesk {

/// The verifier API of seed 002 and the OpenID endpoints behind its openid-vc URIs:
/// - POST /private/webapp/definitions/{definitionId}/auth-requests and
///   POST /private/webapp/auth-status, for Bearer tokens with the role Verifier_Admin or
///   Verifier_User (missing, bad or expired token 401, other roles 403);
/// - GET /private/webapp/definitions and PUT /private/webapp/definitions/{definitionId}: what
///   a definitionId asks for, managed by Verifier_Admin only (Verifier_User 403);
/// - POST /private/webapp/token: a fresh Bearer token ({"role"}) for the verifier party's
///   apikey; tokens carry exp and live tokenLifetimeSeconds;
/// - GET  /private/siop/definitions/{definitionId}/auth-requests/{correlationId}: the signed
///   request object (SIOPv2-style, Presentation Exchange, direct_post);
/// - POST .../{correlationId}/response: the holder's vp_token, verified with vcdesk's own
///   verifier (signature, nonce, audience, every check of every credential, the definition's
///   types and claims, under the agent's network policy: AgentVerification); the status
///   becomes verified with the seed's payload, or error.
/// Requests expire after requestLifetimeMs.
class VerifierApi
{
    Q_DECLARE_TR_FUNCTIONS(VerifierApi)
public:
    static constexpr const char *kAdmin = "Verifier_Admin";
    static constexpr const char *kUser = "Verifier_User";
    /// The party whose key signs the tokens and whose apikey may ask for them.
    static constexpr const char *kVerifier = "verifier";

    VerifierApi(AgentStore &store, QString baseUrl, const AgentVerification &verification,
                qint64 requestLifetimeMs = 300000, qint64 tokenLifetimeSeconds = 3600);

    void registerRoutes(QHttpServer &server);
    /// A Bearer token for `roles`, signed by the verifier party, expiring after
    /// `lifetimeSeconds` (the agent's token lifetime when not given).
    Result<QByteArray> mintToken(const QStringList &roles,
                                 std::optional<qint64> lifetimeSeconds = std::nullopt) const;
    qint64 tokenLifetimeSeconds() const { return m_tokenLifetimeSeconds; }
    /// The default definitions, on first start.
    static Status ensureDefinitions(AgentStore &store);

private:
    QHttpServerResponse createAuthRequest(const QString &definitionId,
                                          const QHttpServerRequest &request);
    QHttpServerResponse authStatus(const QHttpServerRequest &request);
    QHttpServerResponse requestObject(const QString &definitionId, const QString &correlationId,
                                      const QString &walletNonce = {});
    QHttpServerResponse response(const QString &definitionId, const QString &correlationId,
                                 const QHttpServerRequest &request);
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse definitions(const QHttpServerRequest &request);
    QHttpServerResponse putDefinition(const QString &definitionId,
                                      const QHttpServerRequest &request);

    /// A valid, unexpired token of ours naming one of `roles`.
    Status checkBearer(const QHttpServerRequest &request, const QStringList &roles) const;
    /// Why the presentation does not satisfy the request, or the verified claims.
    Result<QJsonObject> verifyPresentation(const QString &vpToken, const QString &submission,
                                           const AuthRequestRecord &request,
                                           const VerifierStore::Definition &definition) const;
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
    qint64 m_tokenLifetimeSeconds;
};

} // namespace vcdesk
