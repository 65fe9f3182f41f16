#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace vcdesk {

/// JSON Canonicalization Scheme (RFC 8785): members sorted by UTF-16 code units, no
/// whitespace, minimal string escapes, numbers as ECMAScript prints them. Data Integrity
/// "jcs" cryptosuites sign these bytes.
class Jcs
{
    Q_DECLARE_TR_FUNCTIONS(Jcs)
public:
    /// Refuses (code "jcs.number") a number that no double holds exactly, such as an
    /// integer beyond 2^53 that a double would round: it has no canonical form, and
    /// rounding it would let two different documents share one signature.
    static Result<QByteArray> canonicalize(const QJsonValue &value);
    /// ECMAScript Number::toString for a finite double (RFC 8785 section 3.2.2.3).
    static QByteArray number(double value);
};

} // namespace vcdesk
