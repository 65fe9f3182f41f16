#include "core/api/AuthStatusPoller.h"

#include "core/codec/StrictJson.h"

namespace vcdesk {

AuthStatusPoller::AuthStatusPoller(VerifierApiClient client, Timing timing, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_timing(timing)
    , m_http(m_client.policy())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AuthStatusPoller::poll);
}

AuthStatusPoller::~AuthStatusPoller()
{
    delete m_call;
}

void AuthStatusPoller::start(const QString &correlationId, const QString &definitionId)
{
    cancel();
    m_correlationId = correlationId;
    m_definitionId = definitionId;
    m_lastState.clear();
    m_attemptsSeen = 0;
    m_inTrouble = false;
    m_intervalMs = m_timing.initialIntervalMs;
    m_requests = 0;
    m_running = true;
    m_clock.start();
    poll();
}

void AuthStatusPoller::cancel()
{
    m_timer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
    m_running = false;
}

void AuthStatusPoller::poll()
{
    if (!m_running)
        return;
    if (m_clock.elapsed() > m_timing.deadlineMs) {
        stop(QStringLiteral("api.deadline"),
             tr("no answer from the holder within %1 s").arg(m_timing.deadlineMs / 1000));
        return;
    }
    ++m_requests;
    m_requestClock.start();
    m_call = m_http.send(m_client.authStatusRequest(m_correlationId, m_definitionId), this);
    connect(m_call, &HttpCall::finished, this, [this, call = m_call] {
        const Result<HttpResponse> result = call->result();
        call->deleteLater();
        handle(result);
    });
}

void AuthStatusPoller::handle(const Result<HttpResponse> &response)
{
    if (!m_running)
        return;
    emit answered(int(m_requestClock.elapsed()));
    if (!response) {
        const int status = response.error().httpStatus;
        if (status >= 400 && status < 500) {
            stop(response.error().code, response.error().message);
            return;
        }
        m_timer.start(m_intervalMs); // the network or the server hiccuped: keep trying
        if (!m_inTrouble) {
            m_inTrouble = true;
            emit connectionTrouble(response.error().message);
        }
        return;
    }
    if (m_inTrouble) {
        m_inTrouble = false;
        emit connectionRestored();
    }
    auto json = StrictJson::parseObject(response->body);
    auto status = json ? AuthStatus::fromJson(json.value()) : Result<AuthStatus>(json.error());
    if (!status) {
        stop(status.error().code, status.error().message);
        return;
    }
    if (status->stateName != m_lastState) {
        m_lastState = status->stateName;
        m_intervalMs = m_timing.initialIntervalMs;
        emit transition(status.value());
    } else {
        m_intervalMs = qMin(m_timing.maxIntervalMs, m_intervalMs * 3 / 2);
    }
    if (status->attempts > m_attemptsSeen && !status->isFinal()) {
        m_attemptsSeen = status->attempts;
        m_intervalMs = m_timing.initialIntervalMs;
        emit answerRefused(status.value());
    }
    if (status->state == AuthStatus::State::Verified) {
        m_running = false;
        emit verified(status.value());
        return;
    }
    if (status->state == AuthStatus::State::Error) {
        stop(QStringLiteral("api.verification_failed"),
             status->error.isEmpty() ? tr("the verifier reports an error") : status->error);
        return;
    }
    m_timer.start(m_intervalMs);
}

void AuthStatusPoller::stop(const QString &code, const QString &message)
{
    m_timer.stop();
    m_running = false;
    emit failed(code, message);
}

} // namespace vcdesk
