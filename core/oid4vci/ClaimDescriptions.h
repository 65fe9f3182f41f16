#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/LocalizedDisplay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace vcdesk {

/// The claims an issuer says a credential holds (OpenID4VCI 1.0 appendix B.2), in the order
/// the consent screen shows them. Each has a claims path pointer, whether the issuer always
/// includes it, and its names per language. Repeated or contradictory descriptions abort the
/// reading, as appendix B.3 requires: the same path twice, a whole array (null) beside one of
/// its elements, or one claim used both as an array and as an object.
class ClaimDescriptions
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDescriptions)
public:
    struct Claim
    {
        QJsonArray path;
        bool mandatory = false;
        LocalizedDisplay display;
    };

    static constexpr qsizetype kMaxClaims = 1000;

    static Result<ClaimDescriptions> parse(const QJsonArray &array, const QString &where,
                                           const QString &code);

    const QList<Claim> &claims() const { return m_claims; }
    bool isEmpty() const { return m_claims.isEmpty(); }

private:
    QList<Claim> m_claims;
};

} // namespace vcdesk
