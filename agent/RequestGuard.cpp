#include "agent/RequestGuard.h"

#include "agent/GuardedTcpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <sys/socket.h>

namespace vcdesk {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 421:
        return QByteArrayLiteral("Misdirected Request");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, GuardedTcpServer &server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(&server)
    , m_framer(server.limits(), server.hosts())
{
    const RequestFramer::Limits limits = server.limits();
    // Room for the largest acceptable request with its chunked framing, and no more.
    m_socket->setReadBufferSize(limits.maxHeadBytes + 2 * limits.maxBodyBytes + 128 * 1024);
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::read);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_phase == Phase::HandedOver || m_phase == Phase::Done)
            return; // QHttpServer deletes the sockets it was given
        finish();
        m_socket->deleteLater();
    });
    QTimer::singleShot(kRequestTimeoutMs, this, [this] {
        if (m_phase == Phase::Reading)
            refuse(Error{QStringLiteral("408"), tr("the request did not arrive in time")});
    });
}

QByteArray RequestGuard::refusalResponse(const Error &refusal)
{
    const int status = refusal.code.toInt();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                                      {QStringLiteral("message"), refusal.message}})
                                .toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' +
           reasonPhrase(status) +
           QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") +
           QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") +
           body;
}

void RequestGuard::read()
{
    if (m_phase == Phase::Discarding) {
        discard();
        return;
    }
    if (m_phase != Phase::Reading)
        return;
    // Read inside a transaction: the bytes stay in the socket's buffer for QHttpServer.
    if (!m_socket->isTransactionStarted())
        m_socket->startTransaction();
    const QByteArray bytes = m_socket->read(m_socket->bytesAvailable());
    switch (m_framer.feed(bytes)) {
    case RequestFramer::State::Refused:
        refuse(*m_framer.refusal());
        break;
    case RequestFramer::State::Complete:
        handOver();
        break;
    default:
        break;
    }
}

void RequestGuard::handOver()
{
    m_socket->rollbackTransaction();
    m_phase = Phase::HandedOver;
    disconnect(m_socket, &QIODevice::readyRead, this, &RequestGuard::read);
    finish();
    if (!m_server) {
        m_socket->abort();
        return;
    }
    connect(m_socket, &QIODevice::bytesWritten, this, [this](qint64 bytes) { m_written += bytes; });
    m_server->handOver(m_socket); // QHttpServer connects to readyRead now ...
    // ... so this runs after it has answered the request, in the same emission. Emitted at
    // once (not queued), so a client that closes its side after sending is answered too.
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::answered);
    emit m_socket->readyRead();
}

void RequestGuard::answered()
{
    // One request per connection: whatever follows (a pipelined request) was not guarded.
    m_phase = Phase::Done;
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_written > 0 || m_socket->bytesToWrite() > 0) {
        m_socket->disconnectFromHost(); // after what is written is out
        return;
    }
    // The answer comes later (a QFuture response, e.g. a verification on a worker): close
    // once it is out, and give up on it after a while.
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
    QTimer::singleShot(kAnswerTimeoutMs, this, [this] {
        if (m_written == 0)
            m_socket->abort();
    });
}

void RequestGuard::refuse(const Error &refusal)
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // drop what was read
    m_phase = Phase::Discarding;
    finish();
    m_socket->setReadBufferSize(64 * 1024);
    m_socket->write(refusalResponse(refusal));
    // Close our side once the answer is out, and discard what the client is still sending
    // for a moment, so that closing does not reset the connection before it reads the answer.
    connect(m_socket, &QIODevice::bytesWritten, this, &RequestGuard::discard);
    m_socket->flush();
    discard();
    QTimer::singleShot(kLingerMs, this, [this] {
        m_socket->abort();
        m_socket->deleteLater();
    });
}

void RequestGuard::discard()
{
    if (!m_halfClosed && m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0) {
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        m_halfClosed = true;
    }
    m_discarded += m_socket->skip(m_socket->bytesAvailable());
    if (m_discarded > kMaxDiscardBytes) {
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void RequestGuard::finish()
{
    if (m_server && !m_released) {
        m_released = true;
        m_server->release();
    }
}

} // namespace vcdesk
