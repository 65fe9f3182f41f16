#pragma once

#include "agent/AgentStore.h"
#include "core/verify/InspectOptions.h"

namespace vcdesk {

/// What the agent's own verifiers (the verifier API's response endpoint, the hosted wallet's
/// proofs/verify) inspect with: the app's network policy (https only; plain http to this
/// computer only when the agent runs with --allow-loopback-http, for development), the DID
/// resolvers under that policy, and the agent's own status lists taken from its store, signed
/// as /status/{id} serves them, rather than fetched from itself over http.
class AgentVerification
{
public:
    AgentVerification(const AgentStore &store, QString baseUrl, bool allowLoopbackHttp);

    const NetworkPolicy &policy() const { return m_policy; }
    InspectOptions options() const;

private:
    const AgentStore &m_store;
    QString m_baseUrl;
    NetworkPolicy m_policy;
};

} // namespace vcdesk
