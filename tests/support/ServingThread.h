#pragma once

// A thread with an event loop of its own, for what a test serves in-process (an HTTP server,
// the agent): the engine's blocking calls wait on a promise, not on the test's event loop, so
// a server in the test's own thread could never answer them. Objects made with run() live
// there; delete them with run() too, before the ServingThread goes.

#include <QObject>
#include <QThread>

#include <functional>

namespace vcdesk::test {

class ServingThread
{
public:
    ServingThread()
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    }
    ~ServingThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    ServingThread(const ServingThread &) = delete;
    ServingThread &operator=(const ServingThread &) = delete;

    /// Runs `f` on the serving thread and returns when it has.
    void run(const std::function<void()> &f)
    {
        QMetaObject::invokeMethod(
            m_context, [&] { f(); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace vcdesk::test
