#pragma once

#include "core/did/DidResolver.h"

#include <QCache>
#include <QMutex>

#include <functional>
#include <memory>

namespace vcdesk {

/// Remembers resolved documents for a while so a batch of credentials from one issuer
/// resolves its DID once. Only successes are cached: a failure (often "offline") is retried
/// next time. Thread-safe.
class CachingDidResolver : public DidResolver
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    CachingDidResolver(std::shared_ptr<DidResolver> inner, qint64 ttlMs = 10 * 60 * 1000,
                       int capacity = 1000, Clock clock = {});

    Result<DidDocument> resolve(const DidUrl &did) override;
    void clear();

private:
    struct Entry
    {
        DidDocument document;
        qint64 expiresAt = 0;
    };

    std::shared_ptr<DidResolver> m_inner;
    qint64 m_ttlMs;
    Clock m_clock;
    QMutex m_mutex;
    QCache<QString, Entry> m_cache;
};

} // namespace vcdesk
