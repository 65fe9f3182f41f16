// `vcdesk offers` and `vcdesk sandbox` as a person (or scripts/sandbox-tour.sh) runs them,
// on what goes wrong: unknown or missing offers, bad arguments, an issuer that cannot be
// reached, a sandbox description that points off this computer or is missing, a request the
// verifier does not know. Each is a clear message and a non-zero exit; nothing is stored.
// The good path is the sandbox_tour test (the script run end to end).

#include "core/api/IssuerAgentClient.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/CliRunner.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class CliOffersTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    QString m_wallet;
    QString m_passphrase;

    test::Run vcdesk(QStringList args, const QString &description = {})
    {
        args << "--wallet" << m_wallet << "--passphrase-file" << m_passphrase;
        return test::runVcdesk(
            args, {},
            {{"VCDESK_AGENT_DESCRIPTION",
              description.isNull() ? m_dir.filePath("agent/agent.json") : description}});
    }

private slots:
    void initTestCase()
    {
        m_agent = test::startAgent(m_dir.filePath("agent"));
        QVERIFY(m_agent);
        m_wallet = m_dir.filePath("w.db");
        m_passphrase = m_dir.filePath("pass");
        QVERIFY(test::writePassphraseFile(m_passphrase));
        test::createWallet(m_wallet);
    }

    void badArgumentsAreUsage()
    {
        QCOMPARE(vcdesk({"offers", "reject", "abc"}).exitCode, 64);
        QCOMPARE(vcdesk({"offers", "accept"}).exitCode, 64); // no id, no --newest
        QCOMPARE(vcdesk({"offers", "accept", "1", "--wait", "0"}).exitCode, 64);
        QCOMPARE(vcdesk({"offers", "frobnicate"}).exitCode, 64);
        QCOMPARE(vcdesk({"sandbox", "frobnicate"}).exitCode, 64);
        QCOMPARE(vcdesk({"sandbox", "request"}).exitCode, 64); // no definition
        const test::Run none = vcdesk({"sandbox", "request", "membershipCredential"}, "");
        QCOMPARE(none.exitCode, 64);
        QVERIFY(none.err.contains("no sandbox"));
    }

    void unknownOrMissingOffers()
    {
        const test::Run unknown = vcdesk({"offers", "accept", "999"});
        QVERIFY(unknown.exitCode != 0 && unknown.exitCode != 64);
        QVERIFY(!unknown.err.isEmpty());
        const test::Run newest = vcdesk({"offers", "accept", "--newest"});
        QCOMPARE(newest.exitCode, 1);
        QVERIFY(newest.err.contains("no offer waits"));
        const test::Run listed = vcdesk({"offers", "--offline"});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("No offers."));
    }

    void anIssuerThatCannotBeReachedIsSaid()
    {
        QFile key(m_dir.filePath("key"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("some-key\n");
        key.close();
        QCOMPARE(vcdesk({"account", "add", "--kind", "issuer-agent", "--url", "http://127.0.0.1:9",
                         "--name", "Gone", "--api-key-file", key.fileName()})
                     .exitCode,
                 0);
        const test::Run listed = vcdesk({"offers", "--allow-loopback-http"});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.out.contains("could not check Gone:"), listed.out.constData());
        QVERIFY(listed.out.contains("No offers."));
    }

    void aSandboxOffThisComputerIsRefused()
    {
        QFile hostile(m_dir.filePath("hostile.json"));
        QVERIFY(hostile.open(QIODevice::WriteOnly));
        hostile.write(R"({"baseUrl": "https://evil.example", "connections": [{"id": "c"}],)"
                      R"( "parties": [{"name": "issuer", "apiKey": "a"},)"
                      R"( {"name": "holder", "apiKey": "b"}]})");
        hostile.close();
        const test::Run refused = vcdesk({"sandbox", "connect"}, hostile.fileName());
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("not on this computer"), refused.err.constData());
        const test::Run accounts = vcdesk({"account", "list"});
        QVERIFY(!accounts.out.contains("evil.example")); // nothing added
    }

    void anIssuersWordsCannotDriveTheTerminal()
    {
        test::AgentDescription agent{m_agent->description()};
        QFile key(m_dir.filePath("holder-key"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(agent.party("holder", "apiKey").toLatin1() + "\n");
        key.close();
        QCOMPARE(vcdesk({"account", "add", "--kind", "issuer-agent", "--url", m_agent->baseUrl(),
                         "--name", "Holder", "--api-key-file", key.fileName()})
                     .exitCode,
                 0);
        IssuerAgentClient issuer(QUrl(m_agent->baseUrl()),
                                 agent.party("issuer", "apiKey").toLatin1(),
                                 test::loopbackPolicy());
        auto offer = issuer.createOffer(agent.connectionId(), agent.party("issuer", "did"), 3600,
                                        {{"claim_type", "evil\x1b[2J\nFAKE: done"}});
        VCDESK_VERIFY_OK(offer);
        QVERIFY(issuer.waitForState(offer.value(), ProtocolState::OfferSent, 5000, 20).ok());
        const test::Run listed = vcdesk({"offers", "--allow-loopback-http"});
        QVERIFY2(listed.out.contains("evil"), listed.out.constData());
        QVERIFY(!listed.out.contains('\x1b'));
        QVERIFY(!listed.out.contains("\nFAKE"));
    }

    void aRequestTheVerifierDoesNotKnow()
    {
        const test::Run status =
            vcdesk({"sandbox", "status", "no-such-id", "membershipCredential"});
        QVERIFY(status.exitCode != 0);
        QVERIFY(!status.err.isEmpty());
        const test::Run request = vcdesk({"sandbox", "request", "noSuchDefinition"});
        QVERIFY(request.exitCode != 0);
        QVERIFY(!request.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliOffersTest)
#include "tst_cli_offers.moc"
