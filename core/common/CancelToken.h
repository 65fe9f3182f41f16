#pragma once

#include <chrono>
#include <functional>
#include <memory>

namespace vcdesk {

/// A shared "please stop" flag for work that blocks a worker thread: network waits, polling
/// pauses, long loops. Copies share one state. cancel() may be called from any thread; it
/// wakes sleepFor() at once and runs the callbacks registered with onCancel() (which must be
/// quick and thread-safe: they usually post an abort to the thread that owns the work).
///
/// The token of the activity a thread is running is "current" on that thread (Scope), so code
/// deep in the engine (an HTTP wait inside a DID resolution) stops when the activity is
/// cancelled without every function taking a token.
class CancelToken
{
public:
    CancelToken();

    void cancel() const;
    bool isCancelled() const;
    /// Sleeps up to `duration`; false if cancelled before it ran out (or already cancelled).
    bool sleepFor(std::chrono::milliseconds duration) const;

    /// Runs `callback` once on cancel() (at once, on this thread, if already cancelled).
    /// Returns an id for removeCallback(): remove it before what the callback touches dies.
    int onCancel(std::function<void()> callback) const;
    void removeCallback(int id) const;

    /// The token of the work running on this thread; a never-cancelled one outside any Scope.
    static CancelToken current();

    /// Makes `token` current on this thread for the Scope's lifetime.
    class Scope
    {
    public:
        explicit Scope(const CancelToken &token);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        std::shared_ptr<struct CancelState> m_previous;
    };

private:
    explicit CancelToken(std::shared_ptr<struct CancelState> state)
        : m_state(std::move(state))
    {
    }
    std::shared_ptr<struct CancelState> m_state;
};

} // namespace vcdesk
