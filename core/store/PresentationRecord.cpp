#include "core/store/PresentationRecord.h"

namespace vcdesk {

QString PresentationRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Shared:
        return QStringLiteral("shared");
    case Outcome::Declined:
        return QStringLiteral("declined");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

bool PresentationRecord::outcomeFromName(const QString &name, Outcome &outcome)
{
    for (Outcome o : {Outcome::Shared, Outcome::Declined, Outcome::Refused, Outcome::Failed})
        if (outcomeName(o) == name) {
            outcome = o;
            return true;
        }
    return false;
}

} // namespace vcdesk
