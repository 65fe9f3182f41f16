#pragma once

#include "agent/AgentStore.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/TrustList.h"

#include <memory>

namespace vcdesk {

/// What the agent's own verifiers (the verifier API's response endpoint, the hosted wallet's
/// proofs/verify) inspect with: the app's network policy (https only; plain http to this
/// computer only when the agent runs with --allow-loopback-http, for development), the DID
/// resolvers under that policy, and the agent's own status lists taken from its store, signed
/// as /status/{id} serves them, rather than fetched from itself over http; and the trust
/// list its verifier consults for definitions that name no issuers.
class AgentVerification
{
    Q_DECLARE_TR_FUNCTIONS(AgentVerification)
public:
    /// `trustListPath`: a file the operator named (it must exist and be readable), or empty
    /// for trust-list.json in the data folder.
    AgentVerification(const AgentStore &store, QString baseUrl, bool allowLoopbackHttp,
                      QString trustListPath = {});

    const NetworkPolicy &policy() const { return m_policy; }
    InspectOptions options() const;
    /// The trust list as it is on disk now (the operator may edit it while the agent runs);
    /// a damaged or missing named list is an error, never an empty list.
    Result<std::shared_ptr<const TrustList>> trustList() const;
    const QString &trustListPath() const { return m_trustListPath; }

    /// The data folder's trust-list.json, made with the agent's own issuers when missing.
    static Status ensureTrustList(const AgentStore &store, const QString &dataFolder);
    static QString defaultTrustListPath(const QString &dataFolder);

private:
    const AgentStore &m_store;
    QString m_baseUrl;
    NetworkPolicy m_policy;
    QString m_trustListPath;
    bool m_trustListNamed = false;
};

} // namespace vcdesk
