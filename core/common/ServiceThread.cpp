#include "core/common/ServiceThread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

#include <utility>

namespace vcdesk {

namespace {
QMutex g_mutex;
ServiceThread *g_instance = nullptr;
bool g_stopped = false; // once the application has gone, never start again
} // namespace

ServiceThread::ServiceThread()
    : m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("vcdesk service"));
    // Whoever asked first (maybe a pool thread), the thread object belongs to the main
    // thread, which stops and deletes it (stop(), a post routine of the application).
    m_thread->moveToThread(QCoreApplication::instance()->thread());
    m_context->moveToThread(m_thread);
    // The context and every object parented to it die in the thread they live in.
    QObject::connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

ServiceThread::~ServiceThread()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

ServiceThread *ServiceThread::instance()
{
    QMutexLocker lock(&g_mutex);
    if (g_instance || g_stopped)
        return g_instance;
    if (!QCoreApplication::instance() || QCoreApplication::closingDown())
        return nullptr;
    g_instance = new ServiceThread;
    qAddPostRoutine(&ServiceThread::stop);
    return g_instance;
}

void ServiceThread::stop()
{
    ServiceThread *instance = nullptr;
    {
        QMutexLocker lock(&g_mutex);
        instance = std::exchange(g_instance, nullptr);
        g_stopped = true;
    }
    delete instance;
}

bool ServiceThread::isCurrent() const
{
    return QThread::currentThread() == m_thread;
}

Error ServiceThread::unavailable()
{
    return Error{QStringLiteral("thread.unavailable"),
                 QCoreApplication::translate("ServiceThread",
                                             "this needs a running application, and cannot be "
                                             "waited for on the thread that must do it")};
}

} // namespace vcdesk
