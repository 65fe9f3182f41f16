// The operator's hosted-wallet controller against vcdesk-agent's seed 003 API and a real
// wallet: templates, issue from a template, get, verify with the service's named results set
// next to vcdesk's own checks, delete (a later get is a 404 sentence), a wrong key; and the
// comparison itself on made-up answers that disagree.

#include "agent/AgentServer.h"
#include "models/HostedWalletConsole.h"
#include "models/OperationLog.h"
#include "models/ValidationComparisonModel.h"
#include "models/WalletSession.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/SessionDriver.h"
#include "support/WalletFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestHostedWalletConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::AgentDescription m_description;
    QString m_walletPath;
    qint64 m_hosted = 0;
    qint64 m_wrong = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_agent = test::startAgent(m_dir.filePath("agent"), &m_description);
        QVERIFY(m_agent);
        m_walletPath = m_dir.filePath("operator.db");
        auto wallet = test::createWallet(m_walletPath);
        const qint64 profile = wallet->profiles().list().value().first().id;
        Account account;
        account.name = "Agent hosted wallet";
        account.kind = "hosted-wallet";
        account.baseUrl = m_agent->baseUrl();
        account.secretKind = Account::SecretKind::ApiKey;
        account.secret = m_description.party("hosted-wallet", "apiKey").toLatin1();
        m_hosted = wallet->accounts().add(profile, account).value().id;
        account.name = "Wrong key";
        account.secret = "not-the-hosted-wallet-key";
        m_wrong = wallet->accounts().add(profile, account).value().id;
    }

    void issueGetVerifyDelete()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        OperationLog log({});
        HostedWalletConsole console(*session, log);
        console.setNetworkPolicy(test::loopbackPolicy());

        QSignalSpy templates(&console, &HostedWalletConsole::templatesLoaded);
        bool ok = false;
        QString said = test::actionOutcome(
            console, [&] { console.loadTemplates(m_hosted); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        const auto list = templates.first().first().value<QList<HostedWalletClient::Template>>();
        const auto badge = std::find_if(list.cbegin(), list.cend(), [](const auto &t) {
            return t.name == QLatin1String("Employee Badge");
        });
        QVERIFY(badge != list.cend());

        QSignalSpy issued(&console, &HostedWalletConsole::issued);
        said = test::actionOutcome(
            console,
            [&] {
                console.issue(
                    m_hosted, *badge, "did:example:ann",
                    {{"holderFullName", "Ann"}, {"employeeId", "E-1"}, {"department", "Ops"}});
            },
            &ok);
        QVERIFY2(ok, qPrintable(said));
        const QString id = issued.first().first().toString();
        QVERIFY(!id.isEmpty());

        QSignalSpy fetched(&console, &HostedWalletConsole::fetched);
        said = test::actionOutcome(
            console, [&] { console.get(m_hosted, id); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        QCOMPARE(fetched.first().first().value<HostedWalletClient::StoredCredential>().status,
                 QStringLiteral("active"));

        // Both sides checked the same credential: the signature at least they agree on.
        QSignalSpy compared(&console, &HostedWalletConsole::compared);
        said = test::actionOutcome(
            console, [&] { console.verify(m_hosted, id); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        const auto comparison = compared.first().first().value<ValidationComparison>();
        QVERIFY(comparison.rows.size() >= 6);
        QCOMPARE(comparison.rows.first().name, QStringLiteral("Verdict"));
        const ValidationComparison::Row &signature = comparison.rows.at(1);
        QCOMPARE(signature.name, QStringLiteral("SignatureVerification"));
        QCOMPARE(signature.service, ValidationComparison::Side::Passed);
        QCOMPARE(signature.vcdesk, ValidationComparison::Side::Passed);
        QVERIFY(!signature.differs());
        QVERIFY2(said.contains(comparison.differences() == 0 ? "agree" : "differ"),
                 qPrintable(said));

        // Delete; the hosted wallet no longer knows it.
        said = test::actionOutcome(
            console, [&] { console.remove(m_hosted, id); }, &ok);
        QVERIFY2(ok, qPrintable(said));
        said = test::actionOutcome(
            console, [&] { console.get(m_hosted, id); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("404"), qPrintable(said));

        // A key the service does not know.
        said = test::actionOutcome(
            console, [&] { console.get(m_wrong, id); }, &ok);
        QVERIFY(!ok);
        QVERIFY2(said.contains("401"), qPrintable(said));
        QVERIFY(!said.contains("not-the-hosted-wallet-key"));
        QCOMPARE(log.rowCount(), 7);
        QCOMPARE(log.entryAt(2).action, QStringLiteral("Delete"));
    }

    void differencesAreFoundAndSaid()
    {
        HostedWalletClient::ProofResult service;
        service.isValid = true;
        service.results.insert("SignatureVerification", {true, {}});
        service.results.insert("CredentialStatus", {true, {}});
        service.results.insert("IssuerIsSigner", {false, {"issuer <b>differs</b>"}});
        service.results.insert("VendorSpecific", {true, {}});
        ValidationReport vcdesk;
        vcdesk.add("SignatureVerification", CheckResult::Outcome::Pass, "ok");
        vcdesk.add("CredentialStatus", CheckResult::Outcome::Fail, "revoked");
        vcdesk.add("IssuerIsSigner", CheckResult::Outcome::Fail, "not the signer");
        vcdesk.add("ValidityPeriod", CheckResult::Outcome::Pass, "in time");
        const ValidationComparison comparison = ValidationComparison::of(service, vcdesk);
        QStringList names;
        for (const auto &row : comparison.rows)
            names << row.name;
        QCOMPARE(names, (QStringList{"Verdict", "SignatureVerification", "CredentialStatus",
                                     "SchemaConformance", "TrustRegistryMembership",
                                     "IssuerIsSigner", "VendorSpecific", "ValidityPeriod"}));
        QVERIFY(comparison.rows.at(0).differs()); // valid there, not valid here
        QVERIFY(!comparison.rows.at(1).differs());
        QVERIFY(comparison.rows.at(2).differs());  // the service says fine, vcdesk: revoked
        QVERIFY(!comparison.rows.at(3).differs()); // neither ran it
        QVERIFY(!comparison.rows.at(5).differs()); // both refuse
        QVERIFY(comparison.rows.at(6).differs());  // only the service ran it
        QVERIFY(comparison.rows.at(7).differs());  // only vcdesk ran it
        QCOMPARE(comparison.differences(), 4);

        // A check vcdesk failed that the service never named is a difference too.
        HostedWalletClient::ProofResult silent;
        silent.isValid = true;
        ValidationReport expired;
        expired.add("ValidityPeriod", CheckResult::Outcome::Fail, "expired");
        const auto quiet = ValidationComparison::of(silent, expired);
        QVERIFY(quiet.rows.first().differs());
        QVERIFY(quiet.rows.last().differs());

        ValidationComparisonModel model;
        model.setComparison(comparison);
        QCOMPARE(model.index(2, ValidationComparisonModel::AgreeColumn).data().toString(),
                 QStringLiteral("Differs"));
        QVERIFY(model.index(2, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(5, ValidationComparisonModel::ServiceColumn).data().toString(),
                 QStringLiteral("✗ failed: issuer <b>differs</b>"));
        // The tooltip is escaped for rich text: the tags are shown, not applied.
        QVERIFY(model.index(5, ValidationComparisonModel::ServiceColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("&lt;b&gt;"));
    }
};

QTEST_MAIN(TestHostedWalletConsole)
#include "tst_hosted_wallet_console.moc"
