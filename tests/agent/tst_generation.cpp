// POST /generate of seed 000 on both sides: vcdesk-agent's generation service in the
// flow-manager envelope, against GenerationClient; both result events. Only the issuer's
// apikey may ask for credentials signed in its name, only as JSON, only under the agent's own
// Host: what a web page can send (a form post, text/plain, a rebound DNS name) gets nothing.

#include "agent/AgentServer.h"
#include "core/api/GenerationClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/store/Sql.h"
#include "core/verify/CredentialInspector.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/RawHttp.h"
#include "support/ReportHelpers.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class GenerationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    QByteArray m_issuerKey;

    static constexpr const char *kEnvelope =
        R"({"key":"f","value":{"messageLabel":"generateVerifiableCredential",)"
        R"("messagePayload":{"id":"did:example:mallory","role":"admin"}}})";

    QByteArray key(const QString &party) const
    {
        return test::AgentDescription{m_agent->description()}.party(party, "apiKey").toLatin1();
    }

    /// Status slots handed out so far: a refused call must not take one.
    qint64 slotsUsed() const
    {
        return m_agent->run([](AgentServer &agent) {
            return Sql::scalar(agent.store().database(),
                               "SELECT coalesce(sum(next_index), 0) FROM status_lists")
                .value()
                .toLongLong();
        });
    }

    QByteArray host() const { return QUrl(m_agent->baseUrl()).authority().toLatin1(); }

private slots:
    void initTestCase()
    {
        auto agent = test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.path());
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
        m_issuerKey = key("issuer");
        QVERIFY(!m_issuerKey.isEmpty());
    }

    void generatedAndFailedEvents()
    {
        GenerationClient client(QUrl(m_agent->baseUrl()), m_issuerKey, test::loopbackPolicy());
        auto jwt = client.generate("flow-1", {{"id", "did:example:alice"}, {"givenName", "Alice"}});
        VCDESK_VERIFY_OK(jwt);
        InspectOptions options;
        options.network = test::loopbackPolicy();
        options.resolver = MultiMethodDidResolver::createDefault(test::loopbackPolicy());
        const auto inspection = CredentialInspector::inspect(jwt.value(), options).value();
        QCOMPARE(inspection.subject, QStringLiteral("did:example:alice"));
        QCOMPARE(inspection.claims.toObject().value("givenName").toString(),
                 QStringLiteral("Alice"));
        QCOMPARE(inspection.report.verdict(), ValidationReport::Verdict::Valid);

        const auto empty = client.generate("flow-2", {});
        QCOMPARE(empty.error().code, QStringLiteral("api.generation_failed"));
        QVERIFY(!empty.error().serverMessage.isEmpty());
        QCOMPARE(client.generate("flow-3", {{"id", "not a did"}}).error().code,
                 QStringLiteral("api.generation_failed"));

        // The raw service: a wrong label is a failed event; a non-envelope a 400.
        HttpClient http(test::loopbackPolicy());
        const QUrl url(m_agent->baseUrl() + "/generate");
        auto post = [&](const QByteArray &body) {
            HttpRequest request = HttpRequest::postJson(url, body);
            request.headers << qMakePair(QByteArray("apikey"), m_issuerKey);
            return request;
        };
        auto wrongLabel = http.sendAndWait(
            post(R"({"key":"f","value":{"messageLabel":"other","messagePayload":{"a":1}}})"));
        VCDESK_VERIFY_OK(wrongLabel);
        QVERIFY(wrongLabel->body.contains("verifiableCredentialGenerationFailed"));
        QCOMPARE(http.sendAndWait(post(R"({"value":{}})")).error().httpStatus, 400);
        QCOMPARE(http.sendAndWait(post("[1,2]")).error().httpStatus, 400);

        // The generated event as a file is one of the wrappers the inspector reads.
        auto event = http.sendAndWait(
            post(R"({"key":"f","value":{"messageLabel":"generateVerifiableCredential",)"
                 R"("messagePayload":{"degree":"BSc"}}})"));
        VCDESK_VERIFY_OK(event);
        const auto wrapped = CredentialInspector::inspect(event->body, options).value();
        QCOMPARE(wrapped.nested.size(), std::size_t(1));
        QCOMPARE(wrapped.nested.front().report.verdict(), ValidationReport::Verdict::Valid);
    }

    void onlyTheIssuersKeyGenerates_data()
    {
        QTest::addColumn<QString>("party"); // whose apikey; "" none, "?" a made-up one
        QTest::addColumn<int>("status");
        QTest::newRow("no apikey") << "" << 401;
        QTest::newRow("unknown apikey") << "?" << 401;
        QTest::newRow("holder") << "holder" << 403;
        QTest::newRow("verifier") << "verifier" << 403;
        QTest::newRow("hosted wallet") << "hosted-wallet" << 403;
        QTest::newRow("issuer") << "issuer" << 200;
    }
    void onlyTheIssuersKeyGenerates()
    {
        QFETCH(QString, party);
        QFETCH(int, status);
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (party == "?")
            headers << qMakePair(QByteArray("apikey"), QByteArray("bm90LWEta2V5"));
        else if (!party.isEmpty())
            headers << qMakePair(QByteArray("apikey"), key(party));
        const qint64 before = slotsUsed();
        const auto answer = test::rawExchange(
            QUrl(m_agent->baseUrl()),
            test::rawRequest("POST", "/generate", host(), headers, QByteArray(kEnvelope)));
        QCOMPARE(answer.status, status);
        if (status == 200) {
            QVERIFY(answer.body.contains("verifiableCredentialGenerated"));
            QCOMPARE(slotsUsed(), before + 1);
        } else {
            QCOMPARE(answer.json().value("status").toInt(), status);
            QVERIFY(!answer.json().value("message").toString().isEmpty());
            QVERIFY(!answer.body.contains("verifiableCredential"));
            QCOMPARE(slotsUsed(), before);
        }
    }

    void whatAWebPageCanSendGetsNothing_data()
    {
        QTest::addColumn<QByteArray>("hostHeader"); // "" the agent's own
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("status");
        QTest::newRow("form post, no key")
            << QByteArray() << QByteArray("text/plain") << false << 401;
        QTest::newRow("text/plain with the key")
            << QByteArray() << QByteArray("text/plain;charset=UTF-8") << true << 415;
        QTest::newRow("urlencoded with the key")
            << QByteArray() << QByteArray("application/x-www-form-urlencoded") << true << 415;
        QTest::newRow("multipart with the key")
            << QByteArray() << QByteArray("multipart/form-data; boundary=x") << true << 415;
        QTest::newRow("no content type") << QByteArray() << QByteArray() << true << 415;
        QTest::newRow("rebound DNS name")
            << QByteArray("attacker.example:%1") << QByteArray("application/json") << true << 421;
        QTest::newRow("another port")
            << QByteArray("127.0.0.1:1") << QByteArray("application/json") << true << 421;
        QTest::newRow("no port") << QByteArray("127.0.0.1") << QByteArray("application/json")
                                 << true << 421;
    }
    void whatAWebPageCanSendGetsNothing()
    {
        QFETCH(QByteArray, hostHeader);
        QFETCH(QByteArray, contentType);
        QFETCH(bool, withKey);
        QFETCH(int, status);
        const QByteArray port = QByteArray::number(QUrl(m_agent->baseUrl()).port());
        QList<QPair<QByteArray, QByteArray>> headers{{"Origin", "http://attacker.example"}};
        if (!contentType.isEmpty())
            headers << qMakePair(QByteArray("Content-Type"), contentType);
        if (withKey)
            headers << qMakePair(QByteArray("apikey"), m_issuerKey);
        const qint64 before = slotsUsed();
        const auto answer = test::rawExchange(
            QUrl(m_agent->baseUrl()),
            test::rawRequest("POST", "/generate",
                             hostHeader.isEmpty() ? host()
                                                  : QByteArray(hostHeader).replace("%1", port),
                             headers, QByteArray(kEnvelope)));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json().value("status").toInt(), status);
        QVERIFY(!answer.body.contains("verifiableCredential"));
        QCOMPARE(slotsUsed(), before);
    }

    void localhostIsTheAgentToo()
    {
        // Bound to loopback, "localhost:PORT" names the agent as well as "127.0.0.1:PORT".
        const QByteArray port = QByteArray::number(QUrl(m_agent->baseUrl()).port());
        const auto answer = test::rawExchange(
            QUrl(m_agent->baseUrl()),
            test::rawRequest("POST", "/generate", "LocalHost:" + port,
                             {{"Content-Type", "application/json"}, {"apikey", m_issuerKey}},
                             QByteArray(kEnvelope)));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("verifiableCredentialGenerated"));
        QVERIFY(answer.hasHeader("connection: close"));
        QVERIFY(answer.closed);
        GenerationClient client(QUrl("http://localhost:" + port), m_issuerKey,
                                test::loopbackPolicy());
        VCDESK_VERIFY_OK(client.generate("flow-localhost", {{"degree", "MSc"}}));
    }
};

QTEST_GUILESS_MAIN(GenerationTest)
#include "tst_generation.moc"
