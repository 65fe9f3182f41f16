#include "core/kiosk/KioskScanOptions.h"

#include "core/kiosk/KioskConfig.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/InspectOptionsBuilder.h"

namespace vcdesk {

KioskScanOptions KioskScanOptions::fromConfig(const KioskConfig &config)
{
    KioskScanOptions options;
    options.trustListPath = config.trustListPath;
    options.allowLoopbackHttp = config.allowLoopbackHttp;
    options.statusMaxAgeSeconds = config.statusMaxAgeSeconds;
    options.cacheFolder = config.statusCacheFolder;
    return options;
}

std::shared_ptr<DocumentCache> KioskScanOptions::makeCache() const
{
    return std::make_shared<DocumentCache>(cacheFolder.isEmpty() ? DocumentCache::defaultFolder()
                                                                 : cacheFolder);
}

Result<InspectOptions> KioskScanOptions::build(std::shared_ptr<DocumentCache> cache) const
{
    if (statusMaxAgeSeconds < 0 || statusMaxAgeSeconds > kMaxStatusMaxAgeSeconds)
        return Error{
            QStringLiteral("kiosk.config"),
            tr("the status list age must be from 0 to %1 seconds").arg(kMaxStatusMaxAgeSeconds)};
    InspectOptionsBuilder builder;
    builder.allowLoopbackHttp(allowLoopbackHttp)
        .cacheMaxAgeSeconds(statusMaxAgeSeconds)
        .documentCache(cache ? std::move(cache) : makeCache());
    if (!trustListPath.isEmpty())
        builder.trustList(trustListPath);
    return builder.build();
}

} // namespace vcdesk
