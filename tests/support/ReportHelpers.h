#pragma once

// Reading check results out of inspections in tests.

#include "core/verify/Inspection.h"

#include <QJsonDocument>
#include <QtGlobal>

/// Fails the test with the Error's message and code unless `result` succeeded.
#define VCDESK_VERIFY_OK(result)                                                                   \
    do {                                                                                           \
        if (!(result).ok())                                                                        \
            QFAIL(qPrintable((result).error().toString()));                                        \
    } while (false)

namespace vcdesk::test {

/// The named check; a missing one ends the test run with its name and the checks there are.
inline const CheckResult &requireCheck(const Inspection &inspection, const QString &name)
{
    const CheckResult *check = inspection.report.check(name);
    if (!check)
        qFatal("no check %s in %s: %s", qPrintable(name), qPrintable(inspection.format),
               qPrintable(QString::fromUtf8(
                   QJsonDocument(inspection.report.checksJson()).toJson(QJsonDocument::Compact))));
    return *check;
}

/// The outcome of the named check; a missing check ends the test run with its name.
inline CheckResult::Outcome outcome(const Inspection &inspection, const QString &name)
{
    return requireCheck(inspection, name).outcome;
}

/// The detail (the sentence saying why) of the named check; empty when it is missing.
inline QString detail(const Inspection &inspection, const QString &name)
{
    const CheckResult *check = inspection.report.check(name);
    return check ? check->detail : QString();
}

} // namespace vcdesk::test
