#pragma once

#include "core/common/Result.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

/// A document for verification (status list, schema) through the network policy and the
/// document cache. A copy the application pinned as authoritative (DocumentCache::pin) is
/// used as is. Otherwise the policy is applied first, to cached copies as to fetches: a URL vcdesk
/// would refuse to fetch is never answered from the cache either. A cached copy younger than
/// kFreshSeconds is used as is; otherwise the document is fetched, and when that fails a
/// cached copy is used only while it is younger than InspectOptions::cacheMaxAgeSeconds (and
/// said to be); an older one is an error, never a silent "still fine".
///
/// refresh() fetches now, under the same rules, and caches what came; the cache view's
/// "Refresh now". freshUntil() and usableUntil() say until when a copy is used as is, and
/// until when it still serves offline.
class CachedFetch
{
    Q_DECLARE_TR_FUNCTIONS(CachedFetch)
public:
    static constexpr qint64 kFreshSeconds = 300;
    /// The largest status list credential and schema a check fetches.
    static constexpr qsizetype kMaxStatusListBytes = 8 * 1024 * 1024;
    static constexpr qsizetype kMaxSchemaBytes = 1024 * 1024;

    struct Document
    {
        QByteArray bytes;
        QDateTime fetchedAt;
        bool fromCache = false;
        /// Where the bytes came from, for the check's detail.
        QString provenance;
    };

    static Result<Document> get(const QString &url, const InspectOptions &options,
                                qsizetype maxBytes);
    /// Fetches `url` now (never answered from the cache, whatever its age) and caches it; a
    /// URL the policy refuses is not fetched, and a failed fetch leaves the cache as it was.
    /// A pinned copy is returned as is, as by get().
    static Result<Document> refresh(const QString &url, const InspectOptions &options,
                                    qsizetype maxBytes);

    /// Until when a copy fetched at `fetchedAt` is used without asking the network.
    static QDateTime freshUntil(const QDateTime &fetchedAt);
    /// Until when it still answers when the network cannot (InspectOptions::cacheMaxAgeSeconds).
    static QDateTime
    usableUntil(const QDateTime &fetchedAt,
                qint64 cacheMaxAgeSeconds = InspectOptions::kDefaultCacheMaxAgeSeconds);
    /// The size limit for a document of this kind (the larger one when not known).
    static qsizetype maxBytesFor(DocumentCache::Kind kind);

private:
    /// Fetches under the policy (capped at maxBytes) and caches the answer, stamped `now`.
    static Result<Document> fetch(const QString &url, const InspectOptions &options,
                                  qsizetype maxBytes, const QDateTime &now);
};

} // namespace vcdesk
