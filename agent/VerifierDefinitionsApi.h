#pragma once

#include "agent/AgentStore.h"
#include "agent/VerifierStore.h"
#include "agent/VerifierTokens.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace vcdesk {

/// What each definitionId of the verifier asks for, managed over HTTP by Verifier_Admin:
/// - GET /private/webapp/definitions lists them;
/// - PUT /private/webapp/definitions/{definitionId} ({"types", "claims", "optionalClaims",
///   "query": "presentation_exchange" or "dcql", "issuers"}) makes or replaces one.
/// A definition without issuers leaves trust to the agent's trust list.
class VerifierDefinitionsApi
{
    Q_DECLARE_TR_FUNCTIONS(VerifierDefinitionsApi)
public:
    VerifierDefinitionsApi(AgentStore &store, const VerifierTokens &tokens);

    void registerRoutes(QHttpServer &server);
    /// The default definitions (emailCredential, membershipCredential), on first start.
    static Status ensureDefaults(AgentStore &store);

private:
    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse put(const QString &definitionId, const QHttpServerRequest &request);

    VerifierStore m_definitions;
    const VerifierTokens &m_tokens;
};

} // namespace vcdesk
