#pragma once

// The benchmarks' own option: --count=N (how many credentials to build), taken out of argv
// before Google Benchmark reads the rest, then benchmark::Initialize on what remains.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace vcdesk::bench {

/// Initializes Google Benchmark with every argument but --count=N; returns N (at least
/// `minimum`, `fallback` when absent).
inline int initializeWithCount(int argc, char **argv, int fallback, int minimum)
{
    int count = fallback;
    static std::vector<char *> rest; // benchmark keeps pointers into it
    rest.clear();
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--count=", 8) == 0)
            count = std::max(minimum, std::atoi(argv[i] + 8));
        else
            rest.push_back(argv[i]);
    }
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    return count;
}

} // namespace vcdesk::bench
