#include "core/net/HttpFetcher.h"

#include "core/net/HttpClient.h"

namespace vcdesk {

Result<HttpResponse> HttpFetcher::get(const QUrl &url,
                                      const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    HttpRequest request = HttpRequest::get(url);
    request.headers = headers;
    request.followRedirects = false;
    return HttpClient(m_policy).sendAndWait(request);
}

} // namespace vcdesk
