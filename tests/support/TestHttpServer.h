#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for tests: fixed routes, optional delays, counts hits.
// Real sockets, so clients are exercised exactly as against a remote server.

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace vcdesk::test {

class TestHttpServer : public QObject
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        int delayMs = 0;
        QByteArray location; // for redirects
    };

    TestHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }
    void route(const QByteArray &path, Response response) { m_routes.insert(path, response); }
    int hits(const QByteArray &path) const { return m_hits.value(path); }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            const QByteArray &buffer = m_buffers[socket];
            if (!buffer.contains("\r\n\r\n"))
                return;
            const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
            const QByteArray path = requestLine.split(' ').value(1);
            m_buffers.remove(socket);
            m_hits[path]++;
            const Response response =
                m_routes.value(path, Response{404, "{\"message\":\"not found\"}"});
            auto send = [socket, response] {
                QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
                head += "Content-Type: " + response.contentType + "\r\n";
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                if (!response.location.isEmpty())
                    head += "Location: " + response.location + "\r\n";
                head += "Connection: close\r\n\r\n";
                socket->write(head + response.body);
                socket->disconnectFromHost();
            };
            if (response.delayMs > 0)
                QTimer::singleShot(response.delayMs, socket, send);
            else
                send();
        });
    }

    QTcpServer m_server;
    QHash<QByteArray, Response> m_routes;
    QHash<QByteArray, int> m_hits;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace vcdesk::test
