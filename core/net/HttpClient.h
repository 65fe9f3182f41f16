#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/net/HttpCall.h"

#include <QNetworkAccessManager>

namespace vcdesk {

/// Starts HttpCalls under one NetworkPolicy.
///
/// send() is asynchronous: the call lives in the calling thread, which needs an event loop
/// (the GUI thread, a poller). sendAndWait() is for worker threads and the command line: the
/// call runs on the ServiceThread and the caller waits on a promise, with no event loop of its
/// own, so nothing of the caller's runs while it waits. It stops when `token` (by default the
/// thread's current CancelToken) is cancelled. Never call sendAndWait() on the GUI thread.
///
/// Copies share the policy, not the network manager (send() makes one on first use).
class HttpClient
{
public:
    explicit HttpClient(NetworkPolicy policy = {});
    HttpClient(const HttpClient &other);
    HttpClient &operator=(const HttpClient &other);
    HttpClient(HttpClient &&) = default;
    HttpClient &operator=(HttpClient &&) = default;
    ~HttpClient();

    const NetworkPolicy &policy() const { return m_policy; }
    /// A started call; the caller owns it (delete it, or deleteLater() after finished()).
    HttpCall *send(const HttpRequest &request, QObject *parent = nullptr);
    Result<HttpResponse> sendAndWait(const HttpRequest &request) const;
    Result<HttpResponse> sendAndWait(const HttpRequest &request, const CancelToken &token) const;

private:
    NetworkPolicy m_policy;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace vcdesk
