#include "core/did/WebDidResolver.h"

#include "core/codec/StrictJson.h"

#include <QStringList>

namespace vcdesk {

WebDidResolver::WebDidResolver(NetworkPolicy policy)
    : m_fetcher(std::move(policy))
{
}

Result<QUrl> WebDidResolver::documentUrl(const DidUrl &did, bool useHttp)
{
    const QStringList segments = did.methodSpecificId().split(QLatin1Char(':'));
    const QString hostPort = QUrl::fromPercentEncoding(segments.first().toLatin1());
    if (hostPort.isEmpty() || hostPort.contains(QLatin1Char('/')) ||
        hostPort.contains(QLatin1Char('@')))
        return Error{QStringLiteral("did.web.invalid"), tr("did:web has an invalid host")};
    QString path;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString segment = QUrl::fromPercentEncoding(segments[i].toLatin1());
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..") ||
            segment.contains(QLatin1Char('/')))
            return Error{QStringLiteral("did.web.invalid"), tr("did:web has an invalid path")};
        path += QLatin1Char('/') + segment;
    }
    if (path.isEmpty())
        path = QStringLiteral("/.well-known");
    QUrl url(QStringLiteral("%1://%2%3/did.json")
                 .arg(useHttp ? QStringLiteral("http") : QStringLiteral("https"), hostPort, path));
    if (!url.isValid() || url.host().isEmpty())
        return Error{QStringLiteral("did.web.invalid"), tr("did:web does not name a valid host")};
    return url;
}

Result<DidDocument> WebDidResolver::resolve(const DidUrl &did)
{
    if (did.method() != QLatin1String("web"))
        return Error{QStringLiteral("did.wrong_method"), tr("not a did:web")};
    auto https = documentUrl(did);
    if (!https)
        return https.error();
    // Plain http is used only where the policy allows it (loopback in development).
    const bool http =
        m_fetcher.policy().allowLoopbackHttp && NetworkPolicy::isLoopbackHost(https->host());
    const QUrl url = http ? documentUrl(did, true).value() : https.value();
    auto response = m_fetcher.get(url);
    if (!response)
        return Error{QStringLiteral("did.unresolvable"),
                     tr("could not fetch the did:web document: %1").arg(response.error().message)};
    JsonLimits limits;
    limits.maxBytes = m_fetcher.policy().maxResponseBytes;
    limits.maxDepth = 16;
    auto json = StrictJson::parseObject(response->body, limits);
    if (!json)
        return Error{QStringLiteral("did.web.invalid_document"),
                     tr("the did:web document is not valid JSON: %1").arg(json.error().message)};
    return DidDocument::fromJson(json.value(), did.did());
}

} // namespace vcdesk
