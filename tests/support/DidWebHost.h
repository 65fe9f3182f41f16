#pragma once

// A did:web host on loopback for tests of a verifier that must (or must not) fetch a holder's
// DID document over plain http from this computer.

#include "core/crypto/Jwk.h"
#include "support/ServingThread.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <atomic>

namespace vcdesk::test {

/// A did:web host on loopback: serves one DID document over plain http and counts the plain
/// requests; anything else (a TLS handshake) is hung up on at once. It serves from its own
/// thread: the agent's verifier fetches from it while the test waits.
class DidWebHost
{
public:
    Issuer holder; // its key; its did and kid are did:web ones
    std::atomic<int> plainRequests = 0;
    std::atomic<int> otherContacts = 0;
    /// How long it waits before it answers (a slow host), and how many answers it sent.
    std::atomic<int> answerDelayMs = 0;
    std::atomic<int> answersSent = 0;

    DidWebHost()
    {
        m_serving.run([this] { listen(); });
    }
    ~DidWebHost()
    {
        m_serving.run([this] { delete m_server; });
    }

private:
    void listen()
    {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        holder.key = PrivateKey::generate(KeyType::P256);
        holder.did = QStringLiteral("did:web:127.0.0.1%3A%1").arg(m_server->serverPort());
        holder.kid = holder.did + "#k1";
        const QJsonObject document{
            {"id", holder.did},
            {"verificationMethod",
             QJsonArray{QJsonObject{{"id", holder.kid},
                                    {"type", "JsonWebKey2020"},
                                    {"controller", holder.did},
                                    {"publicKeyJwk", Jwk::fromPublicKey(holder.key.publicKey())}}}},
            {"authentication", QJsonArray{"#k1"}},
            {"assertionMethod", QJsonArray{"#k1"}}};
        const QByteArray body = QJsonDocument(document).toJson(QJsonDocument::Compact);
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, [this, body] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, body] {
                    const QByteArray seen = socket->peek(4);
                    if (!seen.startsWith("GET ") && seen.size() >= 4) {
                        ++otherContacts;
                        socket->abort();
                        return;
                    }
                    if (!socket->peek(64 * 1024).contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    ++plainRequests;
                    const auto answer = [this, socket, body] {
                        ++answersSent;
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Content-Length: " +
                                      QByteArray::number(body.size()) +
                                      "\r\nConnection: close\r\n\r\n" + body);
                        socket->disconnectFromHost();
                    };
                    if (answerDelayMs > 0)
                        QTimer::singleShot(answerDelayMs.load(), socket, answer);
                    else
                        answer();
                });
            }
        });
    }

    ServingThread m_serving;
    QTcpServer *m_server = nullptr; // lives in m_serving
};

} // namespace vcdesk::test
