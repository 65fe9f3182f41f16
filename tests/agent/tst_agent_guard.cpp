// vcdesk-agent's front door, against the process: bodies over the limit are refused before
// they are read (a huge Content-Length from the head alone, a chunked body while it arrives)
// and the agent's memory (VmRSS) stays small; oversized heads are refused; only the agent's
// own Host names get an answer; a chunked body within the limit is served; --bind localhost
// is loopback.

#include "support/RawHttp.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>

using namespace vcdesk;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

/// The resident memory of process `pid`, in bytes.
qint64 residentBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

QByteArray envelope()
{
    return R"({"key":"f","value":{"messageLabel":"generateVerifiableCredential",)"
           R"("messagePayload":{"degree":"BSc"}}})";
}

} // namespace

class AgentGuardTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_agent;
    QUrl m_base;
    QByteArray m_issuerKey;

    QByteArray host() const { return m_base.authority().toLatin1(); }

    /// Writes `head` and then `chunk` again and again (at most `limit` bytes in all) until
    /// the agent answers; the answer.
    test::RawAnswer flood(const QByteArray &head, const QByteArray &chunk, qint64 limit,
                          qint64 *sent)
    {
        *sent = head.size();
        return test::rawExchange(m_base, head, [&](QTcpSocket &socket) {
            if (*sent + chunk.size() > limit)
                return;
            socket.write(chunk);
            *sent += chunk.size();
        });
    }

private slots:
    void initTestCase()
    {
        m_agent.start(QStringLiteral(VCDESK_AGENT_BINARY), {"--port", "0", "--data", m_dir.path()});
        QVERIFY(m_agent.waitForReadyRead(15000));
        m_base = QUrl(QString::fromUtf8(m_agent.readLine()).trimmed());
        QVERIFY2(m_base.port() > 0, qPrintable(m_base.toString()));
        QFile json(m_dir.filePath("agent.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        for (const QJsonValue &party :
             QJsonDocument::fromJson(json.readAll()).object().value("parties").toArray())
            if (party.toObject().value("name").toString() == "issuer")
                m_issuerKey = party.toObject().value("apiKey").toString().toLatin1();
        QVERIFY(!m_issuerKey.isEmpty());
    }

    void cleanupTestCase()
    {
        m_agent.terminate();
        m_agent.waitForFinished(5000);
    }

    void aHugeContentLengthIsRefusedFromTheHead()
    {
        const qint64 before = residentBytes(m_agent.processId());
        QVERIFY(before > 0);
        // 1.5 GB announced; the client keeps sending until it hears back (64 MiB at most).
        qint64 sent = 0;
        const test::RawAnswer answer = flood(test::rawRequest("POST", "/generate", host(),
                                                              {{"Content-Type", "application/json"},
                                                               {"apikey", m_issuerKey},
                                                               {"Content-Length", "1500000000"}}),
                                             QByteArray(kMiB, 'x'), 64 * kMiB, &sent);
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.json().value("status").toInt(), 413);
        QVERIFY(!answer.json().value("message").toString().isEmpty());
        QVERIFY(answer.hasHeader("connection: close"));
        const qint64 after = residentBytes(m_agent.processId());
        qInfo("sent %lld MiB; agent RSS %lld MiB before, %lld MiB after", sent / kMiB,
              before / kMiB, after / kMiB);
        QVERIFY2(after < before + 32 * kMiB, qPrintable(QString::number(after - before)));
    }

    void aChunkedBodyIsCappedWhileItArrives()
    {
        const qint64 before = residentBytes(m_agent.processId());
        // Chunks of 64 KiB, no end announced: refused once the body passes the limit.
        const QByteArray data(64 * 1024, 'x');
        const QByteArray chunk = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
        qint64 sent = 0;
        const test::RawAnswer answer = flood(test::rawRequest("POST", "/generate", host(),
                                                              {{"Content-Type", "application/json"},
                                                               {"apikey", m_issuerKey},
                                                               {"Transfer-Encoding", "chunked"}}),
                                             chunk, 256 * kMiB, &sent);
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.json().value("status").toInt(), 413);
        const qint64 after = residentBytes(m_agent.processId());
        qInfo("sent %lld MiB; agent RSS %lld MiB before, %lld MiB after", sent / kMiB,
              before / kMiB, after / kMiB);
        QVERIFY2(after < before + 32 * kMiB, qPrintable(QString::number(after - before)));

        // One chunk announcing more than the limit is refused before its data.
        const test::RawAnswer announced =
            test::rawExchange(m_base, test::rawRequest("POST", "/generate", host(),
                                                       {{"Content-Type", "application/json"},
                                                        {"apikey", m_issuerKey},
                                                        {"Transfer-Encoding", "chunked"}},
                                                       "5f5e100\r\n"));
        QCOMPARE(announced.status, 413);
    }

    void aChunkedBodyWithinTheLimitIsServed()
    {
        QByteArray body;
        const QByteArray json = envelope();
        for (qsizetype at = 0; at < json.size(); at += 7) {
            const QByteArray piece = json.mid(at, 7);
            body += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        body += "0\r\n\r\n";
        const test::RawAnswer answer =
            test::rawExchange(m_base, test::rawRequest("POST", "/generate", host(),
                                                       {{"Content-Type", "application/json"},
                                                        {"apikey", m_issuerKey},
                                                        {"Transfer-Encoding", "chunked"}},
                                                       body));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("verifiableCredentialGenerated"));
        QVERIFY(answer.closed); // one request per connection
    }

    void aClientThatClosesItsSideAfterSendingIsAnswered()
    {
        // Some clients shut down their sending side once the request is out.
        const test::RawAnswer answer = test::rawExchange(
            m_base,
            test::rawRequest("POST", "/generate", host(),
                             {{"Content-Type", "application/json"}, {"apikey", m_issuerKey}},
                             envelope()),
            [](QTcpSocket &socket) { ::shutdown(int(socket.socketDescriptor()), SHUT_WR); });
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("verifiableCredentialGenerated"));
    }

    void malformedFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("extraHeaders");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("length and chunked")
            << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n")
            << QByteArray("0\r\n\r\n") << 400;
        QTest::newRow("two lengths")
            << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n") << QByteArray("{}") << 400;
        QTest::newRow("negative length")
            << QByteArray("Content-Length: -1\r\n") << QByteArray() << 400;
        QTest::newRow("gzip coding")
            << QByteArray("Transfer-Encoding: gzip\r\n") << QByteArray() << 400;
        QTest::newRow("trailers") << QByteArray("Transfer-Encoding: chunked\r\n")
                                  << QByteArray("2\r\n{}\r\n0\r\nX-Sum: 1\r\n\r\n") << 400;
        QTest::newRow("a head over 16 KiB")
            << QByteArray("X-Padding: " + QByteArray(20 * 1024, 'p') + "\r\n") << QByteArray()
            << 431;
    }
    void malformedFramingIsRefused()
    {
        QFETCH(QByteArray, extraHeaders);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const QByteArray request = "POST /generate HTTP/1.1\r\nHost: " + host() +
                                   "\r\nContent-Type: application/json\r\napikey: " + m_issuerKey +
                                   "\r\n" + extraHeaders + "\r\n" + body;
        const test::RawAnswer answer = test::rawExchange(m_base, request);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json().value("status").toInt(), status);
    }

    void onlyTheAgentsOwnHostIsAnswered_data()
    {
        QTest::addColumn<QByteArray>("head"); // %1: the agent's port
        QTest::addColumn<int>("status");
        QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1:%1\r\n") << 200;
        QTest::newRow("localhost") << QByteArray("Host: localhost:%1\r\n") << 200;
        QTest::newRow("rebound name") << QByteArray("Host: attacker.example:%1\r\n") << 421;
        QTest::newRow("other port") << QByteArray("Host: 127.0.0.1:80\r\n") << 421;
        QTest::newRow("no port") << QByteArray("Host: localhost\r\n") << 421;
        QTest::newRow("IPv6 loopback") << QByteArray("Host: [::1]:%1\r\n") << 421; // not bound
        QTest::newRow("no Host") << QByteArray() << 400;
        QTest::newRow("two Hosts") << QByteArray("Host: 127.0.0.1:%1\r\nHost: evil:%1\r\n") << 400;
    }
    void onlyTheAgentsOwnHostIsAnswered()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        head.replace("%1", QByteArray::number(m_base.port()));
        const QByteArray body = envelope();
        const test::RawAnswer answer = test::rawExchange(
            m_base, "POST /generate HTTP/1.1\r\n" + head +
                        "Content-Type: application/json\r\napikey: " + m_issuerKey +
                        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                        body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body.contains("verifiableCredentialGenerated"), status == 200);
    }

    void bindLocalhostIsLoopback()
    {
        QTemporaryDir dir;
        QProcess agent;
        agent.start(QStringLiteral(VCDESK_AGENT_BINARY),
                    {"--bind", "localhost", "--port", "0", "--data", dir.path()});
        QVERIFY(agent.waitForReadyRead(15000));
        const QUrl base(QString::fromUtf8(agent.readLine()).trimmed());
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        const test::RawAnswer answer = test::rawExchange(
            base, test::rawRequest("GET", "/status/none",
                                   "localhost:" + QByteArray::number(base.port())));
        QCOMPARE(answer.status, 404); // the agent's own JSON 404
        QCOMPARE(answer.json().value("status").toInt(), 404);
        agent.terminate();
        QVERIFY(agent.waitForFinished(5000));
        // Anything that is not loopback is still refused.
        QProcess exposed;
        exposed.start(QStringLiteral(VCDESK_AGENT_BINARY),
                      {"--bind", "localhost.example", "--data", dir.filePath("other")});
        QVERIFY(exposed.waitForFinished(15000));
        QCOMPARE(exposed.exitCode(), 64);
        QVERIFY(exposed.readAllStandardError().contains("loopback"));
    }
};

QTEST_GUILESS_MAIN(AgentGuardTest)
#include "tst_agent_guard.moc"
