#include "core/verify/IssuerPolicy.h"

#include "core/did/DidUrl.h"

namespace vcdesk {

Result<IssuerPolicy> IssuerPolicy::allowOnly(const QStringList &patterns)
{
    auto list = std::make_shared<TrustList>();
    for (const QString &pattern : patterns)
        if (auto added = list->add(pattern, tr("accepted by this request")); !added)
            return added.error();
    IssuerPolicy policy;
    policy.m_list = std::move(list);
    policy.m_fromTrustList = false;
    return policy;
}

IssuerPolicy IssuerPolicy::trustList(std::shared_ptr<const TrustList> list)
{
    IssuerPolicy policy;
    policy.m_list = std::move(list);
    return policy;
}

Status IssuerPolicy::check(const QString &issuer) const
{
    if (!m_list || m_list->isEmpty())
        return Error{QStringLiteral("presentation.no_trusted_issuers"),
                     m_fromTrustList ? tr("the verifier trusts no issuer: its trust list is "
                                          "missing or empty")
                                     : tr("the request accepts no issuer")};
    // A DID URL ("did:web:x#key-1") is judged by its DID; a non-DID issuer never matches.
    const QString did = DidUrl::didOf(issuer);
    if (did.isEmpty() || !m_list->match(did))
        return Error{
            QStringLiteral("presentation.issuer_not_trusted"),
            m_fromTrustList
                ? tr("the issuer %1 is not on the verifier's trust list").arg(issuer.left(120))
                : tr("the issuer %1 is not one this request accepts").arg(issuer.left(120))};
    return {};
}

QString IssuerPolicy::nameOf(const QString &issuer) const
{
    if (!m_list)
        return {};
    const auto entry = m_list->match(DidUrl::didOf(issuer));
    return entry ? entry->name : QString();
}

} // namespace vcdesk
