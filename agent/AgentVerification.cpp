#include "agent/AgentVerification.h"

#include "core/common/Clock.h"

#include "agent/CredentialMinter.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/DocumentCache.h"

namespace vcdesk {

AgentVerification::AgentVerification(const AgentStore &store, QString baseUrl,
                                     bool allowLoopbackHttp)
    : m_store(store)
    , m_baseUrl(std::move(baseUrl))
{
    m_policy.allowLoopbackHttp = allowLoopbackHttp;
}

InspectOptions AgentVerification::options() const
{
    InspectOptions options;
    options.network = m_policy;
    options.resolver = MultiMethodDidResolver::createDefault(m_policy);
    // In memory only, and fresh for this inspection: the lists as they are right now.
    auto cache = std::make_shared<DocumentCache>();
    const QDateTime now = Clock::now();
    const auto ids = m_store.statusListIds();
    for (const QString &id : ids ? ids.value() : QStringList{}) {
        const auto list = m_store.statusList(id);
        const auto issuer = list ? m_store.partyByName(list->first) : std::nullopt;
        if (!issuer)
            continue;
        const QString url = m_baseUrl + QStringLiteral("/status/") + id;
        if (auto jwt = CredentialMinter::statusList(*issuer, url, list->second, now))
            cache->pin(url, jwt.value());
    }
    options.documentCache = cache;
    return options;
}

} // namespace vcdesk
