#pragma once

// Keeps what each benchmark measured (time per iteration in ms, and items per second when
// the benchmark counts items) so a binary can print ratios against a baseline measured in
// the same run.

#include <benchmark/benchmark.h>

#include <map>
#include <string>

namespace vcdesk::bench {

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    std::map<std::string, double> msPerOp;
    std::map<std::string, double> perSecond;

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type != Run::RT_Iteration || run.iterations == 0)
                continue;
            const double ms =
                run.GetAdjustedRealTime() / (run.time_unit == benchmark::kMillisecond   ? 1.0
                                             : run.time_unit == benchmark::kMicrosecond ? 1e3
                                                                                        : 1e6);
            // Under its full name ("unlock/iterations:3/manual_time") and the name it was
            // registered with ("unlock"), which is what callers look up.
            for (const std::string &name : {run.benchmark_name(), run.run_name.function_name}) {
                msPerOp[name] = ms;
                if (auto it = run.counters.find("items_per_second"); it != run.counters.end())
                    perSecond[name] = it->second;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    /// Items per second of a benchmark that counts items, or 0 when it did not run.
    double rate(const std::string &name) const
    {
        const auto it = perSecond.find(name);
        return it == perSecond.end() ? 0.0 : it->second;
    }

    /// msPerOp[slow] / msPerOp[fast], or 0 when either is missing.
    double ratio(const std::string &slow, const std::string &fast) const
    {
        const auto a = msPerOp.find(slow), b = msPerOp.find(fast);
        return a == msPerOp.end() || b == msPerOp.end() || b->second <= 0 ? 0
                                                                          : a->second / b->second;
    }
};

} // namespace vcdesk::bench
