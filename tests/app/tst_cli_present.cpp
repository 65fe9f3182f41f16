// `vcdesk present` as a holder runs it: the real binary against vcdesk-agent's verifier on
// loopback, with the wallet file on disk. Exit 0 only when the verifier accepted; nothing is
// sent without --yes when no one can be asked; declining and having nothing that fits are
// told to the verifier.

#include "agent/AgentServer.h"
#include "core/api/VerifierApiClient.h"
#include "support/AgentDescription.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/WalletFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class CliPresentTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AgentServer> m_agent;
    QString m_walletPath;
    QString m_passphraseFile;
    qint64 m_credentialId = 0;

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };

    /// Runs vcdesk without blocking this thread's event loop: the agent answers from it.
    Run present(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_HOME", m_dir.filePath("xdg-data"));
        env.insert("XDG_CACHE_HOME", m_dir.filePath("xdg-cache"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VCDESK_BINARY),
                      QStringList{"present", "--wallet", m_walletPath, "--passphrase-file",
                                  m_passphraseFile, "--allow-loopback-http", "--json"} +
                          args);
        process.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(10);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        run.err = process.readAllStandardError();
        return run;
    }

    VerifierApiClient verifier() const
    {
        const QByteArray token = test::AgentDescription{m_agent->description()}.verifierToken();
        return VerifierApiClient(QUrl(m_agent->baseUrl()), token, test::loopbackPolicy());
    }

    AuthStatus statusOf(const VerifierApiClient::AuthRequest &created)
    {
        return verifier().authStatus(created.correlationId, created.definitionId).value();
    }

private slots:
    void initTestCase()
    {
        auto agent = AgentServer::start(QHostAddress::LocalHost, 0, m_dir.filePath("agent"), 60000);
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
        m_walletPath = m_dir.filePath("wallet.db");
        m_passphraseFile = m_dir.filePath("passphrase");
        QFile file(m_passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pass\n");
        file.close();

        auto wallet = test::createWallet(m_walletPath);
        const qint64 profileId = wallet->profiles().list().value().first().id;
        auto added = test::issueIntoWallet(m_agent->baseUrl(), {m_agent->description()}, *wallet,
                                           profileId, QJsonObject{{"name", "Alice"}});
        VCDESK_VERIFY_OK(added);
        m_credentialId = added.value();
    }

    void acceptedPresentationExitsZero()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run run = present({"--yes", created->authRequestUri});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.json.value("sent").toBool());
        QCOMPARE(run.json.value("answer").toObject().value("status").toInt(), 200);
        const QJsonObject part =
            run.json.value("request").toObject().value("parts").toArray().first().toObject();
        QCOMPARE(
            part.value("candidates").toArray().first().toObject().value("credentialId").toInteger(),
            m_credentialId);
        QCOMPARE(statusOf(created.value()).state, AuthStatus::State::Verified);
    }

    void nothingIsSentWithoutConsent()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run run = present({created->authRequestUri}); // no --yes, no terminal to ask
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains("--yes"));
        QCOMPARE(statusOf(created.value()).state, AuthStatus::State::Sent); // fetched, no answer
    }

    void declineAndNoMatchAreToldToTheVerifier()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run declined = present({"--decline", created->authRequestUri});
        QCOMPARE(declined.exitCode, 1);
        QCOMPARE(declined.json.value("error").toObject().value("code").toString(),
                 QStringLiteral("oid4vp.declined"));
        QVERIFY(statusOf(created.value()).error.contains("access_denied"));

        auto email = verifier().createAuthRequest("emailCredential");
        VCDESK_VERIFY_OK(email);
        const Run none = present({"--yes", email->authRequestUri});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(!none.json.value("request").toObject().value("satisfiable").toBool());
        QCOMPARE(statusOf(email.value()).state, AuthStatus::State::Error);
    }

    void badInputGivesCodes()
    {
        const Run scheme = present({"--yes", "mailto:someone@example.com"});
        QCOMPARE(scheme.exitCode, 1);
        QCOMPARE(scheme.json.value("error").toObject().value("code").toString(),
                 QStringLiteral("oid4vp.scheme"));
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run foreign = present({"--yes", "--select", "999", created->authRequestUri});
        QCOMPARE(foreign.exitCode, 64);
        QCOMPARE(statusOf(created.value()).state, AuthStatus::State::Sent);
        QFile file(m_passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("wrong\n");
        file.close();
        const Run wrong = present({"--yes", created->authRequestUri});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pass\n");
    }
};

QTEST_GUILESS_MAIN(CliPresentTest)
#include "tst_cli_present.moc"
