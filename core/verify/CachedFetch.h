#pragma once

#include "core/common/Result.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

/// A document for verification (status list, schema) through the network policy and the
/// document cache: a cached copy younger than kFreshSeconds is used as is; otherwise it is
/// fetched, and when that fails a cached copy of any age is used (and said to be).
class CachedFetch
{
    Q_DECLARE_TR_FUNCTIONS(CachedFetch)
public:
    static constexpr qint64 kFreshSeconds = 300;

    /// `provenance` says where the bytes came from, for the check's detail.
    static Result<QByteArray> get(const QString &url, const InspectOptions &options,
                                  qsizetype maxBytes, QString &provenance);
};

} // namespace vcdesk
