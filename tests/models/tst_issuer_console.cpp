// The operator's issuer-agent controller against a real vcdesk-agent on loopback and a real
// wallet: connections as the agent reports them, an offer that the holder accepts shows its
// new state by polling alone, issue, revoke (the credential then fails its status check),
// match/{type}, custodial issuance with noDuplicate; and every error the agent (or a broken
// server) can give ends in a sentence, in the history, with no key anywhere.

#include "agent/AgentServer.h"
#include "core/api/IssuerAgentClient.h"
#include "core/common/DisplayText.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "models/GenerationConsole.h"
#include "models/IssuerConsole.h"
#include "models/IssuerRecordModel.h"
#include "models/OperationLog.h"
#include "models/WalletSession.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/SessionDriver.h"
#include "support/TestHttpServer.h"
#include "support/WalletFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

const QByteArray kEchoedKey = "echo-me-secret-key-0123456789";

} // namespace

class TestIssuerConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;
    QString m_walletPath;
    qint64 m_profile = 0;
    QHash<QString, qint64> m_accounts; // name → id

    qint64 addAccount(Wallet &wallet, const QString &name, const QString &role, const QString &url,
                      const QByteArray &key)
    {
        Account account;
        account.name = name;
        account.kind = "issuer-agent";
        account.role = role;
        account.baseUrl = url;
        account.secretKind = Account::SecretKind::ApiKey;
        account.secret = key;
        auto added = wallet.accounts().add(m_profile, account);
        if (!added)
            qFatal("account: %s", qPrintable(added.error().toString()));
        return added->id;
    }

    /// A console on `account`, ready (accountReady seen).
    static bool use(IssuerConsole &console, qint64 account)
    {
        QSignalSpy ready(&console, &IssuerConsole::accountReady);
        console.useAccount(account);
        return ready.wait(10000);
    }

    static Inspection inspect(const QByteArray &jwt)
    {
        InspectOptions options;
        options.network = test::loopbackPolicy();
        options.resolver = MultiMethodDidResolver::createDefault(test::loopbackPolicy());
        return CredentialInspector::inspect(jwt, options).value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
        m_walletPath = m_dir.filePath("operator.db");
        auto wallet = test::createWallet(m_walletPath);
        m_profile = wallet->profiles().list().value().first().id;
        const QString url = m_agent->baseUrl();
        m_accounts["issuer"] = addAccount(*wallet, "Agent issuer", "issuer", url,
                                          m_description.party("issuer", "apiKey").toLatin1());
        m_accounts["holder"] = addAccount(*wallet, "Agent holder", "holder", url,
                                          m_description.party("holder", "apiKey").toLatin1());
        m_accounts["wrong"] =
            addAccount(*wallet, "Wrong key", "issuer", url, "not-a-key-of-this-agent");
        {
            Account generator;
            generator.name = "Agent generator";
            generator.kind = "generator";
            generator.baseUrl = url;
            generator.secretKind = Account::SecretKind::ApiKey;
            generator.secret = m_description.party("issuer", "apiKey").toLatin1();
            m_accounts["generator"] = wallet->accounts().add(m_profile, generator).value().id;
        }
        m_accounts["gone"] = addAccount(*wallet, "Stopped agent", "issuer", "http://127.0.0.1:9",
                                        "some-key-12345678");
    }

    void offerAcceptedShowsByPollingThenIssueAndRevoke()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log(m_dir.filePath("ops-flow.jsonl"));
        IssuerConsole console(*session, log);
        console.setNetworkPolicy(test::loopbackPolicy());
        console.setPollInterval(100);
        QAbstractItemModelTester tester(console.records(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy connections(&console, &IssuerConsole::connectionsLoaded);
        QVERIFY(use(console, m_accounts["issuer"]));
        QVERIFY(connections.wait(10000) || !connections.isEmpty());
        const auto listed =
            connections.first().first().value<QList<IssuerAgentClient::Connection>>();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().id, m_description.connectionId());
        QCOMPARE(listed.first().issuerDid, m_description.party("issuer", "did"));
        QCOMPARE(listed.first().holderDid, m_description.party("holder", "did"));
        console.setWatching(true);

        bool ok = false;
        QString said = test::actionOutcome(
            console,
            [&] {
                console.createOffer(listed.first().id, listed.first().issuerDid, 3600,
                                    {{"claim_type", "email"}, {"email", "ann@example.com"}});
            },
            &ok);
        QVERIFY2(ok, qPrintable(said));
        QVERIFY2(said.contains("created"), qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(console.records()->rowCount() >= 1, 10000);
        const IssuerOffer made = console.records()->recordAt(0);
        QCOMPARE(made.role, QStringLiteral("Issuer"));

        // The holder accepts elsewhere: the console sees the new state without being asked.
        QSignalSpy changed(console.records(), &IssuerRecordModel::stateChanged);
        IssuerAgentClient holder(QUrl(m_agent->baseUrl()),
                                 m_description.party("holder", "apiKey").toLatin1(),
                                 test::loopbackPolicy());
        QByteArray holderRecord;
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto offers = holder.offers(made.thid);
                return offers && !offers->isEmpty() &&
                       offers->first().state == ProtocolState::OfferReceived;
            },
            10000));
        const QString holderRecordId = holder.offers(made.thid)->first().recordId;
        QVERIFY(holder.accept(holderRecordId, m_description.party("holder", "did")));
        QTRY_VERIFY_WITH_TIMEOUT(
            console.records()->recordAt(console.records()->rowOf(made.recordId)).state ==
                ProtocolState::RequestReceived,
            10000);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toString() == made.recordId &&
                   args.at(2).toString() == QLatin1String("RequestReceived");
        }));
        // Shown in bold while new.
        const QModelIndex stateCell = console.records()->index(
            console.records()->rowOf(made.recordId), IssuerRecordModel::StateColumn);
        QVERIFY(stateCell.data(Qt::FontRole).value<QFont>().bold());

        said = test::actionOutcome(
            console, [&] { console.issue(made.recordId); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(
            console.records()->recordAt(console.records()->rowOf(made.recordId)).state ==
                ProtocolState::CredentialSent,
            10000);

        // The holder's credential passes its status check until it is revoked.
        auto received = holder.offers(made.thid);
        QVERIFY(received && !received->isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !(received = holder.offers(made.thid))->first().credential.isEmpty(), 10000);
        const QByteArray credential = received->first().credential;
        QCOMPARE(test::outcome(inspect(credential), "CredentialStatus"),
                 CheckResult::Outcome::Pass);
        said = test::actionOutcome(
            console, [&] { console.revoke(made.recordId); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        QVERIFY2(said.contains("revoked"), qPrintable(said));
        QCOMPARE(test::outcome(inspect(credential), "CredentialStatus"),
                 CheckResult::Outcome::Fail);

        // The history: who, what, when, outcome; the key nowhere in it.
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.entryAt(0).action, QStringLiteral("Revoke"));
        QCOMPARE(log.entryAt(2).action, QStringLiteral("Create offer"));
        QCOMPARE(log.entryAt(2).account, QStringLiteral("Agent issuer"));
        QVERIFY(log.entryAt(0).ok && log.entryAt(1).ok && log.entryAt(2).ok);
        QVERIFY(!log.entryAt(0).who.isEmpty());
        log.flush();
        const QByteArray file = test::fileBytes(log.path());
        QCOMPARE(file.count('\n'), 3);
        QVERIFY(!file.contains(m_description.party("issuer", "apiKey").toLatin1()));

        // A new log on the same file reads the history back, newest first.
        OperationLog again(log.path());
        QSignalSpy loaded(&again, &OperationLog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(again.rowCount(), 3);
        QCOMPARE(again.entryAt(0).action, QStringLiteral("Revoke"));
    }

    void matchAndCustodialWithNoDuplicate()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log({});
        IssuerConsole console(*session, log);
        console.setNetworkPolicy(test::loopbackPolicy());
        QVERIFY(use(console, m_accounts["issuer"]));
        QSignalSpy credentials(&console, &IssuerConsole::credentialReady);

        IssuerAgentClient::CustodialRequest request;
        request.connectionId = m_description.connectionId();
        request.issuerDid = m_description.party("issuer", "did");
        request.holderDid = m_description.party("holder", "did");
        request.claims = {{"claim_type", "membership"}, {"level", "gold"}};
        request.noDuplicate = true;
        bool ok = false;
        QString said = test::actionOutcome(
            console, [&] { console.custodial(m_accounts["holder"], request); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        QVERIFY2(said.startsWith("Issued"), qPrintable(said));
        QCOMPARE(credentials.size(), 1);
        const IssuerOffer first = credentials.first().first().value<IssuerOffer>();
        QVERIFY(!first.credential.isEmpty());
        QCOMPARE(inspect(first.credential).report.verdict(), ValidationReport::Verdict::Valid);

        // noDuplicate: the same type again gives back the latest one, not a new credential.
        said = test::actionOutcome(
            console, [&] { console.custodial(m_accounts["holder"], request); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        QVERIFY2(said.startsWith("No new credential"), qPrintable(said));
        QCOMPARE(credentials.size(), 2);
        QCOMPARE(credentials.last().first().value<IssuerOffer>().recordId, first.recordId);

        // match/{type} finds it (the issuer's key may ask).
        said = test::actionOutcome(
            console, [&] { console.match("membership"); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        QCOMPARE(credentials.size(), 3);

        // Neither key is in any sentence or in the history.
        for (int row = 0; row < log.rowCount(); ++row) {
            QVERIFY(!log.entryAt(row).outcome.contains(m_description.party("holder", "apiKey")));
            QVERIFY(!log.entryAt(row).target.contains(m_description.party("holder", "apiKey")));
        }
    }

    void agentRefusalsAreSentencesAndChangeNothing()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log({});
        IssuerConsole console(*session, log);
        console.setNetworkPolicy(test::loopbackPolicy());
        bool ok = true;

        // 401: a key the agent does not know.
        QVERIFY(use(console, m_accounts["wrong"]));
        QString said = test::actionOutcome(
            console, [&] { console.issue("any"); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("401"), qPrintable(said));
        QVERIFY(!said.contains("not-a-key-of-this-agent"));

        // 403: the holder's key cannot offer.
        QVERIFY(use(console, m_accounts["holder"]));
        said = test::actionOutcome(
            console,
            [&] {
                console.createOffer(m_description.connectionId(),
                                    m_description.party("issuer", "did"), 3600, {{"a", "b"}});
            },
            &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("403"), qPrintable(said));

        // 404: no such record; 409: a record with no credential cannot be revoked.
        QVERIFY(use(console, m_accounts["issuer"]));
        said = test::actionOutcome(
            console, [&] { console.revoke("no-such-record"); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("404"), qPrintable(said));
        IssuerAgentClient issuer(QUrl(m_agent->baseUrl()),
                                 m_description.party("issuer", "apiKey").toLatin1(),
                                 test::loopbackPolicy());
        auto pending =
            issuer.createOffer(m_description.connectionId(), m_description.party("issuer", "did"),
                               3600, {{"claim_type", "pending"}});
        QVERIFY(pending);
        said = test::actionOutcome(
            console, [&] { console.revoke(pending->recordId); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("409"), qPrintable(said));

        // 413: claims larger than the agent takes.
        said = test::actionOutcome(
            console,
            [&] {
                console.createOffer(m_description.connectionId(),
                                    m_description.party("issuer", "did"), 3600,
                                    {{"claim_type", "big"}, {"blob", QString(300 * 1024, 'x')}});
            },
            &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("413"), qPrintable(said));
        auto records = issuer.offers();
        QVERIFY(records);
        QVERIFY(std::none_of(records->cbegin(), records->cend(), [](const IssuerOffer &o) {
            return o.claims.value("claim_type").toString() == QLatin1String("big");
        }));

        // The agent stopped (nothing listens): said, and said again by the poll.
        QSignalSpy pollFailed(&console, &IssuerConsole::pollFailed);
        QVERIFY(use(console, m_accounts["gone"]));
        QVERIFY(pollFailed.wait(30000));
        QVERIFY2(pollFailed.first().first().toString().contains("cannot be reached"),
                 qPrintable(pollFailed.first().first().toString()));
        said = test::actionOutcome(
            console, [&] { console.issue("x"); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("cannot be reached"), qPrintable(said));

        QCOMPARE(log.rowCount(), 6);
        for (int row = 0; row < log.rowCount(); ++row)
            QVERIFY(!log.entryAt(row).ok);
    }

    void brokenAndSlowServersAndCancel()
    {
        test::TestHttpServer server;
        // A 500 whose body echoes the key it was sent: the key is taken out of the sentence.
        server.route("/api/v1/vc/issue",
                     {500, "{\"message\":\"database down; your key was " + kEchoedKey + "\"}"});
        server.route("/api/v1/vc/offers", {200, "{\"data\": []}"});
        server.route("/api/v1/connections", {404, "{\"message\":\"no\"}"});
        server.route("/api/v1/vc/match/slow", {200, "{\"data\": {}}", "application/json", 5000});
        {
            auto wallet = Wallet::open(m_walletPath, Wallet::Access::ReadWrite);
            QVERIFY(wallet);
            QByteArray pass = "pass";
            QVERIFY(wallet.value()->unlock(pass));
            m_accounts["broken"] = addAccount(*wallet.value(), "Broken agent", "issuer",
                                              server.url("").toString(), kEchoedKey);
        }
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log({});
        IssuerConsole console(*session, log);
        NetworkPolicy policy = test::loopbackPolicy();
        policy.totalTimeoutMs = 1000;
        console.setNetworkPolicy(policy);
        QSignalSpy unavailable(&console, &IssuerConsole::connectionsUnavailable);
        QVERIFY(use(console, m_accounts["broken"]));
        QVERIFY(unavailable.wait(10000));
        QVERIFY2(unavailable.first().first().toString().contains("does not list"),
                 qPrintable(unavailable.first().first().toString()));

        bool ok = true;
        QString said = test::actionOutcome(
            console, [&] { console.issue("r1"); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("500"), qPrintable(said));
        QVERIFY2(!said.contains(QString::fromLatin1(kEchoedKey)), qPrintable(said));
        QVERIFY(!log.entryAt(0).outcome.contains(QString::fromLatin1(kEchoedKey)));
        QVERIFY(server.lastRequest("/api/v1/vc/issue").head.contains(kEchoedKey)); // it was sent

        // Too slow: the policy's deadline ends it in a sentence.
        said = test::actionOutcome(
            console, [&] { console.match("slow"); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("in time"), qPrintable(said));

        // Cancel: the activity handed over by working() stops it at once.
        console.setNetworkPolicy(test::loopbackPolicy());
        QSignalSpy working(&console, &IssuerConsole::working);
        QElapsedTimer clock;
        clock.start();
        said = test::actionOutcome(
            console,
            [&] {
                console.match("slow");
                QVERIFY(!working.isEmpty());
                working.last().first().value<ActivityBase *>()->cancel();
            },
            &ok);
        QVERIFY(!ok);
        QVERIFY2(said.startsWith("Stopped"), qPrintable(said));
        QVERIFY(clock.elapsed() < 3000);
    }

    void generationBothOutcomeEvents()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log({});
        GenerationConsole console(*session, log);
        console.setNetworkPolicy(test::loopbackPolicy());
        QSignalSpy succeeded(&console, &GenerationConsole::succeeded);
        QSignalSpy failed(&console, &GenerationConsole::failed);
        QSignalSpy credentials(&console, &GenerationConsole::credentialReady);

        const QString holderDid = m_description.party("holder", "did");
        console.generate(m_accounts["generator"], "flow-1", holderDid,
                         {{"name", "Ann"}, {"level", "gold"}});
        QVERIFY(QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 20000));
        QVERIFY2(!succeeded.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(credentials.size(), 1);
        const Inspection generated = inspect(credentials.first().first().toByteArray());
        QCOMPARE(generated.subject, holderDid);
        QCOMPARE(generated.report.verdict(), ValidationReport::Verdict::Valid);

        // verifiableCredentialGenerationFailed: the service's reason, in a sentence.
        console.generate(m_accounts["generator"], "flow-2", "not-a-did", {{"name", "Ann"}});
        QVERIFY(failed.wait(20000));
        const QString said = failed.first().first().toString();
        QVERIFY2(said.contains("verifiableCredentialGenerationFailed") &&
                     said.contains("not a DID"),
                 qPrintable(said));
        QCOMPARE(credentials.size(), 1);
        QCOMPARE(log.rowCount(), 2);
        QVERIFY(!log.entryAt(0).ok && log.entryAt(1).ok);
        QCOMPARE(log.entryAt(0).target, QStringLiteral("flow flow-2"));
    }

    void historySurvivesAWriterKilledMidLine()
    {
        const QString path = m_dir.filePath("ops-broken.jsonl");
        OperationEntry first;
        first.when = QDateTime::currentDateTimeUtc();
        first.action = "Issue";
        first.ok = true;
        first.outcome = "one";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(first.toJson()).toJson(QJsonDocument::Compact) + '\n');
            file.write("{\"when\": \"2026-"); // the next line, cut by a kill
        }
        {
            OperationLog log(path);
            QSignalSpy loaded(&log, &OperationLog::loaded);
            QVERIFY(loaded.wait(5000));
            QCOMPARE(log.rowCount(), 1); // the fragment is not an entry
            OperationEntry next = first;
            next.outcome = "two";
            log.record(next);
            log.flush();
        }
        OperationLog again(path);
        QSignalSpy loaded(&again, &OperationLog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(again.rowCount(), 2); // the entry after the fragment was not lost with it
        QCOMPARE(again.entryAt(0).outcome, QStringLiteral("two"));
        QCOMPARE(again.entryAt(1).outcome, QStringLiteral("one"));
    }

    void historyShowsAnOutcomeEscapedOnceNotTwice()
    {
        OperationLog log({});
        OperationEntry entry;
        entry.action = "Revoke";
        entry.ok = true;
        entry.outcome = QStringLiteral("The agent says %1 is revoked")
                            .arg(DisplayText::escape(QStringLiteral("rec\\1\x1b")));
        log.record(entry);
        const QModelIndex outcome = log.index(0, OperationLog::OutcomeColumn);
        QCOMPARE(outcome.data().toString(),
                 QStringLiteral("Done. The agent says rec\\\\1\\u001b is revoked"));
        entry.outcome = QStringLiteral("raw \\ and \x1b[2J"); // a sentence nobody escaped
        log.record(entry);
        QCOMPARE(log.index(0, OperationLog::OutcomeColumn).data().toString(),
                 QStringLiteral("Done. raw \\\\ and \\u001b[2J"));
    }

    void recordsMergeAHostileAnswer()
    {
        IssuerRecordModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto record = [](const QString &id, const QString &state) {
            IssuerOffer r;
            r.recordId = id;
            r.stateName = state;
            return r;
        };
        // A record named twice: the first counts, nothing breaks.
        model.update(
            {record("a", "OfferSent"), record("a", "CredentialSent"), record("b", "OfferSent")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.recordAt(0).stateName, QStringLiteral("OfferSent"));
        model.update({record("b", "RequestReceived"), record("a", "OfferSent"),
                      record("b", "x")}); // reordered
        QCOMPARE(model.recordAt(0).recordId, QStringLiteral("b"));
        QCOMPARE(model.recordAt(0).stateName, QStringLiteral("RequestReceived"));
        model.update({record("c", "OfferPending")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.recordAt(0).recordId, QStringLiteral("c"));
    }

    void theHoldersKeyGoesOnlyToItsOwnAgent()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log({});
        IssuerConsole console(*session, log);
        console.setNetworkPolicy(test::loopbackPolicy());
        QVERIFY(use(console, m_accounts["issuer"]));
        IssuerAgentClient::CustodialRequest request;
        request.connectionId = m_description.connectionId();
        request.issuerDid = m_description.party("issuer", "did");
        request.holderDid = m_description.party("holder", "did");
        request.claims = {{"claim_type", "x"}};
        bool ok = true;
        const QString said = test::actionOutcome(
            console, [&] { console.custodial(m_accounts["gone"], request); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("not an account at this issuer agent"), qPrintable(said));
        QCOMPARE(log.rowCount(), 0); // nothing was sent
    }

    void lockingForgetsTheAccount()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log({});
        IssuerConsole console(*session, log);
        console.setNetworkPolicy(test::loopbackPolicy());
        QVERIFY(use(console, m_accounts["issuer"]));
        QTRY_VERIFY_WITH_TIMEOUT(console.records()->rowCount() > 0, 10000);
        QSignalSpy locked(session.get(), &WalletSession::locked);
        session->lock();
        QVERIFY(locked.wait(10000) || !locked.isEmpty());
        QVERIFY(!console.hasAccount());
        QCOMPARE(console.records()->rowCount(), 0);
        console.issue("x"); // nothing to act with: no call, no entry
        QCOMPARE(log.rowCount(), 0);
    }
};

QTEST_MAIN(TestIssuerConsole)
#include "tst_issuer_console.moc"
