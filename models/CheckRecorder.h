#pragma once

#include "core/store/CredentialRecord.h"
#include "core/verify/Inspection.h"

namespace vcdesk {

class WalletSession;

/// Keeps what checking a stored credential again found in the wallet's listing: its verdict,
/// whether a status list says revoked, and the claims its card shows
/// (CredentialStore::recordCheck, through the session). Written only when one of them changed,
/// as every write reloads the lists.
class CheckRecorder
{
public:
    /// The listing as it reads now: `listed` itself when nothing changed (nothing written),
    /// else updated, with the write on its way (one that fails leaves the wallet as it was).
    static CredentialRecord store(WalletSession &session, const CredentialRecord &listed,
                                  const Inspection &inspection);
};

} // namespace vcdesk
