#pragma once

#include "agent/RequestFramer.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace vcdesk {

class GuardedTcpServer;

/// One connection until its request is known to be acceptable. It reads the bytes inside a
/// QIODevice transaction (so they can be given back), feeds them to a RequestFramer, and then
/// either rolls the transaction back and hands the socket to QHttpServer, closing the
/// connection once that one request is answered, or answers the refusal itself
/// ({"status", "message"}, Connection: close), discards what the client still sends for a
/// short while (so the client can read the answer) and closes. The socket's read buffer is
/// capped, so a connection never holds more than the limits allow.
class RequestGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRequestTimeoutMs = 30000;
    static constexpr int kLingerMs = 2000;
    /// How long an answer that comes later (a QFuture response) may take.
    static constexpr int kAnswerTimeoutMs = 60000;
    static constexpr qint64 kMaxDiscardBytes = 64 * 1024 * 1024;

    RequestGuard(QTcpSocket *socket, GuardedTcpServer &server);

    /// The raw HTTP answer the guard writes for a refusal.
    static QByteArray refusalResponse(const Error &refusal);

private:
    enum class Phase { Reading, HandedOver, Discarding, Done };

    void read();
    void handOver();
    void answered();
    void refuse(const Error &refusal);
    void discard();
    void finish();

    QTcpSocket *m_socket;
    QPointer<GuardedTcpServer> m_server;
    RequestFramer m_framer;
    Phase m_phase = Phase::Reading;
    qint64 m_discarded = 0;
    bool m_halfClosed = false;
    bool m_released = false;
    qint64 m_written = 0; // since the request was handed over
};

} // namespace vcdesk
