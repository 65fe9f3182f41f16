#pragma once

#include <QObject>
#include <QTimer>

namespace vcdesk {

/// Notices a camera that opened but sends no picture (another program holds it, a driver that
/// never delivers): started when the camera starts, fed every frame; silent() once no frame
/// came for `timeout`, and again after each silence that follows frames; resumed() when
/// frames come back after a silence.
class FrameWatchdog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 6000;

    explicit FrameWatchdog(QObject *parent = nullptr);

    void setTimeout(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    void frameSeen();
    bool isSilent() const { return m_silent; }

signals:
    void silent();
    void resumed();

private:
    QTimer m_timer;
    bool m_silent = false;
};

} // namespace vcdesk
