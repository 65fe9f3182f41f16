#include "core/net/HttpClient.h"

#include "core/common/ServiceThread.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPointer>

namespace vcdesk {

namespace {

/// A cookie jar that keeps nothing: vcdesk's calls carry no cookies.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

/// The service thread's network manager, made there on first use and parented to the
/// thread's context so that it dies in its own thread.
QNetworkAccessManager *serviceManager(ServiceThread &service)
{
    static thread_local QPointer<QNetworkAccessManager> manager;
    if (!manager) {
        manager = new QNetworkAccessManager(service.context());
        // One manager serves every blocking call of the process: a cookie one verifier or
        // status-list host set must never ride along to another (linking a holder's visits).
        manager->setCookieJar(new NoCookieJar(manager));
    }
    return manager;
}

} // namespace

HttpClient::HttpClient(NetworkPolicy policy)
    : m_policy(std::move(policy))
{
}

HttpClient::HttpClient(const HttpClient &other)
    : m_policy(other.m_policy)
{
}

HttpClient &HttpClient::operator=(const HttpClient &other)
{
    m_policy = other.m_policy; // the manager stays: calls started with send() may still use it
    return *this;
}

HttpClient::~HttpClient() = default;

HttpCall *HttpClient::send(const HttpRequest &request, QObject *parent)
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setCookieJar(new NoCookieJar(m_manager.get()));
    }
    auto *call = new HttpCall(m_manager.get(), request, m_policy, parent);
    call->start();
    return call;
}

Result<HttpResponse> HttpClient::sendAndWait(const HttpRequest &request) const
{
    return sendAndWait(request, CancelToken::current());
}

Result<HttpResponse> HttpClient::sendAndWait(const HttpRequest &request,
                                             const CancelToken &token) const
{
    ServiceThread *service = ServiceThread::instance();
    if (!service)
        return Error{QStringLiteral("net.unavailable"),
                     HttpCall::tr("networking needs a running application (no QCoreApplication)")};
    if (token.isCancelled())
        return Error{QStringLiteral("net.cancelled"), HttpCall::tr("cancelled")};
    using Answer = Result<HttpResponse>;
    return service->run<Answer>(
        [service, request, policy = m_policy, token](std::function<void(Answer)> done) {
            auto *call =
                new HttpCall(serviceManager(*service), request, policy, service->context());
            // Cancelling from any thread posts the abort to the call's own thread.
            const QPointer<HttpCall> guard(call);
            const QPointer<QObject> context = service->context();
            const int cancelId = token.onCancel([guard, context] {
                if (!context)
                    return; // the service thread has gone, and the call with it
                QMetaObject::invokeMethod(
                    context,
                    [guard] {
                        if (guard)
                            guard->cancel();
                    },
                    Qt::QueuedConnection);
            });
            QObject::connect(call, &HttpCall::finished, call, [call, done, token, cancelId] {
                token.removeCallback(cancelId);
                done(call->result());
                call->deleteLater();
            });
            call->start();
        },
        Answer(ServiceThread::unavailable()));
}

} // namespace vcdesk
