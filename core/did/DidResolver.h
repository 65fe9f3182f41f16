#pragma once

#include "core/common/Result.h"
#include "core/did/DidDocument.h"
#include "core/did/DidUrl.h"

namespace vcdesk {

/// Turns a DID into its DID document. "Cannot resolve" (unknown method, offline, not found,
/// malformed) is an Error with a reason, never an empty document that could pass as valid.
///
/// resolve() is synchronous and may do network I/O (did:web): call it from a worker thread,
/// never from the GUI thread. Implementations are safe to call from several threads.
class DidResolver
{
public:
    virtual ~DidResolver() = default;
    virtual Result<DidDocument> resolve(const DidUrl &did) = 0;
};

} // namespace vcdesk
