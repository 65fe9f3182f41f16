// vcdesk-agent as a process: it binds loopback only, prints its base URL, writes agent.json
// owner-only, answers unknown paths with JSON, and its revoke and define commands act on the
// state of a running agent.

#include "core/api/IssuerAgentClient.h"
#include "core/api/VerifierApiClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "support/AgentDescription.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished runAgent(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(VCDESK_AGENT_BINARY), args);
    if (!process.waitForFinished(30000))
        qFatal("vcdesk-agent did not finish");
    return Finished{process.exitCode(), process.readAllStandardOutput(),
                    process.readAllStandardError()};
}

} // namespace

class AgentCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_agent;
    QString m_baseUrl;
    QJsonObject m_description;

private slots:
    void initTestCase()
    {
        m_agent.start(QStringLiteral(VCDESK_AGENT_BINARY), {"--port", "0", "--data", m_dir.path()});
        QVERIFY(m_agent.waitForReadyRead(15000));
        m_baseUrl = QString::fromUtf8(m_agent.readLine()).trimmed();
        QVERIFY2(m_baseUrl.startsWith("http://127.0.0.1:"), qPrintable(m_baseUrl));
        QFile json(m_dir.filePath("agent.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        m_description = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(m_description.value("baseUrl").toString(), m_baseUrl);
    }

    void cleanupTestCase()
    {
        m_agent.terminate();
        m_agent.waitForFinished(5000);
    }

    void loopbackOnlyAndJsonEverywhere()
    {
        const auto exposed = runAgent({"--bind", "0.0.0.0", "--data", m_dir.filePath("other")});
        QCOMPARE(exposed.exitCode, 64);
        QVERIFY(exposed.err.contains("loopback"));
        QCOMPARE(runAgent({"--port", "70000", "--data", m_dir.filePath("other")}).exitCode, 64);
        auto missing = HttpClient(test::loopbackPolicy())
                           .sendAndWait(HttpRequest::get(QUrl(m_baseUrl + "/nothing/here")));
        QCOMPARE(missing.error().httpStatus, 404);
        QVERIFY(missing.error().serverMessage.contains("/nothing/here"));
    }

    void revokeFromTheCommandLine()
    {
        const test::AgentDescription description{m_description};
        IssuerAgentClient client(QUrl(m_baseUrl), {}, test::loopbackPolicy());
        const auto request =
            description.custodialRequest(description.party("holder", "did"),
                                         QJsonObject{{"claim_type", "cli"}, {"name", "Bob"}});
        auto issued = client.custodial(request);
        VCDESK_VERIFY_OK(issued);
        InspectOptions options;
        options.network = test::loopbackPolicy();
        options.resolver = MultiMethodDidResolver::createDefault(test::loopbackPolicy());
        QCOMPARE(test::outcome(
                     CredentialInspector::inspect(issued->credential.credential, options).value(),
                     "CredentialStatus"),
                 CheckResult::Outcome::Pass);
        const auto revoked =
            runAgent({"revoke", issued->credential.recordId, "--data", m_dir.path()});
        QCOMPARE(revoked.exitCode, 0);
        QCOMPARE(test::outcome(
                     CredentialInspector::inspect(issued->credential.credential, options).value(),
                     "CredentialStatus"),
                 CheckResult::Outcome::Fail);
        QCOMPARE(runAgent({"revoke", "no-such-record", "--data", m_dir.path()}).exitCode, 1);
    }

    void defineWhatAVerifierAsksFor()
    {
        const auto defined = runAgent({"define", "badgeCheck", "--type", "EmployeeBadge", "--claim",
                                       "employeeId", "--data", m_dir.path()});
        QCOMPARE(defined.exitCode, 0);
        QVERIFY(defined.out.contains("badgeCheck  types: EmployeeBadge  claims: employeeId"));
        QCOMPARE(runAgent({"define", "Bad Id", "--type", "X", "--data", m_dir.path()}).exitCode,
                 64);
        QCOMPARE(runAgent({"define", "noTypes", "--data", m_dir.path()}).exitCode, 64);
        QVERIFY(
            runAgent({"definitions", "--data", m_dir.path()}).out.contains("membershipCredential"));
        // The running agent serves it at once.
        VerifierApiClient verifier(
            QUrl(m_baseUrl), test::AgentDescription{m_description}.verifierToken("Verifier_Admin"),
            test::loopbackPolicy());
        VCDESK_VERIFY_OK(verifier.createAuthRequest("badgeCheck"));
    }
};

QTEST_GUILESS_MAIN(AgentCliTest)
#include "tst_agent_cli.moc"
