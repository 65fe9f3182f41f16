#pragma once

#include <QDateTime>

#include <functional>

namespace vcdesk {

/// The wallet's notion of "now", in seconds since the epoch; replaceable so tests can move
/// time (offer histories, log retention) without sleeping.
class StoreClock
{
public:
    static qint64 now() { return source() ? source()() : QDateTime::currentSecsSinceEpoch(); }
    static void setSource(std::function<qint64()> clock) { source() = std::move(clock); }

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

private:
    static std::function<qint64()> &source()
    {
        static std::function<qint64()> clock;
        return clock;
    }
};

} // namespace vcdesk
