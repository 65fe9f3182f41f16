#pragma once

#include "agent/AgentStore.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace vcdesk {

class IssuerAgentApi;

/// What an operator console needs beside seed 001 and the seed does not name: the connections
/// a party is in (GET /api/v1/connections: each with the issuer's and the holder's name and
/// DID) and revocation (POST /api/v1/vc/revoke {"recordId"}: the issuer of that record only).
/// Both take the party's `apikey`. Clients treat a 404 for these paths as "this agent does not
/// offer it", so they work with agents that have only the seed's calls.
class OperatorApi
{
    Q_DECLARE_TR_FUNCTIONS(OperatorApi)
public:
    OperatorApi(AgentStore &store, IssuerAgentApi &issuer);

    void registerRoutes(QHttpServer &server);

private:
    QHttpServerResponse connections(const QHttpServerRequest &request);
    QHttpServerResponse revoke(const QHttpServerRequest &request);

    AgentStore &m_store;
    IssuerAgentApi &m_issuer;
};

} // namespace vcdesk
