#pragma once

#include "core/jsonld/ActiveContext.h"

#include <optional>

namespace vcdesk {

/// Active contexts made from fixed (bundled) contexts only, kept for the life of the process
/// and shared between threads: every credential that starts with the W3C credentials context
/// gets it processed once, not twice per check (document and proof options). At most
/// kMaxEntries are kept; the oldest goes first.
class ProcessedContexts
{
public:
    static constexpr int kMaxEntries = 64;

    static std::optional<ActiveContext> find(const QString &key);
    static void keep(const QString &key, const ActiveContext &context);
};

} // namespace vcdesk
