#pragma once

#include "core/did/DidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "models/InspectionReport.h"
#include "models/ReportContext.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace vcdesk {

/// Runs inspections for the GUI on worker threads (they may resolve did:web over the
/// network) and reports back on the GUI thread. A newer request supersedes older ones: only
/// the result of the latest request is reported.
class InspectionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    explicit InspectionController(std::shared_ptr<DidResolver> resolver, QObject *parent = nullptr);
    ~InspectionController() override;

    bool isBusy() const { return m_running > 0; }
    /// Fixes "now" for validity checks (tests, or an operator checking a past date).
    void setEvaluationTime(const QDateTime &at) { m_at = at; }
    const QDateTime &evaluationTime() const { return m_at; }
    /// Contacts no server: DIDs and status lists come from caches or are unknown.
    void setOffline(bool offline) { m_offline = offline; }
    bool isOffline() const { return m_offline; }
    /// Plain http to this computer (the local sandbox agent's status lists), as the window's
    /// network policy allows.
    void setAllowLoopbackHttp(bool allow) { m_allowLoopbackHttp = allow; }
    /// The options a batch should use: the same resolver, cache, time and offline switch.
    InspectOptionsBuilder optionsBuilder() const;
    /// How a check started now is made (time, offline, trust list), for its report.
    ReportContext context(const QString &input) const;
    /// The report of the inspection last shown (inspected()), named `input` (a file, or empty
    /// for pasted text); nullopt before the first or when the last one failed.
    std::optional<InspectionReport> lastReport(const QString &input) const;
    bool hasLastReport() const { return m_last.has_value(); }

public slots:
    void inspect(const QByteArray &token);
    /// Forgets the last inspection (the token was cleared); one still running is dropped.
    void clear();

signals:
    void busyChanged(bool busy);
    void inspected(const vcdesk::Inspection &inspection);
    void failed(const QString &message);

private:
    std::shared_ptr<DidResolver> m_resolver;
    std::shared_ptr<DocumentCache> m_documentCache;
    QDateTime m_at;
    bool m_allowLoopbackHttp = false;
    bool m_offline = false;
    std::optional<InspectionReport> m_last; // its input named when exported
    quint64 m_generation = 0;
    int m_running = 0;
    // Its own pool, joined on destruction: worker threads (and the per-thread state crypto
    // libraries keep in them) are gone before the controller is.
    QThreadPool m_pool;
};

} // namespace vcdesk
