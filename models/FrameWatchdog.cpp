#include "models/FrameWatchdog.h"

namespace vcdesk {

FrameWatchdog::FrameWatchdog(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_silent = true;
        emit silent();
    });
}

void FrameWatchdog::start()
{
    m_silent = false;
    m_timer.start();
}

void FrameWatchdog::stop()
{
    m_timer.stop();
    m_silent = false;
}

void FrameWatchdog::frameSeen()
{
    // Restarting a timer for every frame (30 a second) costs next to nothing.
    m_timer.start();
    if (m_silent) {
        m_silent = false;
        emit resumed();
    }
}

} // namespace vcdesk
