#include "core/net/LoopbackRedirectListener.h"

#include "core/codec/Base64Url.h"
#include "core/common/CancelToken.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace vcdesk {

namespace {

constexpr int kReadMs = 5000; // a browser sends its request at once

} // namespace

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    m_server.close();
}

Status LoopbackRedirectListener::listen()
{
    // The path is random too: a page that finds the port still has to guess where to knock.
    // (QRandomGenerator::system() reads the operating system's random source; net does not
    // reach into crypto.)
    QByteArray random(12, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    m_path = QStringLiteral("/vcdesk/") + QString::fromLatin1(Base64Url::encode(random));
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

Result<QUrl> LoopbackRedirectListener::wait(const Check &check, std::chrono::seconds timeout)
{
    if (!m_server.isListening())
        return Error{QStringLiteral("net.loopback_listen"), tr("not listening")};
    const QDeadlineTimer deadline(timeout);
    const CancelToken cancel = CancelToken::current();
    Result<QUrl> result = Error{QStringLiteral("net.redirect_timeout"),
                                tr("the sign-in did not come back within %n minute(s)", nullptr,
                                   int(qMax<qint64>(1, timeout.count() / 60)))};
    while (!deadline.hasExpired()) {
        if (cancel.isCancelled()) {
            result = Error{QStringLiteral("net.cancelled"), tr("cancelled")};
            break;
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
    while (!request.contains("\r\n\r\n")) {
        if (request.size() > kMaxRequest || deadline.hasExpired() ||
            !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return Outcome::Ignored; // not a browser's request: dropped unanswered
        request += socket.read(kMaxRequest + 1 - request.size());
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
    answer(socket, 200, tr("Signed in. You can close this page and go back to vcdesk."));
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
        socket.waitForDisconnected(1000);
}

} // namespace vcdesk
