#pragma once

#include <QObject>
#include <QTimer>

namespace vcdesk {

/// Says when the person has not touched the application (keys, mouse, wheel, touch) for a
/// while, so the window can lock the wallet. Watches the whole application through an event
/// filter; an interval of 0 turns it off.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);

    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    /// Starts counting from now (after an unlock); stop() while locked.
    void start();
    void stop();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_interval = 10 * 60 * 1000;
};

} // namespace vcdesk
