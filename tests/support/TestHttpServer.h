#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for tests: fixed routes (or a sequence of answers per
// route), delays, truncated bodies, extra headers; counts hits and keeps the last request of
// each path. Real sockets, so clients are exercised exactly as against a remote server.
// With a certificate it speaks TLS (QSslServer).

#include <QByteArray>
#include <QHash>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
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
        QList<QPair<QByteArray, QByteArray>> headers;
        bool truncate = false; // promise the whole body, send half, close
    };
    struct Request
    {
        QByteArray method;
        QByteArray head;
        QByteArray body;
    };

    TestHttpServer() { start(m_plain); }
    /// A TLS server with this certificate and key (PEM).
    TestHttpServer(const QByteArray &certificatePem, const QByteArray &keyPem)
        : m_tls(true)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certificatePem));
        config.setPrivateKey(QSslKey(keyPem, QSsl::Ec));
        m_secure.setSslConfiguration(config);
        // Counted when a client connects, even if the handshake then fails.
        QObject::connect(&m_secure, &QSslServer::startedEncryptionHandshake, this,
                         [this] { ++m_connections; });
        start(m_secure);
    }

    quint16 port() const { return m_tls ? m_secure.serverPort() : m_plain.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(m_tls ? "https" : "http")
                        .arg(port())
                        .arg(path));
    }
    void route(const QByteArray &path, Response response) { m_routes.insert(path, {response}); }
    /// The n-th hit gets the n-th answer; the last one repeats.
    void routeSequence(const QByteArray &path, QList<Response> responses)
    {
        m_routes.insert(path, responses);
    }
    int hits(const QByteArray &path) const { return m_hits.value(path); }
    /// Connections accepted (TLS: handshakes started), whatever became of them.
    int connections() const { return m_connections; }
    Request lastRequest(const QByteArray &path) const { return m_requests.value(path); }

private:
    void start(QTcpServer &server)
    {
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                if (!m_tls)
                    ++m_connections;
                serve(socket);
            }
        });
    }

    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            const QByteArray &buffer = m_buffers[socket];
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return; // the body is still coming
            const QByteArray requestLine = head.left(head.indexOf("\r\n"));
            const QByteArray path = requestLine.split(' ').value(1);
            m_requests[path] =
                Request{requestLine.split(' ').value(0), head, buffer.mid(headEnd + 4, length)};
            m_buffers.remove(socket);
            const int hit = m_hits[path]++;
            const QList<Response> answers =
                m_routes.value(path, {Response{404, "{\"message\":\"not found\"}"}});
            const Response response = answers.at(qMin(hit, int(answers.size()) - 1));
            auto send = [socket, response] {
                QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
                head += "Content-Type: " + response.contentType + "\r\n";
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                if (!response.location.isEmpty())
                    head += "Location: " + response.location + "\r\n";
                for (const auto &header : response.headers)
                    head += header.first + ": " + header.second + "\r\n";
                head += "Connection: close\r\n\r\n";
                socket->write(head + (response.truncate
                                          ? response.body.left(response.body.size() / 2)
                                          : response.body));
                socket->disconnectFromHost();
            };
            if (response.delayMs > 0)
                QTimer::singleShot(response.delayMs, socket, send);
            else
                send();
        });
    }

    bool m_tls = false;
    QTcpServer m_plain;
    QSslServer m_secure;
    QHash<QByteArray, QList<Response>> m_routes;
    QHash<QByteArray, int> m_hits;
    int m_connections = 0;
    QHash<QByteArray, Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace vcdesk::test
