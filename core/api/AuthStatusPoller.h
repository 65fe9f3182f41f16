#pragma once

#include "core/api/AuthStatus.h"
#include "core/api/VerifierApiClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace vcdesk {

/// Polls a verifier's auth-status (seed 002) until the request is verified, fails or runs out
/// of time, without blocking its thread: one request in flight at a time, the interval growing
/// from `initialIntervalMs` to `maxIntervalMs` while nothing changes and starting over when
/// something does. Reports every transition and every refused answer while the request stays
/// open, hands over the payload when verified, and stops on cancel(). Network hiccups are
/// retried until the deadline; 4xx answers end it.
class AuthStatusPoller : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int initialIntervalMs = 500;
        int maxIntervalMs = 3000;
        int deadlineMs = 5 * 60 * 1000;
    };

    AuthStatusPoller(VerifierApiClient client, Timing timing, QObject *parent = nullptr);
    AuthStatusPoller(VerifierApiClient client, QObject *parent = nullptr)
        : AuthStatusPoller(std::move(client), Timing{}, parent)
    {
    }
    ~AuthStatusPoller() override;

    void start(const QString &correlationId, const QString &definitionId);
    void cancel();
    bool isRunning() const { return m_running; }
    int requestsMade() const { return m_requests; }

signals:
    void transition(const vcdesk::AuthStatus &status);
    void verified(const vcdesk::AuthStatus &status);
    void failed(const QString &code, const QString &message);
    /// The verifier refused an answer but keeps the request open (status.error says why):
    /// the person may try again, e.g. with another credential.
    void answerRefused(const vcdesk::AuthStatus &status);
    /// Each answer to a status request and how long it took (for monitoring and load tests).
    void answered(int latencyMs);
    /// The verifier could not be reached (or answered 5xx); polling goes on. Said once per
    /// outage; connectionRestored() follows the first answer after it.
    void connectionTrouble(const QString &message);
    void connectionRestored();

private:
    void poll();
    void handle(const Result<HttpResponse> &response);
    void stop(const QString &code, const QString &message);

    VerifierApiClient m_client;
    Timing m_timing;
    HttpClient m_http;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_requestClock;
    QPointer<HttpCall> m_call;
    QString m_correlationId;
    int m_attemptsSeen = 0;
    QString m_definitionId;
    QString m_lastState;
    int m_intervalMs = 0;
    int m_requests = 0;
    bool m_running = false;
    bool m_inTrouble = false;
};

} // namespace vcdesk
