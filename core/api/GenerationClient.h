#pragma once

#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace vcdesk {

/// The credential generation service of seed 000: POST /generate with the flow-manager
/// envelope; the verifiableCredentialGenerated event gives the credential (a JWT), the
/// verifiableCredentialGenerationFailed event an error "api.generation_failed" with the
/// service's reason. A non-empty apiKey is sent as the `apikey` header (the seed names no
/// authentication; vcdesk-agent asks for its issuer's key). Blocking (worker threads, command
/// line).
class GenerationClient
{
    Q_DECLARE_TR_FUNCTIONS(GenerationClient)
public:
    GenerationClient(QUrl baseUrl, NetworkPolicy policy = {});
    GenerationClient(QUrl baseUrl, QByteArray apiKey, NetworkPolicy policy);

    Result<QByteArray> generate(const QString &flowId, const QJsonObject &payload);

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    HttpClient m_http;
};

} // namespace vcdesk
