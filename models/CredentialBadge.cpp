#include "models/CredentialBadge.h"

#include "core/common/Clock.h"
#include "core/verify/VerdictText.h"

namespace vcdesk {

CredentialBadge CredentialBadge::of(const CredentialRecord &record)
{
    // Revoked or suspended says more than expired: the issuer withdrew it (for good, or for
    // now), whatever its dates.
    if (record.verdict == Verdict::Invalid && record.revocation != Revocation::None)
        return {VerdictText::revocationLabel(record.revocation),
                QColor(record.revocation == Revocation::Revoked ? QStringLiteral("#6a1b9a")
                                                                : QStringLiteral("#455a64")),
                VerdictText::symbol(Verdict::Invalid)};
    if (record.expiresAt.isValid() && record.expiresAt < Clock::now())
        return {tr("Expired"), QColor(QStringLiteral("#ef6c00")),
                VerdictText::symbol(Verdict::Invalid)};
    return {VerdictText::label(record.verdict), QColor(VerdictText::colour(record.verdict)),
            VerdictText::symbol(record.verdict)};
}

} // namespace vcdesk
