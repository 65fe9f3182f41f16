#pragma once

// What every fuzz target asks of a refusal: it names a code and says why.

#include "core/common/Result.h"

#include <cstdlib>

namespace vcdesk::fuzz {

/// True when `result` is a refusal (and aborts when the refusal has no code or message).
template<typename T> bool refusedProperly(const Result<T> &result)
{
    if (result)
        return false;
    if (result.error().code.isEmpty() || result.error().message.isEmpty())
        std::abort();
    return true;
}

} // namespace vcdesk::fuzz
