#pragma once

#include "core/common/Error.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <future>
#include <memory>

namespace vcdesk {

/// The one thread where vcdesk's asynchronous Qt objects run for blocking callers (network
/// replies, keychain jobs): it has its own event loop, so a worker thread or the command line
/// can wait for such an object on a promise, never by spinning a nested QEventLoop (which
/// would re-enter the caller's own event handlers, a class of bugs in a GUI).
///
/// Started on first use, stopped before the QCoreApplication is destroyed.
class ServiceThread
{
public:
    /// The service thread, or nullptr when there is no QCoreApplication (or it is going away).
    static ServiceThread *instance();

    /// An object living in the service thread: the context (and parent) for its objects.
    QObject *context() const { return m_context; }
    bool isCurrent() const;

    /// Runs `start` on the service thread and blocks the calling thread until `start`'s
    /// `done` callback has been called (from the service thread, exactly once). The caller
    /// must not be the service thread itself (it would wait for itself): then, and when the
    /// service thread is gone (or stops before `done`), `ifUnavailable` is returned.
    template<typename T>
    T run(std::function<void(std::function<void(T)> done)> start, T ifUnavailable)
    {
        return runOn<T>(m_context, std::move(start), std::move(ifUnavailable));
    }

    /// The same on the thread of `context` (for objects that only work on the application's
    /// main thread, such as keychain jobs whose answers come through its GLib main context).
    template<typename T>
    static T runOn(QObject *context, std::function<void(std::function<void(T)> done)> start,
                   T ifUnavailable)
    {
        if (!context || context->thread() == QThread::currentThread())
            return ifUnavailable;
        // `done` (and what holds it) is the promise's only owner: if it dies uncalled (the
        // thread stopped, the receiver went away) the promise breaks and get() returns.
        std::future<T> future;
        std::function<void(T)> done;
        {
            auto promise = std::make_shared<std::promise<T>>();
            future = promise->get_future();
            done = [promise](T value) { promise->set_value(std::move(value)); };
        }
        if (!QMetaObject::invokeMethod(
                context, [start = std::move(start), done = std::move(done)] { start(done); },
                Qt::QueuedConnection))
            return ifUnavailable;
        try {
            return future.get();
        } catch (const std::future_error &) {
            return ifUnavailable; // the thread stopped before `done` was called
        }
    }

    /// Error for callers that cannot use the service thread (see run()).
    static Error unavailable();

    ~ServiceThread();

private:
    ServiceThread();
    static void stop();

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
};

} // namespace vcdesk
