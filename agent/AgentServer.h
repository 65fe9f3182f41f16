#pragma once

#include "agent/AgentStore.h"
#include "agent/IssuerAgentApi.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>

#include <memory>

namespace vcdesk {

/// vcdesk-agent: one base URL serving the contracts of the project seeds from a data folder.
/// On first start it creates its parties (an issuer with an ES256K did:key, a holder with an
/// ES256 did:key), their API keys and the connection between them; every start writes
/// DIR/agent.json (owner-only) with the base URL and all of that, for clients and tests.
class AgentServer
{
    Q_DECLARE_TR_FUNCTIONS(AgentServer)
public:
    static Result<std::unique_ptr<AgentServer>> start(const QHostAddress &address, quint16 port,
                                                      const QString &dataFolder);
    ~AgentServer();

    const QString &baseUrl() const { return m_baseUrl; }
    /// What agent.json holds.
    const QJsonObject &description() const { return m_description; }
    AgentStore &store() { return *m_store; }
    IssuerAgentApi &issuerApi() { return *m_issuerApi; }

    /// Bootstraps the parties if the folder is new (no network needed; used by the CLI too).
    static Status ensureParties(AgentStore &store);

private:
    AgentServer() = default;
    Status writeDescription(const QString &dataFolder);

    std::unique_ptr<AgentStore> m_store;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<IssuerAgentApi> m_issuerApi;
    QString m_baseUrl;
    QJsonObject m_description;
};

} // namespace vcdesk
