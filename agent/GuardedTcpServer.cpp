#include "agent/GuardedTcpServer.h"

#include "agent/RequestGuard.h"

#include <QTcpSocket>

namespace vcdesk {

GuardedTcpServer::GuardedTcpServer(RequestFramer::Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

bool GuardedTcpServer::listenOn(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback() || !listen(address, port))
        return false;
    const QString bound = QString::number(serverPort());
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    m_hosts = QStringList{host.toLower() + QLatin1Char(':') + bound,
                          QStringLiteral("localhost:") + bound};
    return true;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        socket->deleteLater();
        return;
    }
    new RequestGuard(socket, *this); // a child of the socket
    if (++m_guarded >= kMaxGuarded)
        pauseAccepting();
}

void GuardedTcpServer::handOver(QTcpSocket *socket)
{
    // Qt 6.4: this emits pendingConnectionAvailable, on which QHttpServer takes the socket.
    addPendingConnection(socket);
}

void GuardedTcpServer::release()
{
    if (--m_guarded < kMaxGuarded)
        resumeAccepting();
}

} // namespace vcdesk
