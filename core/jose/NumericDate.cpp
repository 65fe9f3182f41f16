#include "core/jose/NumericDate.h"

#include <cmath>

namespace vcdesk {

Result<QDateTime> NumericDate::read(const QJsonValue &value, QAnyStringView name)
{
    if (!value.isDouble())
        return Error{
            QStringLiteral("jwt.numeric_date"),
            tr("\"%1\" is not a NumericDate (seconds since 1970)").arg(name.toString().left(40))};
    const double seconds = value.toDouble();
    // The comparisons are written so that NaN fails them too.
    if (!(seconds >= 0) || !(seconds <= double(kLatestSeconds)))
        return Error{QStringLiteral("jwt.numeric_date_range"),
                     tr("\"%1\" is not a usable time (%2 seconds since 1970 is before 1970 or "
                        "after the year 9999)")
                         .arg(name.toString().left(40))
                         .arg(seconds)};
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC);
}

} // namespace vcdesk
