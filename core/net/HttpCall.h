#pragma once

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/net/HttpResponse.h"
#include "core/net/NetworkPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace vcdesk {

/// One request under a NetworkPolicy, from start to a single result: it refuses URLs the
/// policy forbids, follows only same-origin redirects, caps the answer's size, keeps a
/// deadline per attempt, retries idempotent requests with backoff and jitter, reads the
/// server's message from error bodies, and can be cancelled. finished() is emitted once.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(QNetworkAccessManager *manager, HttpRequest request, NetworkPolicy policy,
             QObject *parent = nullptr);
    ~HttpCall() override;

    void start();
    /// Stops at once; the result becomes "net.cancelled".
    void cancel();

    bool isFinished() const { return m_finished; }
    const Result<HttpResponse> &result() const { return m_result; }
    int attempts() const { return m_attempt; }

signals:
    void finished();

private:
    void attempt();
    void onReplyFinished();
    void finish(Result<HttpResponse> result);
    HttpResponse responseOf(QNetworkReply *reply, int status) const;
    /// The delay before the next attempt, or -1 when this failure is final.
    int retryDelayMs(int httpStatus, const QByteArray &retryAfter) const;
    QString where() const;

    QNetworkAccessManager *m_manager;
    HttpRequest m_request;
    NetworkPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QUrl m_currentUrl; // where the reply is now, after the redirects allowed so far
    Result<HttpResponse> m_result = Error{QStringLiteral("net.pending"), QString()};
    Error m_abortReason;
    int m_attempt = 0;
    bool m_finished = false;
};

} // namespace vcdesk
