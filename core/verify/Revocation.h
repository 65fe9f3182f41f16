#pragma once

#include <QString>

namespace vcdesk {

/// What a credential's status list says of it besides the check's outcome: nothing, revoked
/// (withdrawn for good) or suspended (withheld for now; the issuer may lift it). Either makes
/// the credential not valid; the wallet badges and lists them apart.
enum class Revocation { None, Revoked, Suspended };

namespace RevocationName {
/// The machine name ("none", "revoked", "suspended"): JSON output.
QString of(Revocation revocation);
} // namespace RevocationName

} // namespace vcdesk
