#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

namespace vcdesk {

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QString contentType;
};

/// Blocking HTTP GET under a NetworkPolicy, for engine code that already runs on a worker
/// thread (DID resolution, status lists). It runs its own event loop; never call it on the
/// GUI thread. Redirects are not followed; non-2xx answers become errors that carry the
/// status and the server's own message when the body is JSON.
class HttpFetcher
{
    Q_DECLARE_TR_FUNCTIONS(HttpFetcher)
public:
    explicit HttpFetcher(NetworkPolicy policy = {})
        : m_policy(std::move(policy))
    {
    }

    const NetworkPolicy &policy() const { return m_policy; }
    Result<HttpResponse> get(const QUrl &url,
                             const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;

private:
    NetworkPolicy m_policy;
};

} // namespace vcdesk
