#include "core/verify/Verdict.h"

namespace vcdesk {

QString VerdictName::of(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unverifiable:
        return QStringLiteral("unverifiable");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Verdict> VerdictName::parse(const QString &name)
{
    for (Verdict verdict :
         {Verdict::Valid, Verdict::Invalid, Verdict::Unverifiable, Verdict::Unknown})
        if (of(verdict) == name)
            return verdict;
    return std::nullopt;
}

} // namespace vcdesk
