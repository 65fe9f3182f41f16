#include "core/did/MultiMethodDidResolver.h"

#include "core/did/CachingDidResolver.h"
#include "core/did/JwkDidResolver.h"
#include "core/did/KeyDidResolver.h"
#include "core/did/PrismDidResolver.h"
#include "core/did/WebDidResolver.h"

namespace vcdesk {

void MultiMethodDidResolver::add(const QString &method, std::shared_ptr<DidResolver> resolver)
{
    m_resolvers.insert(method, std::move(resolver));
}

QStringList MultiMethodDidResolver::methods() const
{
    QStringList out = m_resolvers.keys();
    out.sort();
    return out;
}

Result<DidDocument> MultiMethodDidResolver::resolve(const DidUrl &did)
{
    const auto it = m_resolvers.constFind(did.method());
    if (it == m_resolvers.constEnd())
        return Error{QStringLiteral("did.unsupported_method"),
                     tr("vcdesk cannot resolve did:%1 DIDs (it resolves %2)")
                         .arg(did.method(), methods().join(QStringLiteral(", ")))};
    return it.value()->resolve(did);
}

std::shared_ptr<DidResolver> MultiMethodDidResolver::createDefault(const NetworkPolicy &policy)
{
    auto resolver = std::make_shared<MultiMethodDidResolver>();
    resolver->add(QStringLiteral("key"), std::make_shared<KeyDidResolver>());
    resolver->add(QStringLiteral("jwk"), std::make_shared<JwkDidResolver>());
    resolver->add(QStringLiteral("prism"), std::make_shared<PrismDidResolver>());
    resolver->add(QStringLiteral("web"), std::make_shared<WebDidResolver>(policy));
    return std::make_shared<CachingDidResolver>(resolver);
}

} // namespace vcdesk
