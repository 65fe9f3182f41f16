#include "core/verify/InspectOptionsBuilder.h"

#include "core/common/DisplayText.h"
#include "core/verify/AllowedContexts.h"

#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/TrustList.h"

namespace vcdesk {

InspectOptionsBuilder &InspectOptionsBuilder::offline(bool on)
{
    m_options.network.offline = on;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::allowLoopbackHttp(bool on)
{
    m_options.network.allowLoopbackHttp = on;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::at(const QDateTime &instant)
{
    m_options.at = instant;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::clockSkewSeconds(qint64 seconds)
{
    m_options.clockSkewSeconds = seconds;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::cacheMaxAgeSeconds(qint64 seconds)
{
    m_options.cacheMaxAgeSeconds = seconds;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::trustList(const QString &path)
{
    m_trustListPath = path;
    m_trustListNamed = true;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::cache(Cache cache)
{
    m_cache = cache;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::key(const PublicKey &trusted)
{
    m_options.key = trusted;
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::resolver(std::shared_ptr<DidResolver> resolver)
{
    m_options.resolver = std::move(resolver);
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::documentCache(std::shared_ptr<DocumentCache> cache)
{
    m_options.documentCache = std::move(cache);
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::allowContext(const QString &url,
                                                           const QByteArray &sha256)
{
    m_options.allowedContexts.insert(url, sha256);
    return *this;
}

InspectOptionsBuilder &InspectOptionsBuilder::allowedContextsFile(const QString &path)
{
    m_allowedContextsPath = path;
    return *this;
}

Result<InspectOptions> InspectOptionsBuilder::build() const
{
    InspectOptions options = m_options;
    if (options.clockSkewSeconds < 0 || options.clockSkewSeconds > kMaxClockSkewSeconds)
        return Error{QStringLiteral("options.clock_skew"),
                     tr("the clock skew must be from 0 to %1 seconds").arg(kMaxClockSkewSeconds)};
    if (options.cacheMaxAgeSeconds < 0 || options.cacheMaxAgeSeconds > kMaxCacheAgeSeconds)
        return Error{QStringLiteral("options.cache_age"),
                     tr("the cache age must be from 0 to %1 seconds").arg(kMaxCacheAgeSeconds)};
    if (!options.resolver)
        options.resolver = MultiMethodDidResolver::createDefault(options.network);
    if (!options.documentCache)
        options.documentCache = std::make_shared<DocumentCache>(
            m_cache == Cache::OnDisk ? DocumentCache::defaultFolder() : QString());
    // Named (even as ""): it must exist. Only the default may be absent.
    auto trust = m_trustListNamed ? TrustList::loadExisting(m_trustListPath)
                                  : TrustList::load(TrustList::defaultPath());
    if (!trust)
        return trust.error();
    options.trustList = std::make_shared<const TrustList>(std::move(trust).value());
    // Like the trust list, a file that cannot be read is an error, never "nothing allowed".
    auto allowed = AllowedContexts::load(
        m_allowedContextsPath.isEmpty() ? AllowedContexts::defaultPath() : m_allowedContextsPath);
    if (!allowed)
        return allowed.error();
    for (auto it = allowed->cbegin(); it != allowed->cend(); ++it) {
        // One allowance in both: a pin in either holds, and two different pins are an error.
        const QByteArray own = options.allowedContexts.value(it.key());
        if (!own.isEmpty() && !it.value().isEmpty() && own != it.value())
            return Error{QStringLiteral("contexts.conflict"),
                         tr("%1 is allowed with two different SHA-256 values")
                             .arg(DisplayText::escape(it.key(), 120))};
        options.allowedContexts.insert(it.key(), own.isEmpty() ? it.value() : own);
    }
    return options;
}

} // namespace vcdesk
