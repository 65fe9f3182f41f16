#pragma once

#include "core/common/CancelToken.h"

#include <chrono>
#include <optional>
#include <thread>

namespace vcdesk {

/// Gives the work on this thread a time limit: for its lifetime a token of its own is the
/// thread's current CancelToken, cancelled when `limit` runs out (or when the token that was
/// current before is cancelled), so every network wait below it stops then. expired() says
/// whether the limit was reached.
class Deadline
{
public:
    explicit Deadline(std::chrono::milliseconds limit);
    ~Deadline();
    Deadline(const Deadline &) = delete;
    Deadline &operator=(const Deadline &) = delete;

    bool expired() const { return m_expired.isCancelled(); }

private:
    CancelToken m_token;
    CancelToken m_expired;
    CancelToken m_finished;
    CancelToken m_outer;
    int m_outerCallback = -1;
    std::thread m_watch;
    std::optional<CancelToken::Scope> m_scope;
};

} // namespace vcdesk
