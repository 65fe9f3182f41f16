#pragma once

// The network policy of tests that talk to a server on this machine: loopback http allowed,
// short retry waits.

#include "core/net/NetworkPolicy.h"

namespace vcdesk::test {

inline NetworkPolicy loopbackPolicy()
{
    NetworkPolicy policy;
    policy.allowLoopbackHttp = true;
    policy.retryBaseMs = 20;
    return policy;
}

} // namespace vcdesk::test
