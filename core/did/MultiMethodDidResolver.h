#pragma once

#include "core/did/DidResolver.h"
#include "core/net/NetworkPolicy.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace vcdesk {

/// Sends each DID to the resolver for its method. A method with no resolver (did:bsv,
/// did:via, ...) gives "did.unsupported_method" with the method named.
class MultiMethodDidResolver : public DidResolver
{
    Q_DECLARE_TR_FUNCTIONS(MultiMethodDidResolver)
public:
    void add(const QString &method, std::shared_ptr<DidResolver> resolver);
    QStringList methods() const;
    Result<DidDocument> resolve(const DidUrl &did) override;

    /// did:key, did:jwk, did:prism (long form) and did:web, behind a cache.
    static std::shared_ptr<DidResolver> createDefault(const NetworkPolicy &policy = {});

private:
    QHash<QString, std::shared_ptr<DidResolver>> m_resolvers;
};

} // namespace vcdesk
