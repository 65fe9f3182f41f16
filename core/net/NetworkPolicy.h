#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QUrl>

namespace vcdesk {

/// The rules every outgoing HTTP request follows: time limits, a response size cap, and
/// which URLs may be fetched at all. TLS certificates are always verified (Qt's default,
/// never relaxed here); plain http is allowed only to loopback, and only when
/// allowLoopbackHttp is set (development and tests), or to hosts the user named. This computer
/// (loopback, 0.0.0.0) is contacted only with allowLoopbackHttp, whatever the scheme, and
/// link-local addresses never: a URL from a document must not reach local services.
struct NetworkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPolicy)
public:
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 20000;
    qsizetype maxResponseBytes = 1024 * 1024;
    bool allowLoopbackHttp = false;
    QSet<QString> insecureHostsAllowed;
    /// Offline: no request leaves the computer (checks fall back to caches or say unknown).
    bool offline = false;
    /// Retries of idempotent requests after a network failure, 429, 502, 503 or 504, waiting
    /// retryBaseMs * 2^attempt with full jitter (or the server's Retry-After), at most
    /// retryMaxDelayMs.
    int maxRetries = 2;
    int retryBaseMs = 250;
    int retryMaxDelayMs = 5000;
    /// Hosts a redirect may lead to besides the request's own (same scheme always).
    QSet<QString> redirectHostsAllowed;

    /// Ok if `url` may be requested under this policy, or an error saying why not.
    Status checkUrl(const QUrl &url) const;
    /// The same rules without the offline switch: may this URL be used at all (also for what
    /// was fetched from it before, from a cache)?
    Status checkDestination(const QUrl &url) const;
    static bool isLoopbackHost(const QString &host);
    /// Same scheme, host and port (a missing port counts as the scheme's default).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace vcdesk
