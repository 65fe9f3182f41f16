#pragma once

#include "core/common/Result.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

/// Builds the options a person's inspection runs with, the same way for `vcdesk inspect`,
/// `vcdesk wallet import`, the inspector page and (to come) the kiosk: the network policy,
/// the clock skew, how old a cached status list may be, the trust list, the DID resolver,
/// the document cache and the JSON-LD contexts the person allowed. A trust list that cannot be read
/// is an error, never "no list" (which would skip the trust check); only the default list may be
/// absent.
class InspectOptionsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(InspectOptionsBuilder)
public:
    enum class Cache {
        OnDisk,   // the user's cache folder: reused across runs (inspect, the window)
        InMemory, // nothing written: what a wallet holds stays out of the cache folder
    };

    static constexpr qint64 kMaxClockSkewSeconds = 86400;
    static constexpr qint64 kMaxCacheAgeSeconds = 365 * 86400;

    InspectOptionsBuilder &offline(bool on);
    InspectOptionsBuilder &allowLoopbackHttp(bool on);
    InspectOptionsBuilder &at(const QDateTime &instant);
    /// Error "options.clock_skew" outside 0..kMaxClockSkewSeconds, at build().
    InspectOptionsBuilder &clockSkewSeconds(qint64 seconds);
    /// Error "options.cache_age" outside 0..kMaxCacheAgeSeconds, at build().
    InspectOptionsBuilder &cacheMaxAgeSeconds(qint64 seconds);
    /// A list the person named (it must exist); by default TrustList::defaultPath().
    InspectOptionsBuilder &trustList(const QString &path);
    InspectOptionsBuilder &cache(Cache cache);
    InspectOptionsBuilder &key(const PublicKey &trusted);
    /// Shares a resolver (and its cache) across inspections; by default a new one for the
    /// policy above.
    InspectOptionsBuilder &resolver(std::shared_ptr<DidResolver> resolver);
    InspectOptionsBuilder &documentCache(std::shared_ptr<DocumentCache> cache);
    /// JSON-LD contexts allowed for this inspection, beside those in the person's file
    /// (AllowedContexts::defaultPath(), read at build()); `sha256` empty: the first copy cached.
    InspectOptionsBuilder &allowContext(const QString &url, const QByteArray &sha256 = {});
    /// Reads the allowed contexts from this file instead of the default one.
    InspectOptionsBuilder &allowedContextsFile(const QString &path);

    /// Reads the trust list (file I/O: not on the GUI thread).
    Result<InspectOptions> build() const;

private:
    InspectOptions m_options;
    QString m_trustListPath;
    QString m_allowedContextsPath;
    bool m_trustListNamed = false;
    Cache m_cache = Cache::OnDisk;
};

} // namespace vcdesk
