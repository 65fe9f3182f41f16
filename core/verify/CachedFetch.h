#pragma once

#include "core/common/Result.h"
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
class CachedFetch
{
    Q_DECLARE_TR_FUNCTIONS(CachedFetch)
public:
    static constexpr qint64 kFreshSeconds = 300;

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
};

} // namespace vcdesk
