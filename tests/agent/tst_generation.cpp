// POST /generate of seed 000 on both sides: vcdesk-agent's generation service in the
// flow-manager envelope, against GenerationClient; both result events.

#include "agent/AgentServer.h"
#include "core/api/GenerationClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class GenerationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AgentServer> m_agent;

private slots:
    void initTestCase()
    {
        auto agent = AgentServer::start(QHostAddress::LocalHost, 0, m_dir.path());
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
    }

    void generatedAndFailedEvents()
    {
        GenerationClient client(QUrl(m_agent->baseUrl()), test::loopbackPolicy());
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
        auto wrongLabel = http.sendAndWait(HttpRequest::postJson(
            url, R"({"key":"f","value":{"messageLabel":"other","messagePayload":{"a":1}}})"));
        VCDESK_VERIFY_OK(wrongLabel);
        QVERIFY(wrongLabel->body.contains("verifiableCredentialGenerationFailed"));
        QCOMPARE(http.sendAndWait(HttpRequest::postJson(url, R"({"value":{}})")).error().httpStatus,
                 400);
        QCOMPARE(http.sendAndWait(HttpRequest::postJson(url, "[1,2]")).error().httpStatus, 400);

        // The generated event as a file is one of the wrappers the inspector reads.
        auto event = http.sendAndWait(HttpRequest::postJson(
            url, R"({"key":"f","value":{"messageLabel":"generateVerifiableCredential",)"
                 R"("messagePayload":{"degree":"BSc"}}})"));
        VCDESK_VERIFY_OK(event);
        const auto wrapped = CredentialInspector::inspect(event->body, options).value();
        QCOMPARE(wrapped.nested.size(), std::size_t(1));
        QCOMPARE(wrapped.nested.front().report.verdict(), ValidationReport::Verdict::Valid);
    }
};

QTEST_GUILESS_MAIN(GenerationTest)
#include "tst_generation.moc"
