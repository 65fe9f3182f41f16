#pragma once

#include "core/jsonld/DocumentLoader.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

/// Where a check gets the JSON-LD contexts of a credential: the ones vcdesk carries
/// (BundledContexts), and otherwise only those the person allowed
/// (InspectOptions::allowedContexts). An allowed context is fetched once under the network
/// policy, kept in the document cache under a key of its own, and then used as it was cached:
/// contexts are not refreshed, so what a term means cannot change behind a verdict. The first
/// copy this process uses pins it: a later copy that differs (the cache cleared, the server
/// changed) is refused. When the allowance names a SHA-256, the context must have it, cached
/// or fetched ("jsonld.context_changed"; nothing is cached then). What is not a context is
/// "jsonld.invalid_remote_context", and is not cached. A fetch that failed is not tried again
/// for a minute. Any other context is "jsonld.context_not_available", naming it. Each makes
/// the check unknown, never valid.
class ContextLoader
{
    Q_DECLARE_TR_FUNCTIONS(ContextLoader)
public:
    /// The largest context fetched.
    static constexpr qsizetype kMaxContextBytes = 512 * 1024;

    static DocumentLoader forOptions(const InspectOptions &options);
    /// Tests: forgets the contexts this process pinned and the failures it remembers.
    static void forgetWhatWasSeen();
};

} // namespace vcdesk
