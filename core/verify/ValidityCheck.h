#pragma once

#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// ValidityPeriod: not before / not after / not issued in the future, with clock skew.
class ValidityCheck
{
    Q_DECLARE_TR_FUNCTIONS(ValidityCheck)
public:
    /// Adds nothing when no date is known.
    static void run(const QDateTime &validFrom, const QDateTime &validUntil,
                    const QDateTime &issuedAt, const InspectOptions &options,
                    ValidationReport &report);
    /// The same for a plain JWT's exp/nbf/iat claims (non-numeric values fail).
    static void runOnJwtClaims(const QJsonObject &claims, const InspectOptions &options,
                               ValidationReport &report);
};

} // namespace vcdesk
