#pragma once

#include "agent/AgentOptions.h"
#include "agent/AgentStore.h"
#include "agent/AgentVerification.h"
#include "agent/GenerationApi.h"
#include "agent/HostedWalletApi.h"
#include "agent/IssuerAgentApi.h"
#include "agent/OperatorApi.h"
#include "agent/VerifierApi.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>

#include <memory>

namespace vcdesk {

/// vcdesk-agent: one base URL serving the contracts of the project seeds from a data folder.
/// On first start it creates its parties (an issuer with an ES256K did:key, a holder and a
/// verifier with ES256 did:keys), their API keys, the connection between issuer and holder and
/// the default verifier definitions; every start writes DIR/agent.json (owner-only) with the
/// base URL, all of that, one Bearer token per verifier role and where to get fresh ones, for
/// clients and tests. Every connection passes a GuardedTcpServer first (Host, sizes).
class AgentServer
{
    Q_DECLARE_TR_FUNCTIONS(AgentServer)
public:
    static Result<std::unique_ptr<AgentServer>> start(const AgentOptions &options);
    /// `requestLifetimeMs`: how long a verifier auth request stays open.
    static Result<std::unique_ptr<AgentServer>> start(const QHostAddress &address, quint16 port,
                                                      const QString &dataFolder,
                                                      qint64 requestLifetimeMs = 300000);
    ~AgentServer();

    const QString &baseUrl() const { return m_baseUrl; }
    /// What agent.json holds.
    const QJsonObject &description() const { return m_description; }
    AgentStore &store() { return *m_store; }
    IssuerAgentApi &issuerApi() { return *m_issuerApi; }
    VerifierApi &verifierApi() { return *m_verifierApi; }

    /// Bootstraps the parties if the folder is new (no network needed; used by the CLI too).
    static Status ensureParties(AgentStore &store);

private:
    AgentServer() = default;
    Status writeDescription(const QString &dataFolder);

    std::unique_ptr<AgentStore> m_store;
    std::unique_ptr<AgentVerification> m_verification;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<IssuerAgentApi> m_issuerApi;
    std::unique_ptr<OperatorApi> m_operatorApi;
    std::unique_ptr<VerifierApi> m_verifierApi;
    std::unique_ptr<HostedWalletApi> m_hostedWalletApi;
    std::unique_ptr<GenerationApi> m_generationApi;
    QString m_baseUrl;
    QJsonObject m_description;
};

} // namespace vcdesk
