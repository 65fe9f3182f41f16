#pragma once

#include "core/common/Error.h"
#include "core/verify/Inspection.h"

#include <QCoreApplication>

#include <optional>

namespace vcdesk {

/// Why a scanned credential is not verified, as the kiosk says it: the first failed check
/// (else the first that could not be completed) of the inspection or of what it carries,
/// turned into a code of its own ("kiosk.scan.bad_signature", "kiosk.scan.expired",
/// "kiosk.scan.revoked", "kiosk.scan.suspended", "kiosk.scan.status_unknown",
/// "kiosk.scan.untrusted_issuer", ...) and a sentence with the check's detail.
class ScanReason
{
    Q_DECLARE_TR_FUNCTIONS(ScanReason)
public:
    /// Nothing when every check (nested ones included) passed.
    static std::optional<Error> of(const Inspection &inspection);
};

} // namespace vcdesk
