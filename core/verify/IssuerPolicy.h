#pragma once

#include "core/common/Result.h"
#include "core/verify/TrustList.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace vcdesk {

/// Which issuers a verifier accepts for one request: the DIDs and DID patterns it names
/// ("did:web:example.com*"), or else the operator's trust list. Fails closed: no list, or an
/// empty one, accepts nobody ("presentation.no_trusted_issuers").
class IssuerPolicy
{
    Q_DECLARE_TR_FUNCTIONS(IssuerPolicy)
public:
    /// Only these DIDs or patterns (each as the trust list accepts them).
    static Result<IssuerPolicy> allowOnly(const QStringList &patterns);
    /// Whoever the trust list names (null: nobody).
    static IssuerPolicy trustList(std::shared_ptr<const TrustList> list);

    /// Ok when `issuer` is accepted; "presentation.issuer_not_trusted" or
    /// "presentation.no_trusted_issuers" when not.
    Status check(const QString &issuer) const;
    /// The name the accepting entry gives the issuer (empty when not accepted).
    QString nameOf(const QString &issuer) const;
    bool fromTrustList() const { return m_fromTrustList; }

private:
    std::shared_ptr<const TrustList> m_list;
    bool m_fromTrustList = true;
};

} // namespace vcdesk
