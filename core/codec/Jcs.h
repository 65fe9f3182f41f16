#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace vcdesk {

/// JSON Canonicalization Scheme (RFC 8785): members sorted by UTF-16 code units, no
/// whitespace, minimal string escapes, numbers as ECMAScript prints them. Data Integrity
/// "jcs" cryptosuites sign these bytes.
class Jcs
{
public:
    static QByteArray canonicalize(const QJsonValue &value);
    /// ECMAScript Number::toString for a finite double (RFC 8785 section 3.2.2.3).
    static QByteArray number(double value);
};

} // namespace vcdesk
