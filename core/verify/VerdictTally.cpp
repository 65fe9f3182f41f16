#include "core/verify/VerdictTally.h"

namespace vcdesk {

void VerdictTally::add(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        ++valid;
        break;
    case Verdict::Invalid:
        ++invalid;
        break;
    case Verdict::Unverifiable:
    case Verdict::Unknown:
        ++unverifiable;
        break;
    }
}

QJsonObject VerdictTally::toJson() const
{
    return QJsonObject{{QStringLiteral("inputs"), total()},
                       {QStringLiteral("valid"), valid},
                       {QStringLiteral("invalid"), invalid},
                       {QStringLiteral("unverifiable"), unverifiable},
                       {QStringLiteral("unreadable"), unreadable}};
}

} // namespace vcdesk
