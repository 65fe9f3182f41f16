#pragma once

#include "core/common/Clock.h"
#include "core/crypto/PublicKey.h"
#include "core/did/DidResolver.h"
#include "core/jsonld/DocumentLoader.h"
#include "core/net/NetworkPolicy.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

namespace vcdesk {

class DocumentCache;
class TrustList;

/// What an inspection may use: a trusted key, "now", the clock skew, and the DID resolver.
struct InspectOptions
{
    /// A key the operator trusts (vcdesk inspect --key); otherwise keys come from DIDs.
    std::optional<PublicKey> key;
    /// "Now" for validity checks; invalid means the current time.
    QDateTime at;
    qint64 clockSkewSeconds = 60;
    std::shared_ptr<DidResolver> resolver;
    /// For status lists (DIDs use the resolver's own policy).
    NetworkPolicy network;
    std::shared_ptr<DocumentCache> documentCache;
    /// How old a cached status list or schema may be when it cannot be fetched again (a day by
    /// default); an older copy makes the check unknown, never a stale "not revoked".
    static constexpr qint64 kDefaultCacheMaxAgeSeconds = 86400;
    qint64 cacheMaxAgeSeconds = kDefaultCacheMaxAgeSeconds;
    /// Off while verifying a status list credential itself (no recursion).
    bool checkStatus = true;
    /// The operator's trusted issuers; no list (or an empty one) means the check is skipped.
    std::shared_ptr<const TrustList> trustList;
    /// JSON-LD contexts beyond those vcdesk carries that the person allowed: URL -> the
    /// SHA-256 (hex) it must have, or empty to use the first copy cached (ContextLoader).
    QHash<QString, QByteArray> allowedContexts;
    /// Where JSON-LD credentials get their contexts (RDF-canonicalized proofs); unset:
    /// ContextLoader::forOptions (the bundled contexts and the allowed ones).
    DocumentLoader contextLoader;
    /// Keep what a Data Integrity proof signs in the inspection (Inspection::canonicalForm),
    /// for the inspector to show; off for batches and lists, where nobody reads it.
    bool keepCanonicalForm = false;

    QDateTime now() const { return at.isValid() ? at.toUTC() : Clock::now(); }
};

} // namespace vcdesk
