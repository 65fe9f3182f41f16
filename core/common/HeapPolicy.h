#pragma once

namespace vcdesk {

/// How the process's heap grows and shrinks, set once at start-up by every vcdesk program
/// (the window, the command line, vcdesk-agent) and by the benchmarks that measure them.
///
/// Why: a batch keeps what it inspects (10,000 inspections are ~30 MB of reports and
/// payloads) and allocates it on worker threads. glibc gives each worker thread a heap of
/// its own and grows it 128 KiB at a time with mprotect(), which takes the process-wide
/// memory-map lock, so the other worker's page faults wait behind it (on a virtual machine
/// most of all). Growing by 8 MiB makes that rare, and costs no memory: the padding is
/// address space until a page is touched.
///
/// Setting any of glibc's thresholds turns off its own adjustment of the others, so the
/// two it would otherwise reach by itself are set too: blocks under 16 MiB (a camera frame)
/// come from the heap rather than a fresh mapping each time, and a heap gives back its free
/// top once it exceeds 32 MiB.
class HeapPolicy
{
public:
    /// Does nothing where the C library is not glibc.
    static void apply();
};

} // namespace vcdesk
