#include "core/net/InstanceChannel.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace vcdesk {

namespace {

/// How long a connected client may take to say what it wants.
constexpr int kServeTimeoutMs = 3000;

Error error(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
{
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::defaultPath()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/vcdesk.socket");
    return QDir::tempPath() + QStringLiteral("/vcdesk-%1.socket")
                                  .arg(qEnvironmentVariable("USER", QStringLiteral("user")));
}

Status InstanceChannel::listen(const QString &path)
{
    if (m_server)
        return error("instance.listening", tr("this window already listens"));
    {
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return error("instance.running", tr("another vcdesk is running"));
        }
    }
    QLocalServer::removeServer(path); // nobody answered: a socket left behind
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(path))
        return error("instance.unavailable",
                     tr("cannot listen at %1: %2").arg(path, server->errorString()));
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return {};
}

void InstanceChannel::serve(QLocalSocket *socket)
{
    // A client that says nothing (or too much) is dropped; the window never waits for it.
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, &QLocalSocket::abort);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > kMaxBytes)
                socket->abort();
            return;
        }
        const QByteArray line = socket->readLine(kMaxBytes + 1);
        if (!line.endsWith('\n')) {
            socket->abort();
            return;
        }
        const QString argument = QString::fromUtf8(line.chopped(1));
        socket->write("ok\n");
        socket->disconnectFromServer();
        emit received(argument);
    });
    timeout->start(kServeTimeoutMs);
}

Status InstanceChannel::hand(const QString &path, const QString &argument, int timeoutMs)
{
    const QByteArray line = argument.toUtf8() + '\n';
    if (line.size() > kMaxBytes)
        return error("instance.too_large", tr("the argument is too long to hand over"));
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(timeoutMs))
        return error("instance.none", tr("no vcdesk is running"));
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs))
        return error("instance.no_answer", tr("the running vcdesk did not take the link"));
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return error("instance.no_answer", tr("the running vcdesk did not answer"));
    if (socket.readLine(16) != "ok\n")
        return error("instance.no_answer", tr("the running vcdesk did not take the link"));
    return {};
}

} // namespace vcdesk
