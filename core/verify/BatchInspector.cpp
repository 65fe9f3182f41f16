#include "core/verify/BatchInspector.h"

#include "core/verify/CredentialInspector.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace vcdesk {

std::vector<Result<Inspection>> BatchInspector::inspectAll(const QList<QByteArray> &inputs,
                                                           const InspectOptions &options,
                                                           QThreadPool *pool)
{
    QThreadPool *threads = pool ? pool : QThreadPool::globalInstance();
    std::vector<std::optional<Result<Inspection>>> pending(size_t(inputs.size()));
    std::atomic<qsizetype> next{0};
    // One worker per thread pulls the next index; chunks of one keep the cores evenly busy
    // (verification dominates, the atomic increment is noise).
    const int workers = std::max(1, std::min<int>(threads->maxThreadCount(), int(inputs.size())));
    QSemaphore done;
    for (int w = 0; w < workers; ++w) {
        threads->start([&] {
            for (qsizetype i = next++; i < inputs.size(); i = next++)
                pending[size_t(i)].emplace(CredentialInspector::inspect(inputs.at(i), options));
            done.release();
        });
    }
    done.acquire(workers);
    std::vector<Result<Inspection>> out;
    out.reserve(pending.size());
    for (auto &slot : pending)
        out.push_back(std::move(*slot));
    return out;
}

} // namespace vcdesk
