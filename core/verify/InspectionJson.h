#pragma once

#include "core/common/Result.h"
#include "core/verify/Inspection.h"
#include "core/verify/VerdictTally.h"

#include <QByteArray>
#include <QJsonObject>

namespace vcdesk {

/// The JSON report of inspected inputs, one schema for `vcdesk inspect --json`, its
/// `--json-lines` and the console's exported reports: Inspection::toJson() with the input's
/// name and the SHA-256 of its bytes; an input that could not be read or decoded is
/// {"input", "verdict": "unreadable", "error": {"code", "message"}}.
class InspectionJson
{
public:
    /// `token` is the input's bytes (empty when it could not be read: no "sha256" then).
    static QJsonObject of(const QString &input, const QByteArray &token,
                          const Result<Inspection> &inspection);
    /// One line of a JSON-lines report: compact, with the characters DisplayText escapes
    /// written as \uXXXX (the same value, safe on a terminal), ending in '\n'.
    static QByteArray line(const QJsonObject &object);
    /// The last line of a JSON-lines report: {"summary": tally}.
    static QByteArray summaryLine(const VerdictTally &tally);
    /// The hex SHA-256 of an input, the hash a report names it by.
    static QString sha256Hex(const QByteArray &token);
};

} // namespace vcdesk
