#include "core/verify/CachedFetch.h"

#include "core/net/HttpFetcher.h"
#include "core/verify/DocumentCache.h"

namespace vcdesk {

Result<QByteArray> CachedFetch::get(const QString &url, const InspectOptions &options,
                                    qsizetype maxBytes, QString &provenance)
{
    // Freshness is about the wall clock, whatever time the checks are evaluated at.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cached = options.documentCache ? options.documentCache->get(url) : std::nullopt;
    if (cached && cached->fetchedAt.secsTo(now) < kFreshSeconds) {
        provenance = tr("cached %1").arg(cached->fetchedAt.toString(Qt::ISODate));
        return cached->bytes;
    }
    NetworkPolicy policy = options.network;
    policy.maxResponseBytes = std::min(policy.maxResponseBytes, maxBytes);
    auto response = HttpFetcher(policy).get(QUrl(url));
    if (response) {
        if (options.documentCache)
            options.documentCache->put(url, response->body, now);
        provenance = tr("fetched %1").arg(now.toString(Qt::ISODate));
        return response->body;
    }
    if (cached) {
        provenance = tr("offline, cached copy of %1").arg(cached->fetchedAt.toString(Qt::ISODate));
        return cached->bytes;
    }
    return response.error();
}

} // namespace vcdesk
