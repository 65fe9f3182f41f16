#pragma once

#include "core/did/DidResolver.h"
#include "core/verify/JwsInspector.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace vcdesk {

/// Runs inspections for the GUI on a worker thread (they may resolve did:web over the
/// network) and reports back on the GUI thread. A newer request supersedes an older one:
/// results of superseded requests are dropped.
class InspectionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    explicit InspectionController(std::shared_ptr<DidResolver> resolver, QObject *parent = nullptr);
    ~InspectionController() override;

    bool isBusy() const { return m_busy; }
    /// Fixes "now" for validity checks (tests, or an operator checking a past date).
    void setEvaluationTime(const QDateTime &at) { m_at = at; }

public slots:
    void inspect(const QByteArray &token);

signals:
    void busyChanged(bool busy);
    void inspected(const vcdesk::Inspection &inspection);
    void failed(const QString &message);

private:
    struct Outcome
    {
        quint64 generation = 0;
        std::optional<Inspection> inspection;
        Error error;
    };

    void onFinished();
    void setBusy(bool busy);

    std::shared_ptr<DidResolver> m_resolver;
    QFutureWatcher<Outcome> m_watcher;
    QDateTime m_at;
    quint64 m_generation = 0;
    bool m_busy = false;
    QByteArray m_pending;
    bool m_hasPending = false;
};

} // namespace vcdesk
