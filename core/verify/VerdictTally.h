#pragma once

#include "core/verify/Verdict.h"

#include <QJsonObject>

namespace vcdesk {

/// How many inputs of a batch came out valid, not valid, unverifiable or unreadable: the
/// counts the console shows as rows arrive, the command line's summary line and a report's.
struct VerdictTally
{
    int valid = 0;
    int invalid = 0;
    int unverifiable = 0; // and Unknown: nothing that was not checked counts as valid
    int unreadable = 0;

    void add(Verdict verdict);
    void addUnreadable() { ++unreadable; }
    int total() const { return valid + invalid + unverifiable + unreadable; }
    /// The summary object of a JSON-lines report: {"inputs", "valid", "invalid", ...}.
    QJsonObject toJson() const;
};

} // namespace vcdesk
