#include "core/common/CancelToken.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <utility>

namespace vcdesk {

struct CancelState
{
    std::mutex mutex;
    std::condition_variable wake;
    std::map<int, std::function<void()>> callbacks;
    int nextId = 1;
    bool cancelled = false;
};

namespace {
thread_local std::shared_ptr<CancelState> t_current;
}

CancelToken::CancelToken()
    : m_state(std::make_shared<CancelState>())
{
}

void CancelToken::cancel() const
{
    std::map<int, std::function<void()>> callbacks;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->cancelled)
            return;
        m_state->cancelled = true;
        callbacks.swap(m_state->callbacks);
    }
    m_state->wake.notify_all();
    // Outside the lock: a callback may call removeCallback() or isCancelled().
    for (auto &[id, callback] : callbacks)
        callback();
}

bool CancelToken::isCancelled() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->cancelled;
}

bool CancelToken::sleepFor(std::chrono::milliseconds duration) const
{
    std::unique_lock lock(m_state->mutex);
    return !m_state->wake.wait_for(lock, duration, [this] { return m_state->cancelled; });
}

int CancelToken::onCancel(std::function<void()> callback) const
{
    {
        std::lock_guard lock(m_state->mutex);
        if (!m_state->cancelled) {
            const int id = m_state->nextId++;
            m_state->callbacks.emplace(id, std::move(callback));
            return id;
        }
    }
    callback();
    return 0;
}

void CancelToken::removeCallback(int id) const
{
    std::lock_guard lock(m_state->mutex);
    m_state->callbacks.erase(id);
}

CancelToken CancelToken::current()
{
    return t_current ? CancelToken(t_current) : CancelToken();
}

CancelToken::Scope::Scope(const CancelToken &token)
    : m_previous(std::exchange(t_current, token.m_state))
{
}

CancelToken::Scope::~Scope()
{
    t_current = std::move(m_previous);
}

} // namespace vcdesk
