#pragma once

#include "agent/AgentStore.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace vcdesk {

/// POST /generate of seed 000, in the flow-manager envelope: {"key", "value": {"messageLabel":
/// "generateVerifiableCredential", "messagePayload": {...}}}. The payload's members become the
/// claims of a JWT-VC signed by the agent's issuer (its "id", if a DID, the subject); the answer
/// is the verifiableCredentialGenerated event, or verifiableCredentialGenerationFailed with the
/// reason. The seed names no authentication; the agent asks for the issuer party's `apikey`
/// header (401 without a known key, 403 for another party's) and a JSON body (415 otherwise).
/// A body that is not an envelope at all gets a 400.
class GenerationApi
{
    Q_DECLARE_TR_FUNCTIONS(GenerationApi)
public:
    /// The party whose credentials /generate signs, and whose apikey it takes.
    static constexpr const char *kIssuer = "issuer";

    explicit GenerationApi(AgentStore &store, QString baseUrl);
    void registerRoutes(QHttpServer &server);

private:
    QHttpServerResponse generate(const QHttpServerRequest &request);

    AgentStore &m_store;
    QString m_baseUrl;
};

} // namespace vcdesk
