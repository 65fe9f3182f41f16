#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

#include <optional>

namespace vcdesk {

/// Exactness of JSON numbers against IEEE 754 doubles, the number model of I-JSON (RFC 7493)
/// and of JCS (RFC 8785).
class JsonNumber
{
public:
    /// True when the decimal `literal` (JSON number syntax) denotes exactly the value whose
    /// shortest round-trip form `value` has: "0.1", "1.0", "1e2" and "9007199254740992" do;
    /// "9007199254740993" and "1.00000000000000000001" (which round to a neighbour) do not.
    static bool isExactDouble(QByteArrayView literal, double value);
    /// The double a JSON value stands for, if it has one exactly: integers kept in 64 bits
    /// beyond 2^53 that a double would round (e.g. 9007199254740993) have none.
    static std::optional<double> exactDouble(const QJsonValue &value);
};

} // namespace vcdesk
