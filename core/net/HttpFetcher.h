#pragma once

#include "core/common/Result.h"
#include "core/net/HttpResponse.h"
#include "core/net/NetworkPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

namespace vcdesk {

/// Blocking HTTP GET under a NetworkPolicy, for engine code that already runs on a worker
/// thread (DID resolution, status lists, schemas): an HttpClient call that follows no
/// redirect at all (a DID document or status list must come from where it was named).
/// Never call it on the GUI thread.
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
