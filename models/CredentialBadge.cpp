#include "models/CredentialBadge.h"

#include "core/common/Clock.h"
#include "core/verify/VerdictText.h"

namespace vcdesk {

CredentialBadge CredentialBadge::of(const CredentialRecord &record)
{
    // Revoked says more than expired: the issuer withdrew it, whatever its dates.
    if (record.revoked && record.verdict == Verdict::Invalid)
        return {tr("Revoked"), QColor(QStringLiteral("#6a1b9a"))};
    if (record.expiresAt.isValid() && record.expiresAt < Clock::now())
        return {tr("Expired"), QColor(QStringLiteral("#ef6c00"))};
    return {VerdictText::label(record.verdict), QColor(VerdictText::colour(record.verdict))};
}

} // namespace vcdesk
