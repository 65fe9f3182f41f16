#pragma once

#include "core/credential/MandateDataItem.h"
#include "core/verify/CheckResult.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// Checks the "hash" of each mandate data item of a credential decision event (seed 004):
/// "sha256:<hex>" of the value's bytes (UTF-8 text for strings, compact JSON otherwise),
/// nested "fields" included. A hash that is not 64 hex digits is a failure, not a skip.
class MandateHashCheck
{
    Q_DECLARE_TR_FUNCTIONS(MandateHashCheck)
public:
    static CheckResult check(const QList<MandateDataItem> &items);
    static QString hashOf(const QJsonValue &value);
};

} // namespace vcdesk
