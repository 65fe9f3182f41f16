#pragma once

#include "core/credential/Credential.h"
#include "core/verify/CachedFetch.h"
#include "core/verify/CheckResult.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/Revocation.h"

#include <QCoreApplication>

namespace vcdesk {

/// CredentialStatus for an IETF Token Status List reference (draft-ietf-oauth-status-list-20),
/// the `status.status_list` {idx, uri} an SD-JWT VC carries. The Status List Token at `uri` is
/// fetched through CachedFetch and held to the draft's rules and one of vcdesk's own: typed
/// `statuslist+jwt`; signed by a key of the credential's own issuer (the draft leaves who may
/// sign it to the verifier; a list anyone could sign would let anyone un-revoke), and an `iss`
/// naming that issuer if it has one; `sub` equal to `uri`; `iat` present; `bits` 1, 2, 4 or
/// 8; `lst` a base64url zlib stream, decompressed under a cap. The list speaks of now: its
/// dates are judged by the wall clock, whatever time the credential is judged at.
///
/// An expired copy, or a cached one older than its `ttl`, is fetched again (once); when no
/// current one comes, the answer is unknown, except a revocation, which is final. The value at
/// `idx` (packed from each byte's least significant bit) decides: 0 valid; 1 revoked and 2
/// suspended fail the check; any other value (application-specific or unregistered) is
/// unknown. An index past the list fails, as the draft requires.
class TokenStatusListCheck
{
    Q_DECLARE_TR_FUNCTIONS(TokenStatusListCheck)
public:
    static constexpr qsizetype kMaxListBytes = 16 * 1024 * 1024;

    /// Checks one reference (the `status_list` member); `revocation` becomes Revoked or
    /// Suspended when the list says so.
    static CheckResult check(const QJsonValue &reference, const Credential &credential,
                             const InspectOptions &options, Revocation &revocation);
    /// The status at `index` of a list of `bits`-wide entries, `lst` as a Status List Token
    /// carries it. Errors: status.encoding, status.compression, status.bits, status.index,
    /// and Gzip's codes.
    static Result<int> readStatus(const QString &lst, int bits, qint64 index);

private:
    /// The rest of check() on a fetched copy; `mayRefresh`: a cached copy past its ttl is
    /// fetched again (once).
    static CheckResult checkList(const CachedFetch::Document &fetched, qint64 index,
                                 const QString &uri, const Credential &credential,
                                 const InspectOptions &options, Revocation &revocation,
                                 bool mayRefresh);
};

} // namespace vcdesk
