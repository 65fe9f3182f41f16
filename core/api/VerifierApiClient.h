#pragma once

#include "core/api/AuthStatus.h"
#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QUrl>

namespace vcdesk {

/// The verifier API of seed 002 with a Bearer token: create an auth request for a
/// definitionId, and ask for its status. Blocking calls (worker threads, command line); the
/// kiosk polls with AuthStatusPoller instead.
class VerifierApiClient
{
    Q_DECLARE_TR_FUNCTIONS(VerifierApiClient)
public:
    struct AuthRequest
    {
        QString correlationId;
        QString definitionId;
        QString authRequestUri; // openid-vc://?request_uri=... for the QR code
        QUrl authStatusUri;
    };

    VerifierApiClient(QUrl baseUrl, QByteArray bearerToken, NetworkPolicy policy = {});

    Result<AuthRequest> createAuthRequest(const QString &definitionId);
    Result<AuthStatus> authStatus(const QString &correlationId, const QString &definitionId);
    /// A fresh Bearer token from vcdesk-agent's token endpoint (POST /private/webapp/token
    /// with the verifier party's apikey; not part of seed 002). Error "api.invalid_answer"
    /// when the answer has no access_token.
    Result<QByteArray> requestToken(const QByteArray &apiKey,
                                    const QString &role = QStringLiteral("Verifier_User"));

    /// The auth-status request itself (a POST that only reads, so it may be retried).
    HttpRequest authStatusRequest(const QString &correlationId, const QString &definitionId) const;
    const NetworkPolicy &policy() const { return m_http.policy(); }

private:
    QUrl m_baseUrl;
    QByteArray m_token;
    HttpClient m_http;
};

} // namespace vcdesk
