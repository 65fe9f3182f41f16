#include "models/InspectionController.h"

#include <QtConcurrent>

namespace vcdesk {

InspectionController::InspectionController(std::shared_ptr<DidResolver> resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(std::move(resolver))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            &InspectionController::onFinished);
}

InspectionController::~InspectionController()
{
    m_watcher.waitForFinished();
}

void InspectionController::inspect(const QByteArray &token)
{
    ++m_generation;
    if (m_watcher.isRunning()) {
        // One inspection at a time; the newest text waits and the running one is dropped.
        m_pending = token;
        m_hasPending = true;
        return;
    }
    setBusy(true);
    InspectOptions options;
    options.resolver = m_resolver;
    options.at = m_at;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([token, options, generation] {
        Outcome outcome;
        outcome.generation = generation;
        auto result = JwsInspector::inspect(token, options);
        if (result)
            outcome.inspection = std::move(result).value();
        else
            outcome.error = result.error();
        return outcome;
    }));
}

void InspectionController::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_hasPending) {
        m_hasPending = false;
        const QByteArray next = std::exchange(m_pending, {});
        --m_generation; // inspect() increments it again for the same request
        inspect(next);
        return;
    }
    setBusy(false);
    if (outcome.generation != m_generation)
        return;
    if (outcome.inspection)
        emit inspected(*outcome.inspection);
    else
        emit failed(tr("%1 [%2]").arg(outcome.error.message, outcome.error.code));
}

void InspectionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace vcdesk
