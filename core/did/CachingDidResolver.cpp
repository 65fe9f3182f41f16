#include "core/did/CachingDidResolver.h"

#include "core/common/Clock.h"

#include <QDateTime>

namespace vcdesk {

CachingDidResolver::CachingDidResolver(std::shared_ptr<DidResolver> inner, qint64 ttlMs,
                                       int capacity, Clock clock)
    : m_inner(std::move(inner))
    , m_ttlMs(ttlMs)
    , m_clock(clock ? std::move(clock) : Clock([] { return vcdesk::Clock::nowMs(); }))
    , m_cache(capacity)
{
}

Result<DidDocument> CachingDidResolver::resolve(const DidUrl &did)
{
    const qint64 now = m_clock();
    {
        QMutexLocker lock(&m_mutex);
        if (Entry *entry = m_cache.object(did.did()); entry && entry->expiresAt > now)
            return entry->document;
    }
    // Resolve without holding the lock: a slow did:web must not stall other DIDs.
    auto result = m_inner->resolve(did);
    if (result) {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(did.did(), new Entry{result.value(), now + m_ttlMs});
    }
    return result;
}

void CachingDidResolver::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

} // namespace vcdesk
