#include "core/net/LoopbackRedirectListener.h"

#include "core/common/CancelToken.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace vcdesk {

namespace {

// A browser sends its request at once; a connection that sends nothing (a speculative
// preconnect, or someone holding the port) is dropped soon, so the real redirect is not held up
// behind it for long.
constexpr int kReadMs = 1000;

} // namespace

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    m_server.close();
}

Status LoopbackRedirectListener::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return Error{QStringLiteral("net.loopback_listen"),
                     tr("cannot listen on the loopback interface for the sign-in's answer: %1")
                         .arg(m_server.errorString())};
    return {};
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(m_path);
    return url;
}

Result<QUrl> LoopbackRedirectListener::wait(const Check &check, std::chrono::seconds timeout,
                                            const Between &between)
{
    if (!m_server.isListening())
        return Error{QStringLiteral("net.loopback_listen"), tr("not listening")};
    QDeadlineTimer deadline(timeout);
    const CancelToken cancel = CancelToken::current();
    Result<QUrl> result = Error{QStringLiteral("net.redirect_timeout"),
                                tr("the sign-in did not come back within %n minute(s)", nullptr,
                                   int(qMax<qint64>(1, timeout.count() / 60)))};
    while (!deadline.hasExpired()) {
        if (cancel.isCancelled()) {
            result = Error{QStringLiteral("net.cancelled"), tr("cancelled")};
            break;
        }
        if (between) {
            auto going = between();
            if (!going) {
                result = going.error();
                break;
            }
            if (going.value())
                deadline.setRemainingTime(timeout);
        }
        if (!m_server.waitForNewConnection(200))
            continue;
        std::unique_ptr<QTcpSocket> socket(m_server.nextPendingConnection());
        if (!socket)
            continue;
        if (serve(*socket, check, result) != Outcome::Ignored)
            break;
    }
    m_server.close(); // one sign-in, one answer
    return result;
}

LoopbackRedirectListener::Outcome
LoopbackRedirectListener::serve(QTcpSocket &socket, const Check &check, Result<QUrl> &result)
{
    QByteArray request;
    const QDeadlineTimer deadline(kReadMs);
    const CancelToken cancel = CancelToken::current();
    while (!request.contains("\r\n\r\n")) {
        if (request.size() > kMaxRequest || deadline.hasExpired() || cancel.isCancelled())
            return Outcome::Ignored; // not a browser's request: dropped unanswered
        if (socket.waitForReadyRead(
                int(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime())))))
            request += socket.read(kMaxRequest + 1 - request.size());
        else if (socket.state() != QAbstractSocket::ConnectedState)
            return Outcome::Ignored;
    }
    const QByteArray head = request.left(request.indexOf("\r\n\r\n"));
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray host;
    for (const QByteArray &line : lines)
        if (line.toLower().startsWith("host:"))
            host = line.mid(5).trimmed();
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(m_server.serverPort());
    if (requestLine.size() != 3 || requestLine.at(0) != "GET" || host != expectedHost) {
        answer(socket, 400, tr("This is not a request vcdesk expects."));
        return Outcome::Ignored;
    }
    const QUrl url = QUrl::fromEncoded("http://" + host + requestLine.at(1), QUrl::StrictMode);
    if (!url.isValid() || url.path() != m_path) {
        answer(socket, 404, tr("Not found."));
        return Outcome::Ignored;
    }
    auto verdict = check(url);
    if (!verdict) {
        answer(socket, 200,
               tr("The sign-in did not succeed. vcdesk says why; you can close this page."));
        result = verdict.error();
        return Outcome::Failed;
    }
    if (!verdict.value()) {
        answer(socket, 400, tr("This answer is not for vcdesk's sign-in, and was ignored."));
        return Outcome::Ignored;
    }
    // The code is not exchanged yet: the browser is not told more than that vcdesk has it.
    answer(socket, 200,
           tr("vcdesk has your sign-in and finishes in its own window: you can close this page "
              "and go back to it."));
    result = url;
    return Outcome::Accepted;
}

void LoopbackRedirectListener::answer(QTcpSocket &socket, int status, const QString &sentence)
{
    // A fixed sentence, never text from the request: nothing to escape, nothing to inject.
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>vcdesk"
                            "</title></head><body><p>" +
                            sentence.toHtmlEscaped().toUtf8() + "</p></body></html>";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) +
                      (status == 200   ? " OK"
                       : status == 404 ? " Not Found"
                                       : " Bad Request") +
                      "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                      QByteArray::number(body.size()) +
                      "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
                      "Connection: close\r\n\r\n";
    socket.write(head + body);
    socket.waitForBytesWritten(kReadMs);
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(200);
}

} // namespace vcdesk
