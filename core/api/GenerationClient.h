#pragma once

#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace vcdesk {

/// The credential generation service of seed 000: POST /generate with the flow-manager
/// envelope; the verifiableCredentialGenerated event gives the credential (a JWT), the
/// verifiableCredentialGenerationFailed event an error "api.generation_failed" with the
/// service's reason. Blocking (worker threads, command line).
class GenerationClient
{
    Q_DECLARE_TR_FUNCTIONS(GenerationClient)
public:
    GenerationClient(QUrl baseUrl, NetworkPolicy policy = {});

    Result<QByteArray> generate(const QString &flowId, const QJsonObject &payload);

private:
    QUrl m_baseUrl;
    HttpClient m_http;
};

} // namespace vcdesk
