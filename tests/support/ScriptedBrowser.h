#pragma once

// The person's browser in the authorization code flow, scripted: it loads the sign-in page,
// follows the redirects (as a browser would, without cookies or JavaScript) and ends at the
// wallet's loopback port. Plain blocking sockets on its own thread, so the wallet may block
// waiting for it; http on loopback only.

#include <QByteArray>
#include <QTcpSocket>
#include <QUrl>
#include <thread>

namespace vcdesk::test {

struct BrowserPage
{
    int status = 0;
    QByteArray location;
    QByteArray body;
};

/// One GET, with the Host header a browser sends (or `host` instead).
inline BrowserPage browserGet(const QUrl &url, const QByteArray &host = {})
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    BrowserPage page;
    if (!socket.waitForConnected(5000))
        return page;
    const QByteArray target =
        url.path(QUrl::FullyEncoded).toLatin1() +
        (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
    const QByteArray hostHeader =
        host.isEmpty() ? (url.host() + ':' + QString::number(url.port(80))).toLatin1() : host;
    socket.write("GET " + target + " HTTP/1.1\r\nHost: " + hostHeader +
                 "\r\nUser-Agent: vcdesk-test-browser\r\nConnection: close\r\n\r\n");
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    const QByteArray head = answer.left(headEnd);
    page.status = head.split(' ').value(1).toInt();
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("location:"))
            page.location = line.mid(9).trimmed();
    page.body = headEnd < 0 ? QByteArray() : answer.mid(headEnd + 4);
    return page;
}

class ScriptedBrowser
{
public:
    ~ScriptedBrowser() { join(); }

    /// Loads `url` on the browser's thread and follows up to 5 redirects. `before` runs first
    /// on that thread (e.g. a forged visit to the wallet's port).
    void open(const QUrl &url, std::function<void()> before = {})
    {
        join();
        opened = url;
        m_thread = std::thread([this, url, before] {
            if (before)
                before();
            QUrl next = url;
            for (int hop = 0; hop < 5; ++hop) {
                last = browserGet(next);
                if (last.status < 300 || last.status >= 400 || last.location.isEmpty())
                    break;
                next = next.resolved(QUrl::fromEncoded(last.location));
                landed = next;
            }
        });
    }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    QUrl opened;
    QUrl landed;      // the last redirect's target
    BrowserPage last; // the page it ended on

private:
    std::thread m_thread;
};

} // namespace vcdesk::test
