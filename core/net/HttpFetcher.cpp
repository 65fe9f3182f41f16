#include "core/net/HttpFetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace vcdesk {

namespace {

QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body.left(64 * 1024)).object();
    for (const char *key : {"message", "error_description", "error", "detail"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString().left(300);
    }
    return {};
}

} // namespace

Result<HttpResponse> HttpFetcher::get(const QUrl &url,
                                      const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    if (auto allowed = m_policy.checkUrl(url); !allowed)
        return allowed.error();
    // Without an application object Qt cannot run timers, so no deadline could be kept.
    if (!QCoreApplication::instance())
        return Error{QStringLiteral("net.unavailable"),
                     tr("networking needs a running application (no QCoreApplication)")};

    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_policy.connectTimeoutMs);
    request.setRawHeader("Accept", "application/json, */*;q=0.5");
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    bool timedOut = false;
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64 total) {
            if (received > m_policy.maxResponseBytes || total > m_policy.maxResponseBytes) {
                tooLarge = true;
                reply->abort();
            }
        });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
        // abort() does not always finish the reply at once (e.g. while a system proxy
        // lookup is pending): the deadline ends the wait regardless.
        loop.quit();
    });
    deadline.start(m_policy.totalTimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();

    std::unique_ptr<QNetworkReply> owner(reply);
    const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).left(200);
    if (tooLarge)
        return Error{QStringLiteral("net.too_large"),
                     tr("the answer from %1 is larger than %2 bytes")
                         .arg(where)
                         .arg(m_policy.maxResponseBytes)};
    if (timedOut)
        return Error{
            QStringLiteral("net.timeout"),
            tr("%1 did not answer within %2 s").arg(where).arg(m_policy.totalTimeoutMs / 1000.0)};

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return Error{QStringLiteral("net.timeout"), tr("%1 did not answer in time").arg(where)};
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return Error{QStringLiteral("net.tls"),
                     tr("the secure connection to %1 failed: %2").arg(where, reply->errorString())};
    if (response.status == 0)
        return Error{QStringLiteral("net.unreachable"),
                     tr("could not reach %1: %2").arg(where, reply->errorString())};
    response.body = reply->readAll();
    if (response.body.size() > m_policy.maxResponseBytes)
        return Error{QStringLiteral("net.too_large"),
                     tr("the answer from %1 is too large").arg(where)};
    if (response.status >= 300 && response.status < 400)
        return Error{QStringLiteral("net.redirect"),
                     tr("%1 answered with a redirect (%2), which is not followed")
                         .arg(where)
                         .arg(response.status)};
    if (response.status >= 400) {
        const QString message = serverMessage(response.body);
        return Error{
            QStringLiteral("net.http_status"),
            message.isEmpty()
                ? tr("%1 answered HTTP %2").arg(where).arg(response.status)
                : tr("%1 answered HTTP %2: %3").arg(where).arg(response.status).arg(message)};
    }
    return response;
}

} // namespace vcdesk
