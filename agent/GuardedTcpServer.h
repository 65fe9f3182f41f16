#pragma once

#include "agent/RequestFramer.h"

#include <QHostAddress>
#include <QTcpServer>

namespace vcdesk {

/// The listening socket in front of QHttpServer. Qt 6.4's QHttpServer reads a whole request
/// into memory (twice, in a transaction) before any route sees it, and answers any Host. So
/// every connection first belongs to a RequestGuard, which frames one request against the
/// limits and the agent's own Host names and only then hands the socket to QHttpServer (one
/// request per connection). At most kMaxGuarded connections are being read at once; beyond
/// that the server stops accepting until one is done.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int kMaxGuarded = 128;

    explicit GuardedTcpServer(RequestFramer::Limits limits, QObject *parent = nullptr);

    /// Listens on a loopback `address`; the Host values accepted are then that address and
    /// "localhost", with the port bound.
    bool listenOn(const QHostAddress &address, quint16 port);
    const QStringList &hosts() const { return m_hosts; }
    RequestFramer::Limits limits() const { return m_limits; }

    /// A guarded connection whose request is complete goes to QHttpServer.
    void handOver(QTcpSocket *socket);
    /// A guarded connection is over (handed over or refused).
    void release();

protected:
    void incomingConnection(qintptr handle) override;

private:
    RequestFramer::Limits m_limits;
    QStringList m_hosts;
    int m_guarded = 0;
};

} // namespace vcdesk
