#pragma once

// HTTP as a hostile client writes it: exact bytes over a plain QTcpSocket (any Host, any
// Content-Type, lying lengths, chunked bodies), and the answer read until the server closes.
// Waits in an event loop, so it works against a server in the same thread.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace vcdesk::test {

struct RawAnswer
{
    int status = 0; // 0: no answer at all
    QByteArray head;
    QByteArray body;
    bool closed = false; // the server closed the connection

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool hasHeader(const QByteArray &line) const { return head.toLower().contains(line.toLower()); }
};

/// A request line and head ("Host" first when given; a Content-Length for a body unless the
/// headers frame it themselves), then the body as is.
inline QByteArray rawRequest(const QByteArray &method, const QByteArray &path,
                             const QByteArray &host,
                             const QList<QPair<QByteArray, QByteArray>> &headers = {},
                             const QByteArray &body = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\n";
    if (!host.isNull())
        out += "Host: " + host + "\r\n";
    bool framed = false;
    for (const auto &header : headers) {
        out += header.first + ": " + header.second + "\r\n";
        const QByteArray name = header.first.toLower();
        framed = framed || name == "content-length" || name == "transfer-encoding";
    }
    if (!body.isEmpty() && !framed)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

inline RawAnswer parseRawAnswer(const QByteArray &all, bool closed)
{
    RawAnswer answer;
    answer.closed = closed;
    const qsizetype end = all.indexOf("\r\n\r\n");
    if (!all.startsWith("HTTP/1.") || end < 0)
        return answer;
    answer.head = all.left(end);
    answer.status = all.mid(9, 3).toInt();
    answer.body = all.mid(end + 4);
    return answer;
}

/// Connects to `base` (host and port), writes `bytes`, then calls `more` (if any) each time
/// the bytes written so far have left, until it writes nothing more or an answer arrives;
/// reads until the server closes or `timeoutMs` passes.
inline RawAnswer rawExchange(const QUrl &base, const QByteArray &bytes,
                             const std::function<void(QTcpSocket &)> &more = {},
                             int timeoutMs = 15000)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket.state() != QAbstractSocket::ConnectedState)
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::bytesWritten, &loop, [&] {
        if (more && received.isEmpty() && socket.bytesToWrite() == 0)
            more(socket);
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(base.host(), quint16(base.port()));
    loop.exec();
    received += socket.readAll();
    return parseRawAnswer(received, closed);
}

} // namespace vcdesk::test
