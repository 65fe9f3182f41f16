#pragma once

#include <QDateTime>

namespace vcdesk {

/// vcdesk's one "now": validity checks, cache ages, wallet timestamps, request expiry and the
/// kiosk's timers all ask it, so a test can move time by days or seconds without sleeping.
/// Thread-safe; the real clock unless a Clock::Override is alive.
class Clock
{
public:
    static QDateTime now(); // UTC, millisecond precision
    static qint64 nowMs();
    static qint64 nowSeconds();

    /// Replaces the clock for its lifetime (tests): it starts at `start` and moves only when
    /// told. Overrides do not nest.
    class Override
    {
    public:
        explicit Override(const QDateTime &start);
        ~Override();
        Override(const Override &) = delete;
        Override &operator=(const Override &) = delete;

        void set(const QDateTime &time);
        void advanceSeconds(qint64 seconds);
        void advanceDays(qint64 days) { advanceSeconds(days * 86400); }
    };
};

} // namespace vcdesk
