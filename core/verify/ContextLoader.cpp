#include "core/verify/ContextLoader.h"

#include "core/codec/StrictJson.h"
#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/crypto/Digest.h"
#include "core/jsonld/BundledContexts.h"
#include "core/net/HttpFetcher.h"
#include "core/verify/DocumentCache.h"

#include <QUrl>

namespace vcdesk {

namespace {

QString shown(const QString &url)
{
    return DisplayText::escape(url, 200);
}

/// The bytes of an allowed context: the cached copy, else one fetched (and cached once its
/// hash is right).
Result<QByteArray> contextBytes(const QString &url, const QByteArray &expectedSha256,
                                const InspectOptions &options)
{
    const auto cached = options.documentCache ? options.documentCache->get(url) : std::nullopt;
    const auto hashed = [&](const QByteArray &bytes, bool fromCache) -> Result<QByteArray> {
        const QByteArray sha256 = Digest::sha256(bytes).toHex();
        if (!expectedSha256.isEmpty() && sha256 != expectedSha256)
            return Error{QStringLiteral("jsonld.context_changed"),
                         ContextLoader::tr("the JSON-LD context %1 %2 is not the one you allowed "
                                           "(SHA-256 %3, not %4)")
                             .arg(shown(url),
                                  fromCache ? ContextLoader::tr("as cached")
                                            : ContextLoader::tr("as fetched"),
                                  QString::fromLatin1(sha256.left(16)),
                                  QString::fromLatin1(expectedSha256.left(16)))};
        return bytes;
    };
    if (cached)
        return hashed(cached->bytes, true);
    NetworkPolicy policy = options.network;
    policy.maxResponseBytes = std::min(policy.maxResponseBytes, ContextLoader::kMaxContextBytes);
    auto response = HttpFetcher(policy).get(QUrl(url));
    if (!response)
        return Error{QStringLiteral("jsonld.loading_remote_context_failed"),
                     ContextLoader::tr("the JSON-LD context %1 cannot be fetched: %2")
                         .arg(shown(url), response.error().message)};
    auto checked = hashed(response->body, false);
    if (checked && options.documentCache)
        options.documentCache->put(url, response->body, Clock::now());
    return checked;
}

} // namespace

DocumentLoader ContextLoader::forOptions(const InspectOptions &options)
{
    if (options.allowedContexts.isEmpty())
        return BundledContexts::loader();
    return [options](const QString &url) -> Result<RemoteDocument> {
        if (auto bundled = BundledContexts::find(url))
            return *bundled;
        const auto allowed = options.allowedContexts.constFind(url);
        if (allowed == options.allowedContexts.cend())
            return Error{QStringLiteral("jsonld.context_not_available"),
                         tr("the JSON-LD context %1 is neither one vcdesk carries nor one you "
                            "allowed")
                             .arg(shown(url))};
        auto bytes = contextBytes(url, allowed.value(), options);
        if (!bytes)
            return bytes.error();
        JsonLimits limits;
        limits.maxBytes = kMaxContextBytes;
        auto json = StrictJson::parseObject(bytes.value(), limits);
        if (!json || !json->contains(QStringLiteral("@context")))
            return Error{
                QStringLiteral("jsonld.invalid_remote_context"),
                tr("%1 is not a JSON-LD context: %2")
                    .arg(shown(url), json ? tr("it has no @context") : json.error().message)};
        return RemoteDocument{json.value(), url, true};
    };
}

} // namespace vcdesk
