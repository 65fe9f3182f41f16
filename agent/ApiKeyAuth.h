#pragma once

#include "agent/AgentStore.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace vcdesk {

/// How the agent's parties authenticate: their `apikey` header (seed 001), compared exactly
/// and in constant time with every party's key (AgentStore::partyByApiKey).
class ApiKeyAuth
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyAuth)
public:
    /// The calling party; 401 without an apikey header or for a key no party has.
    static Result<AgentParty> caller(const AgentStore &store, const QHttpServerRequest &request);
};

} // namespace vcdesk
