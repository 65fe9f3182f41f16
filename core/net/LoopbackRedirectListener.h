#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QUrl>
#include <chrono>
#include <functional>

class QTcpSocket;

namespace vcdesk {

/// Where the system browser brings a native app's sign-in back (RFC 8252 sections 7.3 and
/// 8.3): http://127.0.0.1:<port>/vcdesk/callback, on a port the system picks, on the loopback
/// interface only (the path is fixed: servers that register redirect URIs let only the port
/// vary). It lives for one sign-in: it takes the first redirect its check accepts and stops
/// listening. Anything else that reaches it (another path, another Host header as DNS
/// rebinding would send, a redirect for another request) is answered and ignored, so a page
/// that finds the port cannot end the person's sign-in. Blocking, for a worker thread
/// (no event loop needed); create, wait and destroy it on the same thread.
class LoopbackRedirectListener
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackRedirectListener)
public:
    static constexpr qsizetype kMaxRequest = 16 * 1024;

    /// What the caller makes of a redirect: true, it is the answer (the wait ends with it);
    /// false, it is not for this request (ignored, the wait goes on); an error, the sign-in
    /// failed (the wait ends with that error). The browser is told which, in a sentence.
    using Check = std::function<Result<bool>(const QUrl &redirect)>;

    LoopbackRedirectListener() = default;
    ~LoopbackRedirectListener();

    /// Starts listening: net.loopback_listen when no port is free.
    Status listen();
    QUrl redirectUri() const;
    /// Called between connections (about every 200 ms) on the waiting thread: an error ends
    /// the wait with it; true starts the timeout over (the person was given a new page).
    using Between = std::function<Result<bool>()>;

    /// Waits until a redirect passes `check`, `timeout` passes (net.redirect_timeout) or the
    /// thread's CancelToken is cancelled (net.cancelled). Stops listening when it ends.
    Result<QUrl> wait(const Check &check, std::chrono::seconds timeout,
                      const Between &between = {});

private:
    enum class Outcome { Ignored, Accepted, Failed };
    Outcome serve(QTcpSocket &socket, const Check &check, Result<QUrl> &result);
    static void answer(QTcpSocket &socket, int status, const QString &sentence);

    QTcpServer m_server;
    QString m_path = QStringLiteral("/vcdesk/callback");
};

} // namespace vcdesk
