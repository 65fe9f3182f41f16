#include "core/net/HttpClient.h"

#include <QEventLoop>

namespace vcdesk {

HttpClient::HttpClient(NetworkPolicy policy)
    : m_policy(std::move(policy))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
}

HttpCall *HttpClient::send(const HttpRequest &request, QObject *parent)
{
    auto *call = new HttpCall(m_manager.get(), request, m_policy, parent);
    call->start();
    return call;
}

Result<HttpResponse> HttpClient::sendAndWait(const HttpRequest &request)
{
    if (!QCoreApplication::instance())
        return Error{QStringLiteral("net.unavailable"),
                     HttpCall::tr("networking needs a running application (no QCoreApplication)")};
    HttpCall call(m_manager.get(), request, m_policy);
    QEventLoop loop;
    QObject::connect(&call, &HttpCall::finished, &loop, &QEventLoop::quit);
    call.start();
    if (!call.isFinished())
        loop.exec();
    return call.result();
}

} // namespace vcdesk
