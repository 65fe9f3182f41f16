#include "core/verify/Revocation.h"

namespace vcdesk {

QString RevocationName::of(Revocation revocation)
{
    switch (revocation) {
    case Revocation::Revoked:
        return QStringLiteral("revoked");
    case Revocation::Suspended:
        return QStringLiteral("suspended");
    case Revocation::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace vcdesk
