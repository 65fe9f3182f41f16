#include "core/verify/BatchInspector.h"

#include "core/verify/CredentialInspector.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

namespace vcdesk {

std::vector<Result<Inspection>> BatchInspector::inspectAll(const QList<QByteArray> &inputs,
                                                           const InspectOptions &options,
                                                           QThreadPool *pool)
{
    QThreadPool *threads = pool ? pool : QThreadPool::globalInstance();
    // Every slot is filled in place by the worker that takes its index: one vector, no second
    // pass that moves 10,000 inspections into another (both were fresh memory, faulted in on
    // every batch). The placeholder is never returned: each index is taken exactly once.
    const Result<Inspection> pending(
        Error{QStringLiteral("batch.not_inspected"), QStringLiteral("not inspected")});
    std::vector<Result<Inspection>> out(size_t(inputs.size()), pending);
    std::atomic<qsizetype> next{0};
    // One worker per thread pulls the next index; chunks of one keep the cores evenly busy
    // (verification dominates, the atomic increment is noise).
    const int workers = std::max(1, std::min<int>(threads->maxThreadCount(), int(inputs.size())));
    QSemaphore done;
    for (int w = 0; w < workers; ++w) {
        threads->start([&] {
            for (qsizetype i = next++; i < inputs.size(); i = next++)
                out[size_t(i)] = CredentialInspector::inspect(inputs.at(i), options);
            done.release();
        });
    }
    done.acquire(workers);
    return out;
}

} // namespace vcdesk
