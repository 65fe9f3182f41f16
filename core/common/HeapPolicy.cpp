#include "core/common/HeapPolicy.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vcdesk {

bool HeapPolicy::apply()
{
#if defined(__GLIBC__)
    constexpr int kMiB = 1024 * 1024;
    // mallopt() answers 1 when it took a setting.
    const bool pad = mallopt(M_TOP_PAD, 8 * kMiB) == 1;
    const bool mapped = mallopt(M_MMAP_THRESHOLD, 16 * kMiB) == 1;
    const bool trim = mallopt(M_TRIM_THRESHOLD, 8 * kMiB) == 1;
    return pad && mapped && trim;
#else
    return false;
#endif
}

} // namespace vcdesk
