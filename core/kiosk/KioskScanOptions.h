#pragma once

#include "core/common/Result.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vcdesk {

class DocumentCache;
struct KioskConfig;

/// How a kiosk verifies the codes people show it, and the InspectOptions that follow.
///
/// Status lists, "offline with cached status lists": the kiosk needs no verifier service to
/// check a shown credential, and keeps every status list it reads in an on-disk cache
/// (DocumentCache, in `cacheFolder`) so a short network outage does not stop the door. A list
/// fetched less than five minutes ago is used as is (CachedFetch::kFreshSeconds); otherwise
/// it is fetched again, and only when that fails is the cached copy used, and only while it is
/// younger than `statusMaxAgeSeconds` (four hours by default, at most a day: revocation must
/// reach the door within a shift). A list that is neither fresh enough in the cache nor
/// fetchable makes the status unknown, and the credential is "not verified"
/// (kiosk.scan.status_unknown): fail closed. A credential without a status entry has nothing
/// to look up; it is judged on the rest.
///
/// The trust list is required: without one, or with an empty one, nothing is verified
/// (ScannedCredential says "kiosk.scan.no_trust_list").
struct KioskScanOptions
{
    Q_DECLARE_TR_FUNCTIONS(KioskScanOptions)
public:
    static constexpr qint64 kDefaultStatusMaxAgeSeconds = 4 * 3600;
    static constexpr qint64 kMaxStatusMaxAgeSeconds = 86400;

    /// Empty: the default trust list (which may be missing or empty: then nothing verifies).
    QString trustListPath;
    bool allowLoopbackHttp = false;
    /// Empty: DocumentCache::defaultFolder(), shared with `vcdesk inspect`.
    QString cacheFolder;
    qint64 statusMaxAgeSeconds = kDefaultStatusMaxAgeSeconds;

    /// The kiosk config's trust list, network switch, status list age and cache folder.
    static KioskScanOptions fromConfig(const KioskConfig &config);

    /// The cache the options use; share one across scans (it is thread-safe).
    std::shared_ptr<DocumentCache> makeCache() const;
    /// Reads the trust list (file I/O: a worker thread). Errors: "kiosk.config" for an age
    /// out of range, and those of InspectOptionsBuilder (a named list that cannot be read).
    Result<InspectOptions> build(std::shared_ptr<DocumentCache> cache) const;
};

} // namespace vcdesk
