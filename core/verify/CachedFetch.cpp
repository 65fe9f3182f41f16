#include "core/verify/CachedFetch.h"

#include "core/common/Clock.h"

#include "core/net/HttpFetcher.h"

namespace vcdesk {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<CachedFetch::Document> CachedFetch::get(const QString &url, const InspectOptions &options,
                                               qsizetype maxBytes)
{
    const auto cached = options.documentCache ? options.documentCache->get(url) : std::nullopt;
    if (cached && cached->pinned)
        return Document{cached->bytes, cached->fetchedAt, false, tr("held by this service")};
    // The same rules as a fetch, whether or not the network is used this time.
    if (auto allowed = options.network.checkDestination(QUrl(url)); !allowed)
        return allowed.error();

    // Freshness is about the wall clock, whatever time the checks are evaluated at.
    const QDateTime now = Clock::now();
    const qint64 age = cached ? cached->fetchedAt.secsTo(now) : 0;
    if (cached && age >= 0 && age < kFreshSeconds)
        return Document{cached->bytes, cached->fetchedAt, true,
                        tr("cached %1").arg(iso(cached->fetchedAt))};
    auto response = fetch(url, options, maxBytes, now);
    if (response || !cached)
        return response;
    // A copy from the future (a clock set back) is as unusable as a stale one.
    if (age < 0 || age > options.cacheMaxAgeSeconds)
        return Error{QStringLiteral("cache.stale"),
                     tr("%1; the cached copy of %2 is older than the %3-second limit")
                         .arg(response.error().message, iso(cached->fetchedAt))
                         .arg(options.cacheMaxAgeSeconds)};
    return Document{cached->bytes, cached->fetchedAt, true,
                    tr("offline, cached copy of %1").arg(iso(cached->fetchedAt))};
}

Result<CachedFetch::Document>
CachedFetch::refresh(const QString &url, const InspectOptions &options, qsizetype maxBytes)
{
    const auto cached = options.documentCache ? options.documentCache->get(url) : std::nullopt;
    if (cached && cached->pinned)
        return Document{cached->bytes, cached->fetchedAt, false, tr("held by this service")};
    if (auto allowed = options.network.checkDestination(QUrl(url)); !allowed)
        return allowed.error();
    return fetch(url, options, maxBytes, Clock::now());
}

Result<CachedFetch::Document> CachedFetch::fetch(const QString &url, const InspectOptions &options,
                                                 qsizetype maxBytes, const QDateTime &now)
{
    NetworkPolicy policy = options.network;
    policy.maxResponseBytes = std::min(policy.maxResponseBytes, maxBytes);
    auto response = HttpFetcher(policy).get(QUrl(url));
    if (!response)
        return response.error();
    if (options.documentCache)
        options.documentCache->put(url, response->body, now);
    return Document{response->body, now, false, tr("fetched %1").arg(iso(now))};
}

QDateTime CachedFetch::freshUntil(const QDateTime &fetchedAt)
{
    return fetchedAt.addSecs(kFreshSeconds);
}

QDateTime CachedFetch::usableUntil(const QDateTime &fetchedAt, qint64 cacheMaxAgeSeconds)
{
    return fetchedAt.addSecs(cacheMaxAgeSeconds);
}

qsizetype CachedFetch::maxBytesFor(DocumentCache::Kind kind)
{
    return kind == DocumentCache::Kind::Schema ? kMaxSchemaBytes : kMaxStatusListBytes;
}

} // namespace vcdesk
