#include "core/net/HttpCall.h"

#include "core/net/ServerErrorBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace vcdesk {

namespace {

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ServiceUnavailableError:
        return true;
    default:
        return false;
    }
}

} // namespace

HttpCall::HttpCall(QNetworkAccessManager *manager, HttpRequest request, NetworkPolicy policy,
                   QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_policy(std::move(policy))
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_abortReason = Error{
            QStringLiteral("net.timeout"),
            tr("%1 did not answer within %2 s").arg(where()).arg(m_policy.totalTimeoutMs / 1000.0)};
        if (m_reply)
            m_reply->abort();
        else
            finish(m_abortReason); // waiting between attempts
    });
    connect(&m_backoff, &QTimer::timeout, this, &HttpCall::attempt);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HttpCall::where() const
{
    return m_request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).left(200);
}

void HttpCall::start()
{
    if (auto allowed = m_policy.checkUrl(m_request.url); !allowed) {
        // Asynchronous like every other outcome, so callers can connect after start().
        QTimer::singleShot(0, this, [this, error = allowed.error()] { finish(error); });
        return;
    }
    // One deadline for the whole call, retries included: "total" means total.
    m_deadline.start(m_policy.totalTimeoutMs);
    m_clock.start();
    attempt();
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    m_backoff.stop();
    m_abortReason = Error{QStringLiteral("net.cancelled"), tr("cancelled")};
    if (m_reply)
        m_reply->abort(); // onReplyFinished reports the reason
    else
        finish(m_abortReason);
}

void HttpCall::attempt()
{
    ++m_attempt;
    m_body.clear();
    m_abortReason = Error{};
    m_currentUrl = m_request.url;
    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(m_policy.connectTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setRawHeader("Accept", "application/json, */*;q=0.5");
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &header : m_request.headers)
        request.setRawHeader(header.first, header.second);
    m_reply = m_manager->sendCustomRequest(request, m_request.method, m_request.body);

    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        const QUrl from = m_currentUrl;
        const bool sameOrigin = NetworkPolicy::sameOrigin(target, from);
        const bool allowedHost = target.scheme() == from.scheme() &&
                                 m_policy.redirectHostsAllowed.contains(target.host());
        if (m_request.followRedirects && (sameOrigin || allowedHost) && m_policy.checkUrl(target)) {
            m_currentUrl = target;
            emit m_reply->redirectAllowed();
            return;
        }
        m_abortReason = Error{
            QStringLiteral("net.redirect"),
            tr("%1 redirects to %2, which is not followed")
                .arg(where(),
                     target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).left(200))};
        m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->readAll();
        if (m_body.size() > m_policy.maxResponseBytes) {
            m_abortReason = Error{QStringLiteral("net.too_large"),
                                  tr("the answer from %1 is larger than %2 bytes")
                                      .arg(where())
                                      .arg(m_policy.maxResponseBytes)};
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
}

int HttpCall::retryDelayMs(int httpStatus, const QByteArray &retryAfter) const
{
    if (!m_request.idempotent || m_attempt > m_policy.maxRetries)
        return -1;
    if (httpStatus != 0 && httpStatus != 429 && httpStatus != 502 && httpStatus != 503 &&
        httpStatus != 504)
        return -1;
    bool numeric = false;
    const int seconds = retryAfter.trimmed().toInt(&numeric);
    int delay = 0;
    if (numeric && seconds >= 0) {
        delay = qMin(seconds * 1000, m_policy.retryMaxDelayMs);
    } else {
        // Full jitter: a random wait up to the exponential bound, so many clients spread out.
        const qint64 bound =
            qMin<qint64>(qint64(m_policy.retryBaseMs) << (m_attempt - 1), m_policy.retryMaxDelayMs);
        delay = int(QRandomGenerator::global()->bounded(bound + 1));
    }
    // No retry that could not finish before the call's deadline.
    if (m_clock.elapsed() + delay >= m_policy.totalTimeoutMs)
        return -1;
    return delay;
}

void HttpCall::onReplyFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->bytesAvailable())
        m_body += reply->readAll();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    if (!m_abortReason.code.isEmpty()) {
        finish(m_abortReason);
        return;
    }
    if (networkError == QNetworkReply::SslHandshakeFailedError) {
        finish(
            Error{QStringLiteral("net.tls"),
                  tr("the secure connection to %1 failed: %2").arg(where(), reply->errorString())});
        return;
    }
    if (status == 0) {
        const int delay = isTransient(networkError) ? retryDelayMs(0, {}) : -1;
        if (delay >= 0) {
            m_backoff.start(delay);
            return;
        }
        finish(Error{QStringLiteral("net.unreachable"),
                     tr("could not reach %1: %2").arg(where(), reply->errorString())});
        return;
    }
    if (status >= 400 || (networkError != QNetworkReply::NoError &&
                          networkError < QNetworkReply::ContentAccessDenied)) {
        const int delay = retryDelayMs(status, reply->rawHeader("Retry-After"));
        if (delay >= 0) {
            m_backoff.start(delay);
            return;
        }
    }
    if (status >= 400 && status < 500 && m_request.clientErrorsAsResponses) {
        finish(responseOf(reply, status));
        return;
    }
    if (status >= 400) {
        const ServerErrorBody server = ServerErrorBody::read(m_body);
        Error error;
        error.code = status == 401   ? QStringLiteral("net.unauthorized")
                     : status == 403 ? QStringLiteral("net.forbidden")
                     : status == 404 ? QStringLiteral("net.not_found")
                                     : QStringLiteral("net.http_status");
        error.httpStatus = status;
        error.serverMessage = server.message;
        QString said = server.message;
        if (server.status && server.status != status)
            said = tr("%1 (the body says status %2)").arg(said).arg(server.status);
        error.message = said.isEmpty()
                            ? tr("%1 answered HTTP %2").arg(where()).arg(status)
                            : tr("%1 answered HTTP %2: %3").arg(where()).arg(status).arg(said);
        finish(error);
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        // A 2xx whose body broke off (e.g. fewer bytes than Content-Length promised).
        finish(Error{QStringLiteral("net.truncated"),
                     tr("the answer from %1 broke off: %2").arg(where(), reply->errorString())});
        return;
    }
    if (status >= 300) {
        finish(Error{QStringLiteral("net.redirect"),
                     tr("%1 answered with a redirect (%2), which is not followed")
                         .arg(where())
                         .arg(status)});
        return;
    }
    finish(responseOf(reply, status));
}

HttpResponse HttpCall::responseOf(QNetworkReply *reply, int status) const
{
    HttpResponse response;
    response.status = status;
    response.body = m_body;
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    return response;
}

void HttpCall::finish(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_backoff.stop();
    m_result = std::move(result);
    emit finished();
}

} // namespace vcdesk
