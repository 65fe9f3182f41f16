#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Error.h"

#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>

class QThreadPool;

namespace vcdesk {

/// The signals and cancellation of an Activity<T> (a Q_OBJECT cannot be a template).
///
/// An activity is one piece of work a person waits for (accept an offer, fetch a request,
/// send an answer): start() returns at once and the work runs on a worker thread; progress()
/// reports each step in words; cancel() asks the work to stop (network waits and pauses end at
/// once); finished() comes exactly once, on the thread that owns the activity, after which
/// Activity<T>::result() holds the value or the error. Deleting a running activity is safe:
/// it is cancelled and its result is dropped.
class ActivityBase : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Finished };
    Q_ENUM(State)

    ~ActivityBase() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    /// Asks the work to stop. finished() still comes (usually with a "cancelled" error, or
    /// with the result if the work had already ended).
    void cancel();
    bool isCancelRequested() const { return m_token.isCancelled(); }
    /// The last step reported by the work.
    const QString &step() const { return m_step; }

    /// The pool activities run on by default: threads that mostly wait on the network, so
    /// more of them than cores.
    static QThreadPool *pool();

    /// What the work sees: its token and a way to report steps from its thread, and to hand
    /// the owner a value mid-way (an address to open in the browser, ...), named by `kind`.
    struct Context
    {
        CancelToken token;
        std::function<void(const QString &)> report;
        std::function<void(const QString &kind, const QVariant &value)> notice = {};
    };

signals:
    void progress(const QString &step);
    /// A value from Context::notice, on the owner's thread.
    void noticed(const QString &kind, const QVariant &value);
    void finished();

protected:
    explicit ActivityBase(QObject *parent);

    /// Runs `work` on `pool` (or the default pool) and calls `deliver` on this object's
    /// thread when it is done, unless this object died first.
    void launch(std::function<std::function<void()>(const Context &)> work, QThreadPool *pool);

private:
    struct Link; // lets the worker thread reach this object while it lives
    std::shared_ptr<Link> m_link;
    CancelToken m_token;
    QString m_step;
    State m_state = State::Idle;
};

} // namespace vcdesk
