#pragma once

#include "core/common/Result.h"
#include "core/net/HttpCall.h"

#include <QNetworkAccessManager>

namespace vcdesk {

/// Starts HttpCalls under one NetworkPolicy. Lives in the thread that uses it (it owns a
/// QNetworkAccessManager). send() is asynchronous; sendAndWait() runs a local event loop and
/// is for worker threads and the command line, never for the GUI thread.
class HttpClient
{
public:
    explicit HttpClient(NetworkPolicy policy = {});

    const NetworkPolicy &policy() const { return m_policy; }
    /// A started call; the caller owns it (delete it, or deleteLater() after finished()).
    HttpCall *send(const HttpRequest &request, QObject *parent = nullptr);
    Result<HttpResponse> sendAndWait(const HttpRequest &request);

private:
    NetworkPolicy m_policy;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace vcdesk
