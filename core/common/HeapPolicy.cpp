#include "core/common/HeapPolicy.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vcdesk {

void HeapPolicy::apply()
{
#if defined(__GLIBC__)
    constexpr int kMiB = 1024 * 1024;
    mallopt(M_TOP_PAD, 8 * kMiB);
    mallopt(M_MMAP_THRESHOLD, 16 * kMiB);
    mallopt(M_TRIM_THRESHOLD, 32 * kMiB);
#endif
}

} // namespace vcdesk
