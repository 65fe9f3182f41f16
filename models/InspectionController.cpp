#include "models/InspectionController.h"

#include "core/verify/InspectOptionsBuilder.h"
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

InspectOptionsBuilder InspectionController::optionsBuilder() const
{
    InspectOptionsBuilder builder;
    builder.resolver(m_resolver).documentCache(m_documentCache).at(m_at).offline(m_offline);
    builder.allowLoopbackHttp(m_allowLoopbackHttp);
    return builder;
}

ReportContext InspectionController::context(const QString &input) const
{
    ReportContext context;
    context.input = input;
    context.checkedAt = QDateTime::currentDateTimeUtc();
    context.asOf = m_at;
    context.offline = m_offline;
    context.trustListPath = TrustList::defaultPath(); // what optionsBuilder() reads
    return context;
}

std::optional<InspectionReport> InspectionController::lastReport(const QString &input) const
{
    if (!m_last)
        return std::nullopt;
    InspectionReport report = *m_last;
    report.setInput(input);
    return report;
}

void InspectionController::clear()
{
    ++m_generation;
    m_last.reset();
}

void InspectionController::inspect(const QByteArray &token)
{
    const quint64 generation = ++m_generation;
    const InspectOptionsBuilder builder = optionsBuilder();
    const ReportContext started = context({});
    m_last.reset();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, generation, token, started] {
                const Outcome outcome = watcher->result();
                watcher->deleteLater();
                if (--m_running == 0)
                    emit busyChanged(false);
                if (generation != m_generation)
                    return; // superseded by a newer request
                if (outcome.inspection) {
                    m_last = InspectionReport(token, *outcome.inspection, started);
                    emit inspected(*outcome.inspection);
                } else {
                    emit failed(tr("%1 [%2]").arg(outcome.error.message, outcome.error.code));
                }
            });
    QFuture<Outcome> future = QtConcurrent::run(&m_pool, [token, builder]() {
        // Built each time, off the GUI thread: the operator may have edited the trust list
        // (here or with vcdesk trust). A list that cannot be read is a failure, never "none".
        Outcome outcome;
        auto options = builder.build();
        if (!options) {
            outcome.error = options.error();
            return outcome;
        }
        InspectOptions closely = options.value();
        closely.keepCanonicalForm = true; // one credential, looked at closely
        auto result = CredentialInspector::inspect(token, closely);
        if (result) {
            outcome.inspection = std::move(result).value();
            // Built here: the page shows it, and a payload of up to 1 MiB is not parsed on
            // the GUI thread.
            outcome.inspection->payload.object();
        } else {
            outcome.error = result.error();
        }
        return outcome;
    });
    watcher->setFuture(future);
    if (m_running++ == 0)
        emit busyChanged(true);
}

} // namespace vcdesk
