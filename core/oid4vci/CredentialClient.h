#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"
#include "core/oid4vci/AccessToken.h"
#include "core/oid4vci/CredentialAnswer.h"
#include "core/oid4vci/DpopKey.h"
#include "core/oid4vci/IssuerMetadata.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// The credential issuer's protected endpoints (OpenID4VCI 1.0 sections 7 to 11), blocking:
/// the nonce endpoint, the credential request (by configuration id or by credential identifier,
/// with the key proofs), the deferred credential endpoint and the notification endpoint. The
/// access token goes in the Authorization header (DPoP with a proof carrying its hash when the
/// token is DPoP-bound; a use_dpop_nonce challenge is answered once). Answers are read strictly:
/// credentials a non-empty list of strings (at most kMaxCredentials), or a transaction id with
/// a positive interval (HTTP 202). Errors carry the issuer's code: vci.credential_invalid_proof,
/// vci.credential_invalid_nonce, vci.credential_credential_request_denied, ...
class CredentialClient
{
    Q_DECLARE_TR_FUNCTIONS(CredentialClient)
public:
    static constexpr int kMaxCredentials = 100;
    static constexpr int kMaxIntervalSeconds = 24 * 3600;

    CredentialClient(const IssuerMetadata &issuer, const HttpClient &http, DpopKey *dpop)
        : m_issuer(issuer)
        , m_http(http)
        , m_dpop(dpop)
    {
    }

    /// A fresh c_nonce, or "" when the issuer has no nonce endpoint.
    Result<QString> nonce() const;
    /// `target`: {"credential_configuration_id": ...} or {"credential_identifier": ...}.
    Result<CredentialAnswer> request(const AccessToken &token, const QJsonObject &target,
                                     const QList<QByteArray> &proofs) const;
    Result<CredentialAnswer> deferred(const AccessToken &token, const QString &transactionId) const;
    /// `event`: credential_accepted, credential_failure or credential_deleted.
    Status notify(const AccessToken &token, const QString &notificationId, const QString &event,
                  const QString &description = {}) const;

    /// Reads a credential or deferred answer (also for tests).
    static Result<CredentialAnswer> readAnswer(int status, const QByteArray &body);

private:
    Result<HttpResponse> post(const QUrl &url, const QJsonObject &body,
                              const AccessToken &token) const;

    IssuerMetadata m_issuer;
    HttpClient m_http;
    DpopKey *m_dpop;
};

} // namespace vcdesk
