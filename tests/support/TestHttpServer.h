#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for tests: fixed routes (or a sequence of answers per
// route), delays, truncated bodies, extra headers; counts hits and keeps the last request of
// each path. Real sockets, so clients are exercised exactly as against a remote server.
// With a certificate it speaks TLS (QSslServer).
//
// It serves from a thread of its own, so a test may call a blocking engine function (which
// waits on a promise, never on the test's event loop) and still be answered.

#include "support/ServingThread.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace vcdesk::test {

class TestHttpServerEngine : public QObject
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
        QByteArray target; // the request line's path with its query
    };
    /// Answers every request to a path (its query left aside), on the server's thread.
    using Handler = std::function<Response(const Request &)>;

    TestHttpServerEngine() { start(m_plain); }
    /// A TLS server with this certificate and key (PEM).
    TestHttpServerEngine(const QByteArray &certificatePem, const QByteArray &keyPem)
        : m_tls(true)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certificatePem));
        config.setPrivateKey(QSslKey(keyPem, QSsl::Ec));
        m_secure.setSslConfiguration(config);
        // Counted when a client connects, even if the handshake then fails.
        QObject::connect(&m_secure, &QSslServer::startedEncryptionHandshake, this, [this] {
            QMutexLocker lock(&m_mutex);
            ++m_connections;
        });
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
    void route(const QByteArray &path, Response response)
    {
        QMutexLocker lock(&m_mutex);
        m_routes.insert(path, {response});
    }
    void handle(const QByteArray &path, Handler handler)
    {
        QMutexLocker lock(&m_mutex);
        m_handlers.insert(path, std::move(handler));
    }
    /// The n-th hit gets the n-th answer; the last one repeats.
    void routeSequence(const QByteArray &path, QList<Response> responses)
    {
        QMutexLocker lock(&m_mutex);
        m_routes.insert(path, responses);
    }
    int hits(const QByteArray &path) const
    {
        QMutexLocker lock(&m_mutex);
        return m_hits.value(path);
    }
    /// Connections accepted (TLS: handshakes started), whatever became of them.
    int connections() const
    {
        QMutexLocker lock(&m_mutex);
        return m_connections;
    }
    Request lastRequest(const QByteArray &path) const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests.value(path);
    }

private:
    void start(QTcpServer &server)
    {
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                if (!m_tls) {
                    QMutexLocker lock(&m_mutex);
                    ++m_connections;
                }
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
            QList<Response> answers;
            int hit = 0;
            Handler handler;
            const QByteArray bare = path.contains('?') ? path.left(path.indexOf('?')) : path;
            const Request request{requestLine.split(' ').value(0), head,
                                  buffer.mid(headEnd + 4, length), path};
            {
                QMutexLocker lock(&m_mutex);
                m_requests[path] = request;
                if (bare != path)
                    m_requests[bare] = request;
                hit = m_hits[path]++;
                if (bare != path)
                    ++m_hits[bare];
                handler = m_handlers.value(bare);
                answers = m_routes.value(path, {Response{404, "{\"message\":\"not found\"}"}});
            }
            m_buffers.remove(socket);
            const Response response =
                handler ? handler(request) : answers.at(qMin(hit, int(answers.size()) - 1));
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

    mutable QMutex m_mutex; // guards what the test's thread reads and writes
    bool m_tls = false;
    QTcpServer m_plain;
    QSslServer m_secure;
    QHash<QByteArray, QList<Response>> m_routes;
    QHash<QByteArray, Handler> m_handlers;
    QHash<QByteArray, int> m_hits;
    int m_connections = 0;
    QHash<QByteArray, Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// The server as tests use it: the engine above, made and served in its own thread.
class TestHttpServer
{
public:
    using Response = TestHttpServerEngine::Response;
    using Request = TestHttpServerEngine::Request;

    TestHttpServer()
    {
        make([] { return new TestHttpServerEngine; });
    }
    TestHttpServer(const QByteArray &certificatePem, const QByteArray &keyPem)
    {
        make([=] { return new TestHttpServerEngine(certificatePem, keyPem); });
    }
    ~TestHttpServer()
    {
        m_serving.run([this] { delete m_engine; });
    }

    quint16 port() const { return m_engine->port(); }
    QUrl url(const QString &path) const { return m_engine->url(path); }
    void route(const QByteArray &path, Response response) { m_engine->route(path, response); }
    void routeSequence(const QByteArray &path, QList<Response> responses)
    {
        m_engine->routeSequence(path, responses);
    }
    void handle(const QByteArray &path, TestHttpServerEngine::Handler handler)
    {
        m_engine->handle(path, std::move(handler));
    }
    int hits(const QByteArray &path) const { return m_engine->hits(path); }
    int connections() const { return m_engine->connections(); }
    Request lastRequest(const QByteArray &path) const { return m_engine->lastRequest(path); }

private:
    template<typename Make> void make(Make make)
    {
        m_serving.run([&] { m_engine = make(); });
    }

    ServingThread m_serving;
    TestHttpServerEngine *m_engine = nullptr; // lives in m_serving; port and url never change
};

} // namespace vcdesk::test
