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
///   Verifier_User (missing or bad token 401, other roles 403);
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
    VerifierApi(AgentStore &store, QString baseUrl, const AgentVerification &verification,
                qint64 requestLifetimeMs = 300000);

    void registerRoutes(QHttpServer &server);
    /// A Bearer token for `roles`, signed by the verifier party.
    Result<QByteArray> mintToken(const QStringList &roles) const;
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

    Status checkBearer(const QHttpServerRequest &request) const;
    /// Why the presentation does not satisfy the request, or the verified claims.
    Result<QJsonObject> verifyPresentation(const QByteArray &vpToken,
                                           const AuthRequestRecord &request,
                                           const VerifierStore::Definition &definition) const;
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
};

} // namespace vcdesk
