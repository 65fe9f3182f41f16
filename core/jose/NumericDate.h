#pragma once

#include "core/common/Result.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace vcdesk {

/// A JWT NumericDate (RFC 7519 section 2): seconds since 1970-01-01T00:00:00Z. A member that
/// is present must be usable: a finite, non-negative number no later than the end of year
/// 9999. Anything else is an error, never "no date" (a time that cannot be read cannot be
/// honoured, so treating it as absent would make an expired token look unlimited).
class NumericDate
{
    Q_DECLARE_TR_FUNCTIONS(NumericDate)
public:
    /// 9999-12-31T23:59:59Z, the last second an RFC 3339 date can name.
    static constexpr qint64 kLatestSeconds = 253402300799;

    /// The date in `value`; `name` is the member's name, for the message (a view: callers
    /// pass literals, and a QString made for a message that is rarely written cost an
    /// allocation per date per token).
    static Result<QDateTime> read(const QJsonValue &value, QAnyStringView name);
};

} // namespace vcdesk
