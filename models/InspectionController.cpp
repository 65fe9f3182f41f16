#include "models/InspectionController.h"

#include "core/verify/TrustList.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace vcdesk {

namespace {

struct Outcome
{
    std::optional<Inspection> inspection;
    Error error;
};

} // namespace

InspectionController::InspectionController(std::shared_ptr<DidResolver> resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(std::move(resolver))
    , m_documentCache(std::make_shared<DocumentCache>(DocumentCache::defaultFolder()))
{
}

InspectionController::~InspectionController()
{
    m_pool.waitForDone();
}

void InspectionController::inspect(const QByteArray &token)
{
    const quint64 generation = ++m_generation;
    InspectOptions options;
    options.resolver = m_resolver;
    options.documentCache = m_documentCache;
    options.at = m_at;

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (--m_running == 0)
            emit busyChanged(false);
        if (generation != m_generation)
            return; // superseded by a newer request
        if (outcome.inspection)
            emit inspected(*outcome.inspection);
        else
            emit failed(tr("%1 [%2]").arg(outcome.error.message, outcome.error.code));
    });
    QFuture<Outcome> future = QtConcurrent::run(&m_pool, [token, options]() mutable {
        // Re-read each time, off the GUI thread: the operator may have edited the list (here or
        // with vcdesk trust).
        if (auto trust = TrustList::load(TrustList::defaultPath()))
            options.trustList = std::make_shared<const TrustList>(std::move(trust).value());
        Outcome outcome;
        auto result = CredentialInspector::inspect(token, options);
        if (result)
            outcome.inspection = std::move(result).value();
        else
            outcome.error = result.error();
        return outcome;
    });
    watcher->setFuture(future);
    if (m_running++ == 0)
        emit busyChanged(true);
}

} // namespace vcdesk
