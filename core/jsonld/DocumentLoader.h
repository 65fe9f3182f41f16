#pragma once

#include "core/common/Result.h"

#include <QJsonValue>
#include <QString>
#include <functional>

namespace vcdesk {

/// A JSON-LD document (a context, mostly) as a loader found it: the parsed JSON and the URL
/// it was found at (the base for what it holds).
struct RemoteDocument
{
    QJsonValue document;
    QString documentUrl;
    /// Its content never changes (a bundled context): what processing it gives may be kept.
    bool fixed = false;
    /// Where it came from, for a person to see: carried in the program, a cached copy of one
    /// the person allowed, or fetched now; Unknown for any other loader (tests, callers').
    enum class Origin { Unknown, Bundled, Cached, Fetched };
    Origin origin = Origin::Unknown;
};

/// Where JSON-LD processing gets remote contexts. vcdesk never fetches blindly: the loader
/// decides (bundled contexts, a cache, an allow-list); an error fails the processing with
/// jsonld.loading_remote_context_failed.
using DocumentLoader = std::function<Result<RemoteDocument>(const QString &url)>;

} // namespace vcdesk
