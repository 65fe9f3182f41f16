#pragma once

// Reading check results out of inspections in tests.

#include "core/verify/Inspection.h"

#include <QtGlobal>

/// Fails the test with the Error's message and code unless `result` succeeded.
#define VCDESK_VERIFY_OK(result)                                                                   \
    do {                                                                                           \
        if (!(result).ok())                                                                        \
            QFAIL(qPrintable((result).error().toString()));                                        \
    } while (false)

namespace vcdesk::test {

/// The outcome of the named check; a missing check ends the test run with its name.
inline CheckResult::Outcome outcome(const Inspection &inspection, const QString &name)
{
    const CheckResult *check = inspection.report.check(name);
    if (!check)
        qFatal("no check %s in %s", qPrintable(name), qPrintable(inspection.format));
    return check->outcome;
}

/// The detail (the sentence saying why) of the named check; empty when it is missing.
inline QString detail(const Inspection &inspection, const QString &name)
{
    const CheckResult *check = inspection.report.check(name);
    return check ? check->detail : QString();
}

} // namespace vcdesk::test
