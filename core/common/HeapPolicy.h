#pragma once

namespace vcdesk {

/// How the process's heap grows and shrinks, set once at start-up, before any thread, by
/// every vcdesk program (the window, the command line, vcdesk-agent) and by the benchmarks
/// that measure them. It replaces any glibc.malloc.* setting made in GLIBC_TUNABLES.
///
/// Why: a batch keeps what it inspects (10,000 inspections are ~30 MB of reports and
/// payloads) and allocates it on worker threads. glibc gives each worker thread a heap of
/// its own, which starts with ~132 KiB usable and then grows one 4 KiB page per mprotect()
/// call; mprotect() takes the process-wide memory-map lock, so the other worker's page
/// faults wait behind it (bench_batch_verify 3000 x3: about 5,200 calls). With an 8 MiB pad a
/// new heap starts with 8 MiB usable (about 580). Untouched, the pad is
/// address space, not memory.
///
/// And glibc gives a heap's free top back to the system as soon as it passes 128 KiB (until
/// its own adjustment raises that), so each batch faulted its pages in again. A heap now
/// keeps up to 8 MiB of free memory for the next batch: that much resident memory per heap
/// (one per thread that allocated, at most 8 per core) is what the policy costs. Setting any of
/// these turns glibc's adjustment off, so blocks under 16 MiB (a camera frame) are set to come from
/// the heap too, as the adjustment would have made them after the first was freed.
class HeapPolicy
{
public:
    /// False where the C library is not glibc, or its allocator was replaced (a sanitizer,
    /// a preloaded allocator) and refused the settings.
    static bool apply();
};

} // namespace vcdesk
