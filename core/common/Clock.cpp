#include "core/common/Clock.h"

#include <atomic>

namespace vcdesk {

namespace {
// Milliseconds since the epoch while overridden; kReal otherwise.
constexpr qint64 kReal = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_fixedMs{kReal};
} // namespace

qint64 Clock::nowMs()
{
    const qint64 fixed = g_fixedMs.load(std::memory_order_relaxed);
    return fixed == kReal ? QDateTime::currentMSecsSinceEpoch() : fixed;
}

qint64 Clock::nowSeconds()
{
    return nowMs() / 1000;
}

QDateTime Clock::now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

Clock::Override::Override(const QDateTime &start)
{
    set(start);
}

Clock::Override::~Override()
{
    g_fixedMs = kReal;
}

void Clock::Override::set(const QDateTime &time)
{
    g_fixedMs = time.toMSecsSinceEpoch();
}

void Clock::Override::advanceSeconds(qint64 seconds)
{
    g_fixedMs += seconds * 1000;
}

} // namespace vcdesk
