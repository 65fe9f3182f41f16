#include "core/verify/ContextLoader.h"

#include "core/codec/StrictJson.h"
#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/crypto/Digest.h"
#include "core/jsonld/BundledContexts.h"
#include "core/net/HttpFetcher.h"
#include "core/verify/DocumentCache.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

namespace vcdesk {

namespace {

QString shown(const QString &url)
{
    return DisplayText::escape(url, 200);
}

/// What this process has seen of allowed contexts: the SHA-256 of the first copy used (no
/// later copy may differ, whatever the caches hold) and recent failures (a batch does not wait
/// out the same timeout once per credential). One lock: contexts are fetched rarely, and two
/// workers wanting the same one should not both fetch it.
struct Seen
{
    QMutex mutex;
    QHash<QString, QByteArray> sha256;
    QHash<QString, std::pair<qint64, Error>> failures; // url#sha256= -> (when, ms), why
};

Seen &seen()
{
    static Seen instance;
    return instance;
}

constexpr qint64 kFailureMemoryMs = 60 * 1000;

/// The cache key of a context: apart from a status list or schema at the same address, which
/// is refreshed as those are (CachedFetch); a context never is.
QString cacheKey(const QString &url)
{
    return QStringLiteral("jsonld-context:") + url;
}

/// The parsed context, or why these bytes are not one.
Result<QJsonObject> parseContext(const QString &url, const QByteArray &bytes)
{
    JsonLimits limits;
    limits.maxBytes = ContextLoader::kMaxContextBytes;
    auto json = StrictJson::parseObject(bytes, limits);
    if (!json || !json->contains(QStringLiteral("@context")))
        return Error{QStringLiteral("jsonld.invalid_remote_context"),
                     ContextLoader::tr("%1 is not a JSON-LD context: %2")
                         .arg(shown(url), json ? ContextLoader::tr("it has no @context")
                                               : json.error().message)};
    return json.value();
}

Error changed(const QString &url, const QByteArray &got, const QByteArray &expected,
              const QString &which)
{
    return Error{QStringLiteral("jsonld.context_changed"),
                 ContextLoader::tr("the JSON-LD context %1 %2 is not the one %3 (SHA-256 %4…, "
                                   "not %5…)")
                     .arg(shown(url), ContextLoader::tr("as fetched"), which,
                          QString::fromLatin1(got.left(16)),
                          QString::fromLatin1(expected.left(16)))};
}

/// An allowed context: the cached copy when it is the one allowed (and this process has not
/// used another), else a fetch, cached once it is a context with the right hash.
Result<RemoteDocument> allowedContext(const QString &url, const QByteArray &allowedSha256,
                                      const InspectOptions &options)
{
    // The same rules whether or not the network is used: a cached copy of an address the
    // policy refuses (plain http kept from a development run) is not used either.
    if (auto allowed = options.network.checkDestination(QUrl(url)); !allowed)
        return Error{QStringLiteral("jsonld.loading_remote_context_failed"),
                     ContextLoader::tr("the JSON-LD context %1 cannot be used: %2")
                         .arg(shown(url), allowed.error().message)};
    Seen &memory = seen();
    QMutexLocker lock(&memory.mutex);
    const QByteArray firstSeen = memory.sha256.value(url);
    const auto acceptable = [&](const QByteArray &sha256) {
        return (allowedSha256.isEmpty() || sha256 == allowedSha256) &&
               (firstSeen.isEmpty() || sha256 == firstSeen);
    };
    const auto use = [&](const QByteArray &sha256, const QJsonObject &context,
                         RemoteDocument::Origin origin) {
        memory.sha256.insert(url, sha256);
        return RemoteDocument{context, url, true, origin};
    };

    const auto cached =
        options.documentCache ? options.documentCache->get(cacheKey(url)) : std::nullopt;
    if (cached) {
        const QByteArray sha256 = Digest::sha256(cached->bytes).toHex();
        auto context = parseContext(url, cached->bytes);
        if (context && acceptable(sha256))
            return use(sha256, context.value(), RemoteDocument::Origin::Cached);
        // A damaged copy, or one the allowance does not name: fetched again below.
    }
    // What failed under this allowance (a different pin may not fail).
    const QString failureKey =
        url + QStringLiteral("#sha256=") + QString::fromLatin1(allowedSha256);
    if (auto failed = memory.failures.constFind(failureKey);
        failed != memory.failures.cend() && Clock::nowMs() - failed->first < kFailureMemoryMs)
        return failed->second;

    NetworkPolicy policy = options.network;
    policy.maxResponseBytes = std::min(policy.maxResponseBytes, ContextLoader::kMaxContextBytes);
    auto response = HttpFetcher(policy).get(QUrl(url));
    Result<QJsonObject> context = Error{};
    if (!response) {
        context = Error{QStringLiteral("jsonld.loading_remote_context_failed"),
                        ContextLoader::tr("the JSON-LD context %1 cannot be fetched: %2")
                            .arg(shown(url), response.error().message)};
    } else {
        const QByteArray sha256 = Digest::sha256(response->body).toHex();
        context = parseContext(url, response->body);
        if (context && !allowedSha256.isEmpty() && sha256 != allowedSha256)
            context = changed(url, sha256, allowedSha256, ContextLoader::tr("you allowed"));
        else if (context && !firstSeen.isEmpty() && sha256 != firstSeen)
            context = changed(url, sha256, firstSeen, ContextLoader::tr("vcdesk used before"));
        if (context) {
            if (options.documentCache)
                options.documentCache->put(cacheKey(url), response->body, Clock::now());
            memory.failures.remove(failureKey);
            return use(sha256, context.value(), RemoteDocument::Origin::Fetched);
        }
    }
    memory.failures.insert(failureKey, {Clock::nowMs(), context.error()});
    return context.error();
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
        return allowedContext(url, allowed.value(), options);
    };
}

void ContextLoader::forgetWhatWasSeen()
{
    QMutexLocker lock(&seen().mutex);
    seen().sha256.clear();
    seen().failures.clear();
}

} // namespace vcdesk
