#include "ui/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace vcdesk {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setInterval(int milliseconds)
{
    m_interval = qMax(0, milliseconds);
    if (m_timer.isActive())
        start();
}

void IdleLock::start()
{
    if (m_interval > 0)
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

void IdleLock::stop()
{
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_interval); // the person is here: count again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vcdesk
