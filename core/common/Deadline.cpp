#include "core/common/Deadline.h"

namespace vcdesk {

Deadline::Deadline(std::chrono::milliseconds limit)
    : m_outer(CancelToken::current())
{
    const CancelToken token = m_token;
    m_outerCallback = m_outer.onCancel([token] { token.cancel(); });
    // sleepFor() on a token only this object cancels is a timer that ends early on demand.
    m_watch = std::thread([token, expired = m_expired, finished = m_finished, limit] {
        if (finished.sleepFor(limit)) {
            expired.cancel();
            token.cancel();
        }
    });
    m_scope.emplace(m_token);
}

Deadline::~Deadline()
{
    m_scope.reset();
    m_finished.cancel();
    m_watch.join();
    m_outer.removeCallback(m_outerCallback);
}

} // namespace vcdesk
