#pragma once

#include <QString>

namespace vcdesk {

/// One named check of a validation report ("SignatureVerification", "ValidityPeriod", ...).
struct CheckResult
{
    enum class Outcome { Pass, Fail, Unknown };

    QString name;
    Outcome outcome = Outcome::Unknown;
    QString detail; // why, in words a person understands

    static QString outcomeName(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Pass:
            return QStringLiteral("pass");
        case Outcome::Fail:
            return QStringLiteral("fail");
        case Outcome::Unknown:
            break;
        }
        return QStringLiteral("unknown");
    }
};

} // namespace vcdesk
