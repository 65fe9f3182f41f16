#pragma once

#include <QDateTime>

namespace vcdesk {

/// How the wallet stores times: seconds since the epoch, with sentinels for "never" and
/// "unknown". "Now" is Clock's (core/common), like everywhere else.
class StoreClock
{
public:
    /// "Never expires" and "unknown issue date", as stored.
    static constexpr qint64 kNever = 253402300799; // 9999-12-31T23:59:59Z
    static constexpr qint64 kUnknown = 0;

    static qint64 toStored(const QDateTime &time, qint64 fallback)
    {
        return time.isValid() ? time.toSecsSinceEpoch() : fallback;
    }
    static QDateTime fromStored(qint64 seconds, qint64 sentinel)
    {
        return seconds == sentinel ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
};

} // namespace vcdesk
